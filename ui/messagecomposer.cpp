#include "messagecomposer.h"

#include "monitor/sessioncommand.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace agi {

MessageComposer::MessageComposer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("messageComposer"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 0);
    m_message = new QLineEdit(this);
    m_message->setObjectName(QStringLiteral("composerMessage"));
    m_message->setPlaceholderText(tr("A new task or a follow-up for the agent"));
    m_message->setClearButtonEnabled(true);
    m_message->setAccessibleName(tr("Message to the agent"));
    m_startUrl = new QLineEdit(this);
    m_startUrl->setObjectName(QStringLiteral("composerStartUrl"));
    m_startUrl->setPlaceholderText(tr("Start URL (optional)"));
    m_startUrl->setAccessibleName(tr("Start URL"));
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("composerSend"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("composerNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(false);
    // One line kept for it, shown or not: the boxes above never move.
    m_note->setMinimumHeight(m_note->fontMetrics().height());
    grid->addWidget(m_message, 0, 0);
    grid->addWidget(m_send, 0, 1);
    grid->addWidget(m_startUrl, 1, 0, 1, 2);
    grid->addWidget(m_note, 2, 0, 1, 2);
    connect(m_message, &QLineEdit::returnPressed, this, &MessageComposer::submit);
    connect(m_startUrl, &QLineEdit::returnPressed, this, &MessageComposer::submit);
    connect(m_send, &QPushButton::clicked, this, &MessageComposer::submit);
}

void MessageComposer::setSending(bool sending)
{
    m_message->setReadOnly(sending);
    m_startUrl->setReadOnly(sending);
    m_send->setEnabled(!sending);
}

void MessageComposer::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setToolTip(text);
}

QString MessageComposer::note() const
{
    return m_note->text();
}

void MessageComposer::clearMessage()
{
    m_message->clear();
    m_startUrl->clear();
}

void MessageComposer::submit()
{
    if (!m_send->isEnabled())
        return; // one at a time
    const QString message = m_message->text();
    if (const QString problem = SessionCommand::messageProblem(message); !problem.isEmpty()) {
        setNote(problem);
        return;
    }
    const QString urlText = m_startUrl->text().trimmed();
    const QUrl startUrl = urlText.isEmpty() ? QUrl() : QUrl(urlText, QUrl::StrictMode);
    if (!urlText.isEmpty()) {
        if (const QString problem = SessionCommand::urlProblem(startUrl); !problem.isEmpty()) {
            setNote(problem);
            return;
        }
    }
    Q_EMIT sendRequested(message, startUrl);
}

} // namespace agi
