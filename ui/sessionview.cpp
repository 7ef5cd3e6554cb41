#include "sessionview.h"

#include <QResizeEvent>

namespace agi {

SessionView::SessionView(QWidget *frame, QWidget *agent, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("sessionView"));
    setChildrenCollapsible(false);
    addWidget(frame);
    addWidget(agent);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
}

void SessionView::resizeEvent(QResizeEvent *event)
{
    const Qt::Orientation wanted = event->size().width() >= sideBySideMinWidth ? Qt::Horizontal : Qt::Vertical;
    if (wanted != orientation() || !m_sized) {
        m_sized = true;
        setOrientation(wanted);
        const int length = wanted == Qt::Horizontal ? event->size().width() : event->size().height();
        setSizes({length * 3 / 5, length * 2 / 5});
    }
    QSplitter::resizeEvent(event);
}

} // namespace agi
