#include "frameview.h"

#include "tones.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>
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
    // paintEvent covers every pixel, the background only around the frame: no erase first.
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    m_placeholder = tr("Waiting for the first frame...");
}

void FrameView::setImage(const QImage &image)
{
    const QRect before = imageDeviceRect();
    m_image = image;
    m_scaled = QImage();
    updateScrollBars();
    const QRect after = imageDeviceRect();
    // The usual case, a new frame where the last one was: repaint (and flush) only the frame.
    if (!before.isEmpty() && before == after && m_note.isEmpty())
        viewport()->update(imageRect().toAlignedRect());
    else
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
    m_scaled = QImage();
    updateScrollBars();
    viewport()->update();
}

int FrameView::margin() const
{
    // Styles may answer -1 for spacing metrics; a font-relative gap keeps the frame off the edges.
    return fontMetrics().height() / 2;
}

QSize FrameView::viewportDeviceSize() const
{
    // Rounded down: a frame of this size always fits inside the viewport's device pixels.
    const qreal ratio = devicePixelRatioF();
    const int m = int(std::ceil(margin() * ratio));
    const int width = int(std::floor(viewport()->width() * ratio)) - 2 * m;
    const int height = int(std::floor(viewport()->height() * ratio)) - 2 * m;
    return {std::max(width, 1), std::max(height, 1)};
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
    // 100 % means one frame pixel per logical pixel, as the page looked in its own browser; the
    // pipeline marks an image decoded at a higher density with its devicePixelRatio.
    const QSizeF size = m_image.deviceIndependentSize();
    return {int(std::ceil(size.width())), int(std::ceil(size.height()))};
}

QRect FrameView::imageDeviceRect() const
{
    if (m_image.isNull())
        return {};
    const qreal ratio = devicePixelRatioF();
    if (m_zoom == ZoomMode::ActualSize) {
        const QSizeF logical = m_image.deviceIndependentSize();
        const QSize size(int(std::round(logical.width() * ratio)), int(std::round(logical.height() * ratio)));
        const QSize area = viewport()->size();
        const qreal x
            = logical.width() < area.width() ? (area.width() - logical.width()) / 2 : -horizontalScrollBar()->value();
        const qreal y
            = logical.height() < area.height() ? (area.height() - logical.height()) / 2 : -verticalScrollBar()->value();
        return {QPoint(int(std::round(x * ratio)), int(std::round(y * ratio))), size};
    }
    const QSize box = viewportDeviceSize();
    const QSize own = m_image.size();
    // A frame decoded for this box fills it in one direction and fits in the other: shown as it
    // is. Any other (the pane was just resized, the next frame is on its way) is scaled to fit.
    const bool decodedForBox = (own.width() == box.width() && own.height() <= box.height())
        || (own.height() == box.height() && own.width() <= box.width());
    const QSize size = decodedForBox ? own : own.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    const int m = int(std::ceil(margin() * ratio));
    return {QPoint(m + (box.width() - size.width()) / 2, m + (box.height() - size.height()) / 2), size};
}

QRectF FrameView::imageRect() const
{
    const QRect device = imageDeviceRect();
    const qreal ratio = devicePixelRatioF();
    return {device.x() / ratio, device.y() / ratio, device.width() / ratio, device.height() / ratio};
}

const QImage &FrameView::imageAtSize(QSize size)
{
    if (m_image.size() == size)
        return m_image;
    if (m_scaled.size() != size)
        m_scaled = m_image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return m_scaled;
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
    QPainter painter(viewport());
    const QPalette &pal = palette();
    // A shade between window and text sets the frame apart in light and dark palettes alike.
    const QColor background = tones::mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.07);

    if (m_image.isNull()) {
        painter.fillRect(viewport()->rect(), background);
        paintPlaceholder(painter);
        return;
    }

    const QRect device = imageDeviceRect();
    const QRectF target = imageRect();
    // The background only where the frame does not cover it: at scale 2 a full fill costs as much
    // as the frame itself.
    const QRect covered(QPoint(int(std::ceil(target.left())), int(std::ceil(target.top()))),
        QPoint(int(std::floor(target.right())) - 1, int(std::floor(target.bottom())) - 1));
    for (const QRect &rect : event->region().subtracted(covered))
        painter.fillRect(rect, background);
    // Source and target differ by exactly the device pixel ratio: without smoothing (which would
    // send every pixel through a bilinear transform) QPainter copies the pixels.
    const QImage &pixels = imageAtSize(device.size());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, pixels, QRectF(pixels.rect()));
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));

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
    emitIfViewportDeviceSizeChanged();
}

void FrameView::emitIfViewportDeviceSizeChanged()
{
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
    // The box depends on the screen's pixel ratio and, through the margin, on the font.
    if (event->type() == QEvent::ScreenChangeInternal || event->type() == QEvent::FontChange) {
        m_scaled = QImage();
        emitIfViewportDeviceSizeChanged();
    }
}

} // namespace agi
