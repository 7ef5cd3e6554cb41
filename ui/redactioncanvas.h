#pragma once

#include <QImage>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QWidget>

namespace agi {

//! A frame scaled to fit with the rectangles to black out drawn over it. The user drags a new
//! rectangle with the mouse, clicks one to select it, and Delete removes it; by keyboard, Insert
//! adds one in the middle, Page Up/Down select, arrows move the selected one and Shift+arrows
//! resize it. The rectangles are kept in the frame's own pixels, whatever the scale on screen.
class RedactionCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedactionCanvas)

public:
    explicit RedactionCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    void setRectangles(const QList<QRect> &rectangles);
    QList<QRect> rectangles() const { return m_rectangles; }
    int selectedIndex() const { return m_selected; }
    void select(int index);

    //! Where the frame is drawn in the widget (scaled to fit, centred).
    QRect imageArea() const;
    //! A point of the widget in the frame's pixels (clamped to the frame).
    QPoint toFrame(const QPoint &widgetPoint) const;
    //! A rectangle of the frame's pixels in the widget.
    QRect toWidget(const QRect &frameRect) const;

    void removeSelected();
    void clear();
    //! A rectangle a quarter of the frame's size in its middle, selected.
    void addArea();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QSize frameSize() const;
    int indexAt(const QPoint &widgetPoint) const;
    void moveSelected(int dx, int dy, bool resize);

    QImage m_image;
    QList<QRect> m_rectangles;
    int m_selected = -1;
    bool m_dragging = false;
    QPoint m_dragStart; // in frame pixels
    QRect m_drawing;    // the rectangle being dragged, in frame pixels
};

} // namespace agi
