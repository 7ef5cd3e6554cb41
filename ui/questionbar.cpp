#include "questionbar.h"

#include "api/message.h"
#include "timelinestyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>

namespace agi {

QuestionBar::QuestionBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("questionBar"));
    setAccessibleName(tr("The agent asks"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 8, 8, 8);
    auto *caption = new QLabel(tr("The agent asks:"), this);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer = new QLineEdit(this);
    m_answer->setObjectName(QStringLiteral("answerEdit"));
    m_answer->setPlaceholderText(tr("Your answer (Enter sends)"));
    m_answer->setClearButtonEnabled(true);
    caption->setBuddy(m_answer);
    m_send = new QPushButton(tr("&Answer"), this);
    m_send->setObjectName(QStringLiteral("answerButton"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("answerProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    grid->addWidget(caption, 0, 0, 1, 2);
    grid->addWidget(m_text, 1, 0, 1, 2);
    grid->addWidget(m_answer, 2, 0);
    grid->addWidget(m_send, 2, 1);
    grid->addWidget(m_problem, 3, 0, 1, 2);
    connect(m_answer, &QLineEdit::returnPressed, this, &QuestionBar::submit);
    connect(m_send, &QPushButton::clicked, this, &QuestionBar::submit);
    hide();
}

void QuestionBar::setQuestion(const QString &question)
{
    if (question == m_question)
        return;
    const bool wasShown = !m_question.isEmpty();
    m_question = question;
    m_text->setText(question);
    if (question.isEmpty()) {
        m_answer->clear();
        setProblem({});
        hide();
        return;
    }
    show();
    // A question that appears takes the keyboard only when nothing else of the window had it.
    if (!wasShown && window()->isActiveWindow() && !window()->focusWidget())
        m_answer->setFocus();
}

void QuestionBar::setSending(bool sending)
{
    m_answer->setReadOnly(sending);
    m_send->setEnabled(!sending);
}

void QuestionBar::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void QuestionBar::submit()
{
    if (!m_send->isEnabled())
        return; // one answer at a time: Enter pressed twice sends once
    Q_EMIT answerRequested(m_answer->text());
}

void QuestionBar::paintEvent(QPaintEvent *event)
{
    // A tinted band with the question's colour on the left: it stands out in light and dark palettes.
    QPainter painter(this);
    const QColor tint = timelinestyle::tint(Message::Type::Question, palette());
    QColor fill = tint;
    fill.setAlphaF(0.12f);
    painter.fillRect(rect(), fill);
    painter.fillRect(QRect(0, 0, 4, height()), tint);
    QFrame::paintEvent(event);
}

} // namespace agi
