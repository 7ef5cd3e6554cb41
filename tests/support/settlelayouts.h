#pragma once

#include <QCoreApplication>
#include <QEvent>

namespace agi::test {

//! Runs the layout requests a change posted, and those they post in turn, level by level up to the
//! window: afterwards every widget has the geometry the change leads to.
inline void settleLayouts()
{
    for (int level = 0; level < 8; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

} // namespace agi::test
