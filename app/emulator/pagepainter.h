#pragma once

#include "pageview.h"

#include <QColor>
#include <QFont>
#include <QRect>
#include <QUrl>

class QPainter;

namespace agi::emu {

//! Measures and paints the pieces of an emulated web page (elements, the site's header bar, a
//! checkout summary) in the site's style; FrameRenderer decides where each piece goes.
class PagePainter final
{
public:
    //! `scale` is 1.0 for a 1280x800 frame; every length is multiplied by it.
    PagePainter(QPainter &painter, const PageView &view, qreal scale);
    Q_DISABLE_COPY_MOVE(PagePainter)

    //! The one UI family at a fixed pixel size, so frames never depend on the desktop's fonts.
    static QFont font(qreal pixelSize, bool bold = false);
    //! The site's accent colour, derived from the view's seed.
    static QColor accentFor(quint32 seed);
    //! A cheap integer hash: everything "random" in a frame derives from the seed through it.
    static quint32 mix(quint32 x);
    //! Caps web text at `max` characters so a huge string cannot stall the server.
    static QString bounded(const QString &s, int max = 800);
    //! "Shopfast" for https://www.shopfast.example/...: what the site calls itself.
    static QString siteName(const QUrl &url);

    int px(qreal v) const;
    QColor accent() const { return m_accent; }
    const PageView &view() const { return m_view; }

    int elementHeight(const PageElement &e, int width) const;
    void drawElement(const PageElement &e, QRect r, int index) const;
    void drawText(QRect r, const QString &text, const QFont &f, QColor c, int flags) const;
    void drawButton(QRect r, const QString &text, bool primary) const;
    //! The site's own navigation bar across the top of the page; returns its height.
    int drawSiteHeader(int width, bool withSearch) const;
    void drawSummary(QRect r) const;

private:
    QRect fitText(const QString &text, const QFont &f, int width, int maxLines) const;
    void drawTextField(QRect r, const PageElement &e) const;
    void drawCheckbox(QRect r, const PageElement &e) const;
    void drawPicture(QRect r, quint32 salt, bool product) const;
    void drawResultCard(QRect r, const PageElement &e) const;
    void drawProductCard(QRect r, const PageElement &e, int index) const;
    void drawTableRow(QRect r, const PageElement &e, int index) const;
    void drawNotice(QRect r, const PageElement &e) const;

    QPainter &m_p;
    const PageView &m_view;
    qreal m_scale = 1.0;
    QColor m_accent;
};

} // namespace agi::emu
