#include "framerenderer.h"

#include "browserchrome.h"
#include "pagepainter.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QPainter>
#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace agi::emu {

namespace {

Q_LOGGING_CATEGORY(lcFrames, "agi.emulator")

using Kind = PageElement::Kind;

const QColor kText(0x20, 0x21, 0x24);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kBorder(0xda, 0xdc, 0xe0);
const QColor kPanel(0xf6, 0xf7, 0xf9);

QFont font(qreal pixelSize, bool bold = false)
{
    return PagePainter::font(pixelSize, bold);
}

// Arranges a page's elements as its layout asks (one column, a grid, a form card, a table, a cart
// with a summary) and remembers where the highlighted element went.
class PageLayout final
{
public:
    PageLayout(QPainter &painter, const PagePainter &pp, QRect area)
        : m_p(painter)
        , m_pp(pp)
        , m_view(pp.view())
        , m_area(area)
        , m_accent(pp.accent())
        , m_viewport(0, std::max(0, pp.view().scroll), area.width(), area.height())
    { }
    Q_DISABLE_COPY_MOVE(PageLayout)

    //! Paints the page; returns the highlighted element in device pixels, or a null rect.
    QRect paint();

private:
    int px(qreal v) const { return m_pp.px(v); }
    void drawText(QRect r, const QString &text, const QFont &f, QColor c, int flags) const
    {
        m_pp.drawText(r, text, f, c, flags);
    }
    void place(int index, QRect rect);
    int flow(int first, int last, QRect column, int y, int gap);
    void layoutBlank();
    void layoutSearch();
    void layoutArticle();
    void layoutProductGrid();
    void layoutForm();
    void layoutTable();
    void layoutCheckout();
    void layoutError();

    QPainter &m_p;
    const PagePainter &m_pp;
    const PageView &m_view;
    QRect m_area;
    QColor m_accent;
    QRect m_viewport; // the visible part of the page in page coordinates (scrolled)
    QRect m_highlight;
};

QRect PageLayout::paint()
{
    m_p.save();
    m_p.setClipRect(m_area);
    m_p.fillRect(m_area, Qt::white);
    m_p.translate(m_area.left(), m_area.top() - m_viewport.top());
    switch (m_view.layout) {
    case PageView::Layout::Blank:
        layoutBlank();
        break;
    case PageView::Layout::Search:
        layoutSearch();
        break;
    case PageView::Layout::Article:
        layoutArticle();
        break;
    case PageView::Layout::ProductGrid:
        layoutProductGrid();
        break;
    case PageView::Layout::Form:
        layoutForm();
        break;
    case PageView::Layout::Table:
        layoutTable();
        break;
    case PageView::Layout::Checkout:
        layoutCheckout();
        break;
    case PageView::Layout::ErrorPage:
        layoutError();
        break;
    }
    m_p.restore();
    if (m_highlight.isNull())
        return {};
    return m_highlight.translated(m_area.left(), m_area.top() - m_viewport.top());
}

void PageLayout::place(int index, QRect rect)
{
    if (index == m_view.highlighted)
        m_highlight = rect;
    if (rect.intersects(m_viewport.adjusted(0, -px(20), 0, px(20))))
        m_pp.drawElement(m_view.elements.at(index), rect, index);
}

int PageLayout::flow(int first, int last, QRect column, int y, int gap)
{
    for (int i = first; i < last; ++i) {
        const PageElement &e = m_view.elements.at(i);
        const int h = m_pp.elementHeight(e, column.width());
        int w = column.width();
        if (e.kind == Kind::Button && m_view.layout != PageView::Layout::Form)
            w = std::min(
                w, QFontMetrics(font(px(15), true)).horizontalAdvance(PagePainter::bounded(e.text, 60)) + px(48));
        else if (e.kind == Kind::Link)
            w = std::min(w, QFontMetrics(font(px(15))).horizontalAdvance(PagePainter::bounded(e.text, 200)) + px(4));
        place(i, QRect(column.left(), y, w, h));
        y += h + gap;
        if (y > m_viewport.bottom() + px(4000))
            break; // nothing below can be seen or highlighted sensibly; bound the work
    }
    return y;
}

void PageLayout::layoutBlank()
{
    const int w = m_area.width();
    const int colW = std::min(px(580), w - px(48));
    const int left = (w - colW) / 2;
    int y = std::max(px(60), m_area.height() / 5);
    drawText(QRect(0, y, w, px(56)), QStringLiteral("New Tab"), font(px(40), true), QColor(0x9a, 0xa0, 0xa6),
        Qt::AlignCenter);
    y += px(80);
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(QPen(kBorder, std::max(1, px(1))));
    m_p.setBrush(Qt::white);
    m_p.drawRoundedRect(QRect(left, y, colW, px(46)), px(23), px(23));
    drawText(QRect(left + px(24), y, colW - px(40), px(46)), QStringLiteral("Search the web or type a URL"),
        font(px(15)), kMuted, Qt::AlignVCenter);
    y += px(80);
    const std::array<QString, 6> tiles = {QStringLiteral("Mail"), QStringLiteral("News"), QStringLiteral("Maps"),
        QStringLiteral("Shop"), QStringLiteral("Travel"), QStringLiteral("Docs")};
    const int tileW = std::min(px(96), colW / int(tiles.size()));
    int x = (w - tileW * int(tiles.size())) / 2;
    for (size_t i = 0; i < tiles.size(); ++i, x += tileW) {
        const QRect circle(x + (tileW - px(48)) / 2, y, px(48), px(48));
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(QColor::fromHsv(int((PagePainter::mix(m_view.seed + quint32(i)) % 360)), 110, 225));
        m_p.drawEllipse(circle);
        drawText(circle, tiles.at(i).left(1), font(px(18), true), Qt::white, Qt::AlignCenter);
        drawText(QRect(x, y + px(54), tileW, px(20)), tiles.at(i), font(px(12)), kText, Qt::AlignHCenter);
    }
    flow(0, int(m_view.elements.size()), QRect(left, 0, colW, 0), y + px(100), px(12));
}

void PageLayout::layoutSearch()
{
    const int w = m_area.width();
    const int h = px(72);
    const QString name = PagePainter::siteName(m_view.url);
    const int logoW = QFontMetrics(font(px(26), true)).horizontalAdvance(name) + px(8);
    drawText(QRect(px(28), 0, logoW, h), name, font(px(26), true), m_accent, Qt::AlignVCenter);
    // The page's first text field is the engine's own search box, typed into in the header.
    const auto field = std::find_if(m_view.elements.cbegin(), m_view.elements.cend(),
        [](const PageElement &e) { return e.kind == Kind::TextField; });
    const int fieldIndex = field == m_view.elements.cend() ? -1 : int(field - m_view.elements.cbegin());
    QString query = fieldIndex >= 0 ? field->detail : QString();
    if (query.isEmpty())
        query = QUrlQuery(m_view.url)
                    .queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded)
                    .replace(QLatin1Char('+'), QLatin1Char(' '));
    const int left = std::max(px(28) + logoW + px(28), std::min(px(170), w / 6));
    const int colW = std::min(px(660), w - left - px(24));
    const QRect box(left, px(14), std::min(px(690), w - left - px(24)), px(44));
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(QPen(kBorder, std::max(1, px(1))));
    m_p.setBrush(Qt::white);
    m_p.drawRoundedRect(box, px(22), px(22));
    drawText(
        box.adjusted(px(22), 0, -px(50), 0), PagePainter::bounded(query, 200), font(px(16)), kText, Qt::AlignVCenter);
    if (fieldIndex >= 0 && fieldIndex == m_view.highlighted)
        m_highlight = box;
    m_p.setPen(QPen(m_accent, px(2.5)));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawEllipse(QPoint(box.right() - px(28), box.center().y() - px(2)), px(7), px(7));
    m_p.drawLine(box.right() - px(23), box.center().y() + px(3), box.right() - px(17), box.center().y() + px(9));
    const std::array<QString, 5> tabs = {QStringLiteral("All"), QStringLiteral("Images"), QStringLiteral("News"),
        QStringLiteral("Videos"), QStringLiteral("Maps")};
    int x = left;
    for (size_t i = 0; i < tabs.size(); ++i) {
        const int tw = QFontMetrics(font(px(14))).horizontalAdvance(tabs.at(i)) + px(4);
        drawText(QRect(x, h, tw, px(40)), tabs.at(i), font(px(14)), i == 0 ? m_accent : kMuted, Qt::AlignVCenter);
        if (i == 0)
            m_p.fillRect(QRect(x, h + px(37), tw, px(3)), m_accent);
        x += tw + px(26);
    }
    m_p.fillRect(QRect(0, h + px(40), w, 1), kBorder);
    const QRect column(left, 0, colW, 0);
    const int y = flow(0, std::max(0, fieldIndex), column, h + px(58), px(18));
    flow(fieldIndex + 1, int(m_view.elements.size()), column, y, px(18));
}

void PageLayout::layoutArticle()
{
    const int w = m_area.width();
    const int top = m_pp.drawSiteHeader(m_area.width(), false);
    const int colW = std::min(px(740), w - px(48));
    flow(0, int(m_view.elements.size()), QRect((w - colW) / 2, 0, colW, 0), top + px(36), px(16));
}

void PageLayout::layoutProductGrid()
{
    const int w = m_area.width();
    const int margin = px(32);
    const int gap = px(20);
    int y = m_pp.drawSiteHeader(m_area.width(), true) + px(28);
    const int cols = std::max(2, (w - 2 * margin + gap) / (px(250) + gap));
    const int cardW = (w - 2 * margin - (cols - 1) * gap) / cols;
    const int cardH = cardW * 3 / 5 + px(138);
    const int n = int(m_view.elements.size());
    for (int i = 0; i < n && y < m_viewport.bottom() + px(4000);) {
        if (m_view.elements.at(i).kind != Kind::ProductCard) {
            y = flow(i, i + 1, QRect(margin, 0, w - 2 * margin, 0), y, px(14));
            ++i;
            continue;
        }
        for (int c = 0; c < cols && i < n && m_view.elements.at(i).kind == Kind::ProductCard; ++c, ++i)
            place(i, QRect(margin + c * (cardW + gap), y, cardW, cardH));
        y += cardH + gap;
    }
}

void PageLayout::layoutForm()
{
    const int w = m_area.width();
    const int top = m_pp.drawSiteHeader(m_area.width(), false);
    m_p.fillRect(QRect(0, top, w, std::max(m_viewport.bottom() + 1, px(4000))), kPanel);
    const int cardW = std::min(px(560), w - px(40));
    const int pad = px(32);
    const int inner = cardW - 2 * pad;
    int contentH = 0;
    for (const PageElement &e : m_view.elements) {
        contentH += m_pp.elementHeight(e, inner) + px(14);
        if (contentH > px(6000))
            break;
    }
    const QRect card((w - cardW) / 2, top + px(36), cardW, std::max(px(120), contentH + 2 * pad - px(14)));
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(QColor(0, 0, 0, 18));
    m_p.drawRoundedRect(card.translated(0, px(3)), px(12), px(12));
    m_p.setBrush(Qt::white);
    m_p.setPen(QPen(kBorder, 1));
    m_p.drawRoundedRect(card, px(12), px(12));
    m_p.fillRect(QRect(card.left() + px(12), card.top(), card.width() - px(24), px(4)), m_accent);
    flow(0, int(m_view.elements.size()), QRect(card.left() + pad, 0, inner, 0), card.top() + pad, px(14));
}

void PageLayout::layoutTable()
{
    const int w = m_area.width();
    const int margin = std::max(px(24), (w - px(1040)) / 2);
    const QRect column(margin, 0, w - 2 * margin, 0);
    int y = m_pp.drawSiteHeader(m_area.width(), true) + px(28);
    const int n = int(m_view.elements.size());
    for (int i = 0; i < n && y < m_viewport.bottom() + px(4000); ++i) {
        const bool row = m_view.elements.at(i).kind == Kind::TableRow;
        const bool nextRow = i + 1 < n && m_view.elements.at(i + 1).kind == Kind::TableRow;
        y = flow(i, i + 1, column, y, row && nextRow ? 0 : px(14));
    }
}

void PageLayout::layoutCheckout()
{
    const int w = m_area.width();
    const int top = m_pp.drawSiteHeader(m_area.width(), false);
    m_p.fillRect(QRect(0, top, w, std::max(m_viewport.bottom() + 1, px(4000))), kPanel);
    const int margin = px(32);
    const bool twoColumns = w >= px(760);
    const int sideW = twoColumns ? std::min(px(360), w / 3) : w - 2 * margin;
    const int mainW = twoColumns ? w - 2 * margin - sideW - px(24) : w - 2 * margin;
    int y = top + px(28);
    const int n = int(m_view.elements.size());
    int buttonsH = 0;
    int productLines = 0;
    for (const PageElement &e : m_view.elements) {
        buttonsH += e.kind == Kind::Button ? px(54) : 0;
        productLines += e.kind == Kind::ProductCard ? 1 : 0;
    }
    productLines = std::min(productLines, 8);
    for (int i = 0; i < n && y < m_viewport.bottom() + px(4000); ++i) {
        if (m_view.elements.at(i).kind != Kind::Button)
            y = flow(i, i + 1, QRect(margin, 0, mainW, 0), y, px(12));
    }
    const int sideX = twoColumns ? margin + mainW + px(24) : margin;
    const int sideY = twoColumns ? top + px(28) : y + px(12);
    const QRect summary = QRect(sideX, sideY, sideW, px(166) + productLines * px(28) + buttonsH);
    m_pp.drawSummary(summary);
    int by = summary.bottom() - buttonsH + px(6);
    for (int i = 0; i < n; ++i) {
        if (m_view.elements.at(i).kind == Kind::Button) {
            place(i, QRect(sideX + px(20), by, sideW - px(40), px(42)));
            by += px(54);
        }
    }
}

void PageLayout::layoutError()
{
    const int w = m_area.width();
    const int colW = std::min(px(600), w - px(48));
    const int left = (w - colW) / 2;
    int y = std::max(px(40), m_area.height() / 6);
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(QPen(kMuted, px(3)));
    m_p.setBrush(Qt::NoBrush);
    const QRect doc(left, y, px(56), px(68));
    m_p.drawRoundedRect(doc, px(6), px(6));
    m_p.drawLine(doc.left() + px(16), doc.top() + px(26), doc.left() + px(22), doc.top() + px(32));
    m_p.drawLine(doc.left() + px(22), doc.top() + px(26), doc.left() + px(16), doc.top() + px(32));
    m_p.drawLine(doc.right() - px(22), doc.top() + px(26), doc.right() - px(16), doc.top() + px(32));
    m_p.drawLine(doc.right() - px(16), doc.top() + px(26), doc.right() - px(22), doc.top() + px(32));
    m_p.drawArc(QRect(doc.left() + px(16), doc.top() + px(44), px(24), px(14)), 0, 180 * 16);
    y += px(100);
    if (m_view.elements.isEmpty()) {
        drawText(QRect(left, y, colW, px(40)), QStringLiteral("This site can\u2019t be reached"), font(px(26), true),
            kText, Qt::AlignVCenter);
        return;
    }
    flow(0, int(m_view.elements.size()), QRect(left, 0, colW, 0), y, px(14));
}

} // namespace

FrameRenderer::FrameRenderer(QSize size, int jpegQuality)
    : m_size(size.boundedTo(QSize(7680, 4320)).expandedTo(QSize(160, 100)))
    , m_quality(std::clamp(jpegQuality, 1, 100))
{ }

QImage FrameRenderer::render(const PageView &view) const
{
    QImage image(m_size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = std::min(m_size.width() / 1280.0, m_size.height() / 800.0);
    BrowserChrome chrome(p, view, m_size, scale);
    chrome.paintTabStrip();
    chrome.paintAddressBar();
    chrome.paintRestoredBanner();
    const PagePainter pp(p, view, scale);
    PageLayout layout(p, pp, chrome.contentRect());
    chrome.paintHighlight(layout.paint());
    return image;
}

QByteArray FrameRenderer::renderJpeg(const PageView &view) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArrayLiteral("jpeg"));
    writer.setQuality(m_quality);
    if (!writer.write(render(view))) {
        qCWarning(lcFrames) << "JPEG encoding failed:" << writer.errorString();
        return {};
    }
    return bytes;
}

} // namespace agi::emu
