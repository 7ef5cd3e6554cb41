#include "elidedlabel.h"

#include <QEnterEvent>
#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLine>
#include <QtMath>

#include <algorithm>

namespace agi {

namespace {

const QChar Ellipsis(0x2026);

// Text whose order on screen is not its order in memory: cutting it by position is left to Qt.
bool hasRightToLeft(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirRLI:
            return true;
        default:
            return false;
        }
    });
}

// Which way a line of `text` runs: as QLabel does, its first strong character decides.
Qt::LayoutDirection directionOf(const QString &text)
{
    return text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

// `layout` holding `text` as one line, starting at x = 0 whatever its direction.
void layOutOneLine(QTextLayout &layout, const QString &text, const QFont &font)
{
    layout.clearLayout();
    layout.setText(text);
    layout.setFont(font);
    QTextOption option(Qt::AlignLeft | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(directionOf(text));
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6);
    layout.endLayout();
}

} // namespace

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
    m_fullLaidOut = false;
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
        m_fullWidth = m_fullText.isEmpty() ? 0 : qCeil(fullLayout().lineAt(0).naturalTextWidth());
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
    // New margins need no new shaping: Qt follows them with a resize event, which cuts the text
    // again for the room left.
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        m_fullWidth = -1;
        m_lineHeight[0] = m_lineHeight[1] = -1;
        m_fullLaidOut = false;
        m_shown.clearLayout();
        if (event->type() == QEvent::FontChange)
            updateElision();
        break;
    default:
        break;
    }
}

QTextLayout &ElidedLabel::fullLayout() const
{
    if (!m_fullLaidOut) {
        layOutOneLine(m_full, m_fullText, QFont(font(), this));
        m_fullLaidOut = true;
    }
    return m_full;
}

QString ElidedLabel::cutTo(int width) const
{
    const QTextLayout &layout = fullLayout();
    const QTextLine line = layout.lineAt(0);
    const qreal room = width - QFontMetricsF(font(), this).horizontalAdvance(Ellipsis);
    if (room < 0)
        return {};
    const int length = int(m_fullText.size());
    // The cursor positions (never inside a character made of several) where the text before them
    // ends by `x`, or where the text after them starts at or after `x`.
    const auto endingBy = [&](qreal x) {
        int pos = line.xToCursor(x, QTextLine::CursorBetweenCharacters);
        while (pos > 0 && line.cursorToX(pos) > x)
            pos = layout.previousCursorPosition(pos);
        return pos;
    };
    const auto startingAt = [&](qreal x) {
        int pos = line.xToCursor(x, QTextLine::CursorBetweenCharacters);
        while (pos < length && line.cursorToX(pos) < x)
            pos = layout.nextCursorPosition(pos);
        return pos;
    };
    const qreal full = line.naturalTextWidth();
    switch (m_mode) {
    case Qt::ElideLeft:
        return Ellipsis + m_fullText.mid(startingAt(full - room));
    case Qt::ElideMiddle:
        return m_fullText.left(endingBy(room / 2)) + Ellipsis + m_fullText.mid(startingAt(full - room / 2));
    case Qt::ElideRight:
        return m_fullText.left(endingBy(room)) + Ellipsis;
    case Qt::ElideNone:
        break;
    }
    return m_fullText;
}

void ElidedLabel::updateElision()
{
    const int width = std::max(0, contentsRect().width() - 2 * margin());
    const bool mayCut = !m_fullText.isEmpty() && m_mode != Qt::ElideNone;
    QString shown = m_fullText;
    if (mayCut && hasRightToLeft(m_fullText))
        shown = QFontMetrics(font(), this).elidedText(m_fullText, m_mode, width);
    else if (mayCut && fullLayout().lineAt(0).naturalTextWidth() > width)
        shown = cutTo(width);
    m_shownIsFull = shown == m_fullText;
    if (shown != text()) {
        m_shown.clearLayout();
        setText(shown);
    }
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    // A selectable text is drawn by QLabel's text control, with its selection; a disabled one
    // in the style's disabled look.
    constexpr Qt::TextInteractionFlags textControl
        = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::TextEditable;
    if ((textInteractionFlags() & textControl) || !isEnabled() || text().isEmpty()) {
        QLabel::paintEvent(event);
        return;
    }
    QTextLayout *layout = &fullLayout();
    if (!m_shownIsFull) {
        if (m_shown.lineCount() == 0)
            layOutOneLine(m_shown, text(), QFont(font(), this));
        layout = &m_shown;
    }
    const QTextLine line = layout->lineAt(0);

    // Where QLabel puts one line of plain text: the contents less the margin and indent, aligned.
    QPainter painter(this);
    drawFrame(&painter);
    QRect rect = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    // As QLabel does, the text's own direction decides which side "left" is.
    const Qt::Alignment align = QStyle::visualAlignment(directionOf(text()), alignment());
    int indent = this->indent();
    if (indent < 0 && frameWidth() > 0)
        indent = fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2;
    if (indent > 0) {
        if (align & Qt::AlignLeft)
            rect.setLeft(rect.left() + indent);
        if (align & Qt::AlignRight)
            rect.setRight(rect.right() - indent);
        if (align & Qt::AlignTop)
            rect.setTop(rect.top() + indent);
        if (align & Qt::AlignBottom)
            rect.setBottom(rect.bottom() - indent);
    }
    const qreal width = line.naturalTextWidth();
    const qreal height = line.height();
    qreal x = rect.left();
    if (align & Qt::AlignRight)
        x = rect.left() + rect.width() - width;
    else if (align & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - width) / 2;
    qreal y = rect.top();
    if (align & Qt::AlignBottom)
        y = rect.top() + rect.height() - height;
    else if (align & Qt::AlignVCenter)
        y = rect.top() + (rect.height() - height) / 2;
    painter.setPen(palette().color(foregroundRole()));
    painter.setClipRect(contentsRect());
    layout->draw(&painter, QPointF(x, y));
}

} // namespace agi
