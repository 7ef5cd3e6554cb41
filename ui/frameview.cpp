#include "frameview.h"

#include "tones.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>

#include <cmath>

namespace agi {

FrameView::FrameView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("frameView"));
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setBackgroundRole(QPalette::Window);
    m_placeholder = tr("Waiting for the first frame...");
}

void FrameView::setImage(const QImage &image)
{
    m_image = image;
    m_scaled = QPixmap();
    updateScrollBars();
    viewport()->update();
}

void FrameView::clear()
{
    setImage(QImage());
}

void FrameView::setPlaceholderText(const QString &text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    if (m_image.isNull())
        viewport()->update();
}

void FrameView::setNote(const QString &text)
{
    if (m_note == text)
        return;
    m_note = text;
    viewport()->update();
}

void FrameView::setZoomMode(ZoomMode mode)
{
    if (m_zoom == mode)
        return;
    m_zoom = mode;
    m_scaled = QPixmap();
    updateScrollBars();
    viewport()->update();
}

QSize FrameView::viewportDeviceSize() const
{
    const qreal ratio = devicePixelRatioF();
    return {int(std::ceil(viewport()->width() * ratio)), int(std::ceil(viewport()->height() * ratio))};
}

QSize FrameView::sizeHint() const
{
    return {640, 400};
}

QSize FrameView::minimumSizeHint() const
{
    return {160, 100};
}

QSize FrameView::actualLogicalSize() const
{
    // 100 % means one frame pixel per logical pixel, as the page looked in its own browser.
    return m_image.size();
}

QRect FrameView::imageRect() const
{
    if (m_image.isNull())
        return {};
    const QRect area = viewport()->rect();
    if (m_zoom == ZoomMode::ActualSize) {
        const QSize size = actualLogicalSize();
        const int x = size.width() < area.width() ? (area.width() - size.width()) / 2 : -horizontalScrollBar()->value();
        const int y
            = size.height() < area.height() ? (area.height() - size.height()) / 2 : -verticalScrollBar()->value();
        return {QPoint(x, y), size};
    }
    // Styles may answer -1 for spacing metrics; a font-relative gap keeps the frame off the edges.
    const int margin = fontMetrics().height() / 2;
    const QRect room = area.adjusted(margin, margin, -margin, -margin);
    const QSize size = m_image.size().scaled(room.size(), Qt::KeepAspectRatio);
    QRect rect(QPoint(0, 0), size);
    rect.moveCenter(room.center());
    return rect;
}

void FrameView::updateScrollBars()
{
    if (m_zoom == ZoomMode::Fit || m_image.isNull()) {
        horizontalScrollBar()->setRange(0, 0);
        verticalScrollBar()->setRange(0, 0);
        return;
    }
    const QSize size = actualLogicalSize();
    const QSize area = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, size.width() - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setRange(0, std::max(0, size.height() - area.height()));
    verticalScrollBar()->setPageStep(area.height());
    verticalScrollBar()->setSingleStep(20);
}

void FrameView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(viewport());
    const QPalette &pal = palette();
    // A shade between window and text sets the frame apart in light and dark palettes alike.
    painter.fillRect(
        viewport()->rect(), tones::mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.07));

    if (m_image.isNull()) {
        paintPlaceholder(painter);
        return;
    }

    const QRect target = imageRect();
    const qreal ratio = devicePixelRatioF();
    const QSize deviceSize(int(std::round(target.width() * ratio)), int(std::round(target.height() * ratio)));
    if (m_scaled.isNull() || m_scaled.size() != deviceSize) {
        // Scale once per size change, smoothly, in device pixels: crisp on HiDPI and cheap to repaint.
        const QImage scaled = m_image.size() == deviceSize
            ? m_image
            : m_image.scaled(deviceSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        m_scaled = QPixmap::fromImage(scaled);
        m_scaled.setDevicePixelRatio(ratio);
    }
    painter.drawPixmap(target.topLeft(), m_scaled);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawRect(QRectF(target).adjusted(-0.5, -0.5, 0.5, 0.5));

    if (!m_note.isEmpty())
        paintNote(painter);
}

void FrameView::paintPlaceholder(QPainter &painter)
{
    if (m_placeholder.isEmpty())
        return;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = 2 * fontMetrics().height();
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap,
        m_placeholder);
}

void FrameView::paintNote(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = viewport()->rect();
    const QFontMetrics metrics(font());
    const int padding = metrics.height() / 2 + 2;
    const int maxWidth = std::min(area.width() - 4 * padding, metrics.averageCharWidth() * 70);
    if (maxWidth <= 0)
        return;
    const QRect textBounds
        = metrics.boundingRect(QRect(0, 0, maxWidth, 10000), Qt::AlignCenter | Qt::TextWordWrap, m_note);
    QRect box = textBounds.adjusted(-padding, -padding, padding, padding);
    box.moveCenter(QPoint(area.center().x(), 0));
    box.moveBottom(area.bottom() - 2 * padding);

    // The window colour, mostly opaque: readable over any page, and still hinting at the frame below.
    QColor background = palette().color(QPalette::Window);
    background.setAlphaF(0.88);
    QPainterPath path;
    path.addRoundedRect(QRectF(box), padding / 2.0, padding / 2.0);
    painter.fillPath(path, background);
    painter.setPen(QPen(QColor::fromRgb(tones::negativeHue), 1.5));
    painter.drawPath(path);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(box.adjusted(padding, padding, -padding, -padding), Qt::AlignCenter | Qt::TextWordWrap, m_note);
}

void FrameView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    const QSize deviceSize = viewportDeviceSize();
    if (deviceSize != m_lastDeviceSize) {
        m_lastDeviceSize = deviceSize;
        Q_EMIT viewportDeviceSizeChanged(deviceSize);
    }
}

void FrameView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    viewport()->update();
}

void FrameView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::ScreenChangeInternal) {
        m_scaled = QPixmap();
        m_lastDeviceSize = viewportDeviceSize();
        Q_EMIT viewportDeviceSizeChanged(m_lastDeviceSize);
    }
}

} // namespace agi
