#include "layoutboundary.h"

#include <QEvent>

namespace agi {

LayoutBoundary::LayoutBoundary(QWidget *child, QWidget *parent)
    : QWidget(parent)
    , m_child(child)
{
    setSizePolicy(child->sizePolicy());
    child->setParent(this);
    m_hint = usedHint(child->sizeHint());
    m_minimumHint = usedHint(child->minimumSizeHint());
}

QSize LayoutBoundary::usedHint(QSize hint) const
{
    // An Ignored direction's hint is not used by a layout: its changes need not reach it.
    if (sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
        hint.setWidth(0);
    if (sizePolicy().verticalPolicy() == QSizePolicy::Ignored)
        hint.setHeight(0);
    return hint;
}

QSize LayoutBoundary::sizeHint() const
{
    return m_child->sizeHint();
}

QSize LayoutBoundary::minimumSizeHint() const
{
    return m_child->minimumSizeHint();
}

bool LayoutBoundary::event(QEvent *event)
{
    // The child's updateGeometry() arrives here (a parent without a layout gets a LayoutRequest).
    if (event->type() == QEvent::LayoutRequest) {
        const QSize hint = usedHint(m_child->sizeHint());
        const QSize minimumHint = usedHint(m_child->minimumSizeHint());
        if (hint != m_hint || minimumHint != m_minimumHint) {
            m_hint = hint;
            m_minimumHint = minimumHint;
            updateGeometry();
        }
        return true;
    }
    return QWidget::event(event);
}

void LayoutBoundary::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_child->setGeometry(rect());
}

} // namespace agi
