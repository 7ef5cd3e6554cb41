#pragma once

#include "pageview.h"

#include <QColor>
#include <QFont>
#include <QRect>

class QPainter;

namespace agi::emu {

//! Lays out and paints the content of a PageView (everything below the browser chrome) in the
//! style its layout asks for, and reports where the agent's highlighted element ended up.
class PagePainter final
{
public:
    //! `area` is the visible page viewport in device pixels; `scale` is 1.0 at 1280x800.
    PagePainter(QPainter &painter, const PageView &view, QRect area, qreal scale);
    Q_DISABLE_COPY_MOVE(PagePainter)

    //! Paints the page and returns the highlighted element's rectangle in device pixels (after
    //! scrolling), or a null rect when nothing is highlighted.
    QRect paint();

    //! The one UI family at a fixed pixel size, so frames never depend on the desktop's fonts.
    static QFont font(qreal pixelSize, bool bold = false);
    //! The site's accent colour, derived from the view's seed.
    static QColor accentFor(quint32 seed);

private:
    struct Item
    {
        int index = -1;
        QRect rect; // page coordinates, before scrolling
    };

    int px(qreal v) const;
    QRect fitText(const QString &text, const QFont &f, int width, int maxLines) const;
    int elementHeight(const PageElement &e, int width) const;
    int flow(int first, int last, QRect column, int y, int gap);
    void place(int index, QRect rect);

    void layoutBlank();
    void layoutSearch();
    void layoutArticle();
    void layoutProductGrid();
    void layoutForm();
    void layoutTable();
    void layoutCheckout();
    void layoutError();
    int siteHeader(bool withSearch);

    void drawElement(const PageElement &e, QRect r, int index) const;
    void drawText(QRect r, const QString &text, const QFont &f, QColor c, int flags) const;
    void drawButton(QRect r, const QString &text, bool primary) const;
    void drawTextField(QRect r, const PageElement &e) const;
    void drawCheckbox(QRect r, const PageElement &e) const;
    void drawPicture(QRect r, quint32 salt) const;
    void drawResultCard(QRect r, const PageElement &e) const;
    void drawProductCard(QRect r, const PageElement &e, int index) const;
    void drawTableRow(QRect r, const PageElement &e, int index) const;
    void drawNotice(QRect r, const PageElement &e) const;
    void drawSummary(QRect r) const;

    QPainter &m_p;
    const PageView &m_view;
    QRect m_area;
    qreal m_scale = 1.0;
    QColor m_accent;
    QRect m_viewport; // m_area in page coordinates (shifted by the scroll offset)
    QRect m_highlight;
    QRect m_summary; // the checkout summary panel, page coordinates
};

} // namespace agi::emu
