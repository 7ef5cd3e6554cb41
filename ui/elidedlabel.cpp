#include "elidedlabel.h"

#include <QEnterEvent>
#include <QEvent>
#include <QFontMetrics>

namespace agi {

ElidedLabel::ElidedLabel(QWidget *parent, Qt::TextElideMode mode)
    : QLabel(parent)
    , m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    // Control characters from a hostile title must not break the one-line layout.
    QString clean = text;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (m_fullText == clean)
        return;
    m_fullText = clean;
    m_fullWidth = -1;
    setToolTip(clean);
    updateElision();
    updateGeometry();
}

void ElidedLabel::setSelectableByMouse(bool selectable)
{
    m_selectable = selectable;
    if (!selectable)
        setTextInteractionFlags(Qt::NoTextInteraction);
    else if (underMouse())
        setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ElidedLabel::enterEvent(QEnterEvent *event)
{
    QLabel::enterEvent(event);
    if (m_selectable)
        setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ElidedLabel::leaveEvent(QEvent *event)
{
    QLabel::leaveEvent(event);
    if (m_selectable && !hasSelectedText())
        setTextInteractionFlags(Qt::NoTextInteraction);
}

int ElidedLabel::lineHeight() const
{
    // QLabel's height for one line; with a text control (selectable text) it lays out a whole
    // document to find it. The same for every non-empty text.
    int &height = m_lineHeight[text().isEmpty() ? 0 : 1];
    if (height < 0)
        height = QLabel::sizeHint().height();
    return height;
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QStringLiteral("\u2026")) * 4, lineHeight()};
}

QSize ElidedLabel::sizeHint() const
{
    if (m_fullWidth < 0)
        m_fullWidth = QFontMetrics(font()).horizontalAdvance(m_fullText);
    const QMargins margins = contentsMargins();
    return {m_fullWidth + margins.left() + margins.right() + 2 * margin(), lineHeight()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElision();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_fullWidth = -1;
        m_lineHeight[0] = m_lineHeight[1] = -1;
        if (event->type() == QEvent::FontChange)
            updateElision();
        break;
    default:
        break;
    }
}

void ElidedLabel::updateElision()
{
    const QFontMetrics metrics(font());
    const int width = contentsRect().width() - 2 * margin();
    const QString shown = metrics.elidedText(m_fullText, m_mode, std::max(0, width));
    if (shown != text())
        setText(shown);
}

} // namespace agi
