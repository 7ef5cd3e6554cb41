#include "redactioncanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace agi {

namespace {

constexpr int MinimumSide = 2; // frame pixels: a click is no rectangle

} // namespace

RedactionCanvas::RedactionCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("redactionCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Frame with the areas to black out"));
}

void RedactionCanvas::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void RedactionCanvas::setRectangles(const QList<QRect> &rectangles)
{
    m_rectangles = rectangles;
    m_selected = -1;
    update();
    Q_EMIT changed();
}

void RedactionCanvas::select(int index)
{
    m_selected = index >= 0 && index < m_rectangles.size() ? index : -1;
    update();
    Q_EMIT changed();
}

QSize RedactionCanvas::frameSize() const
{
    return m_image.isNull() ? QSize(1280, 800) : m_image.size();
}

QRect RedactionCanvas::imageArea() const
{
    const QSize scaled = frameSize().scaled(size(), Qt::KeepAspectRatio);
    return {QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled};
}

QPoint RedactionCanvas::toFrame(const QPoint &widgetPoint) const
{
    const QRect area = imageArea();
    const QSize frame = frameSize();
    if (area.isEmpty())
        return {};
    const double scale = double(frame.width()) / area.width();
    const int x = int(std::lround((widgetPoint.x() - area.x()) * scale));
    const int y = int(std::lround((widgetPoint.y() - area.y()) * scale));
    return {std::clamp(x, 0, frame.width()), std::clamp(y, 0, frame.height())};
}

QRect RedactionCanvas::toWidget(const QRect &frameRect) const
{
    const QRect area = imageArea();
    const double scale = double(area.width()) / frameSize().width();
    const QPointF topLeft(area.x() + frameRect.x() * scale, area.y() + frameRect.y() * scale);
    return QRectF(topLeft, QSizeF(frameRect.width() * scale, frameRect.height() * scale)).toAlignedRect();
}

void RedactionCanvas::removeSelected()
{
    if (m_selected < 0)
        return;
    m_rectangles.removeAt(m_selected);
    m_selected = m_rectangles.isEmpty() ? -1 : std::min(m_selected, int(m_rectangles.size()) - 1);
    update();
    Q_EMIT changed();
}

void RedactionCanvas::clear()
{
    setRectangles({});
}

void RedactionCanvas::addArea()
{
    const QSize frame = frameSize();
    m_rectangles.append(QRect(frame.width() * 3 / 8, frame.height() * 3 / 8, frame.width() / 4, frame.height() / 4));
    m_selected = int(m_rectangles.size()) - 1;
    update();
    Q_EMIT changed();
}

QSize RedactionCanvas::sizeHint() const
{
    return frameSize().scaled(QSize(960, 600), Qt::KeepAspectRatio);
}

QSize RedactionCanvas::minimumSizeHint() const
{
    return {320, 200};
}

int RedactionCanvas::indexAt(const QPoint &widgetPoint) const
{
    const QPoint point = toFrame(widgetPoint);
    // The newest on top.
    for (int i = int(m_rectangles.size()) - 1; i >= 0; --i) {
        if (m_rectangles.at(i).contains(point))
            return i;
    }
    return -1;
}

void RedactionCanvas::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRect area = imageArea();
    if (m_image.isNull())
        painter.fillRect(area, palette().base());
    else
        painter.drawImage(area, m_image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i < m_rectangles.size(); ++i) {
        const QRect shown = toWidget(m_rectangles.at(i));
        painter.fillRect(shown, QColor(0, 0, 0, 200));
        const bool selected = i == m_selected;
        painter.setPen(QPen(selected ? palette().highlight().color() : QColor(Qt::white), selected ? 3 : 1,
            selected ? Qt::SolidLine : Qt::DashLine));
        painter.drawRect(shown.adjusted(0, 0, -1, -1));
    }
    if (m_dragging && !m_drawing.isEmpty()) {
        painter.setPen(QPen(palette().highlight().color(), 2, Qt::DashLine));
        painter.fillRect(toWidget(m_drawing), QColor(0, 0, 0, 120));
        painter.drawRect(toWidget(m_drawing).adjusted(0, 0, -1, -1));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void RedactionCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const int hit = indexAt(event->position().toPoint());
    if (hit >= 0) {
        select(hit);
        return;
    }
    m_dragging = true;
    m_dragStart = toFrame(event->position().toPoint());
    m_drawing = QRect();
    select(-1);
}

void RedactionCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_drawing = QRect(m_dragStart, toFrame(event->position().toPoint())).normalized();
    update();
}

void RedactionCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    const QRect drawn = QRect(m_dragStart, toFrame(event->position().toPoint())).normalized();
    m_drawing = QRect();
    // QRect(p1, p2) includes both corners; a drag from a to b covers the pixels a..b-1.
    const QRect covered(drawn.topLeft(), QSize(drawn.width() - 1, drawn.height() - 1));
    if (covered.width() >= MinimumSide && covered.height() >= MinimumSide) {
        m_rectangles.append(covered);
        m_selected = int(m_rectangles.size()) - 1;
        Q_EMIT changed();
    }
    update();
}

void RedactionCanvas::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const int step = event->modifiers().testFlag(Qt::ControlModifier) ? 1 : 10;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelected();
        return;
    case Qt::Key_Insert:
        addArea();
        return;
    case Qt::Key_PageDown:
        if (!m_rectangles.isEmpty())
            select((m_selected + 1) % int(m_rectangles.size()));
        return;
    case Qt::Key_PageUp:
        if (!m_rectangles.isEmpty())
            select(m_selected <= 0 ? int(m_rectangles.size()) - 1 : m_selected - 1);
        return;
    case Qt::Key_Left:
        moveSelected(-step, 0, shift);
        return;
    case Qt::Key_Right:
        moveSelected(step, 0, shift);
        return;
    case Qt::Key_Up:
        moveSelected(0, -step, shift);
        return;
    case Qt::Key_Down:
        moveSelected(0, step, shift);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void RedactionCanvas::moveSelected(int dx, int dy, bool resize)
{
    if (m_selected < 0)
        return;
    QRect &rectangle = m_rectangles[m_selected];
    const QRect bounds(QPoint(0, 0), frameSize());
    if (resize) {
        rectangle.setWidth(std::max(MinimumSide, rectangle.width() + dx));
        rectangle.setHeight(std::max(MinimumSide, rectangle.height() + dy));
    } else {
        // Moved, it stays whole inside the frame.
        rectangle.moveTo(std::clamp(rectangle.x() + dx, 0, std::max(0, bounds.width() - rectangle.width())),
            std::clamp(rectangle.y() + dy, 0, std::max(0, bounds.height() - rectangle.height())));
    }
    rectangle = rectangle.intersected(bounds);
    if (rectangle.width() < MinimumSide || rectangle.height() < MinimumSide)
        rectangle.setSize(QSize(MinimumSide, MinimumSide));
    update();
    Q_EMIT changed();
}

} // namespace agi
