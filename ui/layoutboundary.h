#pragma once

#include <QSize>
#include <QWidget>

namespace agi {

//! Hosts one widget whose text changes often (the frame's title and URL, which follow every new
//! page), so that the change does not lay out the whole window again: a widget's updateGeometry()
//! invalidates its parent's layout, and each layout's activation passes that on up to the window.
//! The host has no layout; it keeps its child at its own size and passes the child's size hints
//! on only when the ones the parent layout uses changed (not the width of an Ignored width).
class LayoutBoundary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutBoundary)

public:
    //! Takes `child` (reparented here) and its size policy.
    explicit LayoutBoundary(QWidget *child, QWidget *parent = nullptr);

    QWidget *child() const { return m_child; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    //! The child's hints as the parent layout sees them.
    QSize usedHint(QSize hint) const;

    QWidget *m_child;
    QSize m_hint;
    QSize m_minimumHint;
};

} // namespace agi
