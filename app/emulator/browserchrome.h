#pragma once

#include "pagepainter.h"
#include "pageview.h"

#include <QRect>
#include <QSize>
#include <QString>

class QPainter;

namespace agi::emu {

//! Paints the browser window around a page (tab strip, address bar, restored banner) and the agent's pointer over it.
class BrowserChrome final
{
public:
    //! `scale` is 1.0 for a 1280x800 frame, as for PagePainter. `view` must outlive the chrome.
    BrowserChrome(QPainter &painter, const PageView &view, QSize size, qreal scale);
    Q_DISABLE_COPY_MOVE(BrowserChrome)

    // The bars stack from the top of the frame in the order they are painted.
    void paintTabStrip();
    void paintAddressBar();
    //! The "restored from snapshot" info bar; paints nothing unless the view was restored.
    void paintRestoredBanner();

    //! What is left below the bars painted so far: where the page itself goes.
    QRect contentRect() const;

    //! Outlines `target` (device pixels) with the view's agent action and a mouse pointer, clipped
    //! to contentRect(); nothing when `target` is null or scrolled out of sight.
    void paintHighlight(QRect target) const;

private:
    QPainter &m_p;
    const PageView &m_view;
    PagePainter m_pp;
    QSize m_size;
    int m_top = 0; // bottom edge of the bars painted so far
};

} // namespace agi::emu
