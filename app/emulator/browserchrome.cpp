#include "browserchrome.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <array>

namespace agi::emu {

namespace {

const QColor kText(0x20, 0x21, 0x24);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kBorder(0xda, 0xdc, 0xe0);
const QColor kHighlight(0xff, 0x6d, 0x00);

QFont font(qreal pixelSize, bool bold = false)
{
    return PagePainter::font(pixelSize, bold);
}

// Back, forward and reload as a browser draws them: thin strokes, forward greyed out.
void paintNavigationGlyphs(QPainter &p, const PagePainter &pp, int top, int h)
{
    const int cy = top + h / 2;
    const int a = pp.px(7);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    for (int i = 0; i < 2; ++i) {
        const int cx = pp.px(22 + i * 34);
        const int dir = i == 0 ? 1 : -1;
        p.setPen(
            QPen(i == 0 ? kMuted : QColor(0xbd, 0xc1, 0xc6), pp.px(2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(cx - a, cy, cx + a, cy);
        const QPoint head[] = {{cx - dir * a + dir * a, cy - a}, {cx - dir * a, cy}, {cx - dir * a + dir * a, cy + a}};
        p.drawPolyline(head, 3);
    }
    const QRect ring(pp.px(90) - a, cy - a, 2 * a, 2 * a);
    p.setPen(QPen(kMuted, pp.px(2), Qt::SolidLine, Qt::RoundCap));
    p.drawArc(ring, 60 * 16, 300 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(kMuted);
    const QPoint tip[] = {{ring.right() + pp.px(1.0), ring.top() - pp.px(2.0)},
        {ring.right() + pp.px(1.0), ring.top() + pp.px(5.0)}, {ring.right() - pp.px(6.0), ring.top() + pp.px(1.0)}};
    p.drawPolygon(tip, 3);
}

void paintLock(QPainter &p, const PagePainter &pp, QPoint c)
{
    p.setPen(QPen(kMuted, pp.px(1.8)));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRect(c.x() - pp.px(4), c.y() - pp.px(9), pp.px(8), pp.px(10)), 0, 180 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(kMuted);
    p.drawRoundedRect(QRect(c.x() - pp.px(6), c.y() - pp.px(3), pp.px(12), pp.px(10)), pp.px(2), pp.px(2));
}

} // namespace

BrowserChrome::BrowserChrome(QPainter &painter, const PageView &view, QSize size, qreal scale)
    : m_p(painter)
    , m_view(view)
    , m_pp(painter, view, scale)
    , m_size(size)
{ }

QRect BrowserChrome::contentRect() const
{
    return {0, m_top, m_size.width(), std::max(0, m_size.height() - m_top)};
}

void BrowserChrome::paintTabStrip()
{
    const int w = m_size.width();
    const int top = m_top;
    const int tabsH = m_pp.px(40);
    m_p.fillRect(QRect(0, top, w, tabsH), QColor(0xde, 0xe1, 0xe6));
    m_p.setRenderHint(QPainter::Antialiasing);
    const QRect tab(m_pp.px(10), top + m_pp.px(7), std::min(m_pp.px(256), w * 2 / 5), tabsH - m_pp.px(7) + m_pp.px(8));
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(Qt::white);
    m_p.drawRoundedRect(tab, m_pp.px(8), m_pp.px(8));
    const bool blank = m_view.layout == PageView::Layout::Blank && m_view.url.isEmpty();
    QString title = PagePainter::bounded(m_view.title, 300).simplified();
    if (title.isEmpty())
        title = blank ? QStringLiteral("New Tab") : PagePainter::bounded(m_view.url.host(), 100);
    m_p.setBrush(blank ? QColor(0xbd, 0xc1, 0xc6) : m_pp.accent());
    m_p.drawEllipse(QPoint(tab.left() + m_pp.px(20), top + tabsH / 2 + m_pp.px(3)), m_pp.px(7), m_pp.px(7));
    const int textTop = top + m_pp.px(7);
    const int textH = tabsH - m_pp.px(7);
    const QRect titleRect(tab.left() + m_pp.px(34), textTop, tab.width() - m_pp.px(62), textH);
    m_pp.drawText(titleRect, title, font(m_pp.px(13)), kText, Qt::AlignVCenter);
    m_pp.drawText(QRect(tab.right() - m_pp.px(24), textTop, m_pp.px(16), textH), QStringLiteral("\u00d7"),
        font(m_pp.px(15)), kMuted, Qt::AlignCenter);
    m_pp.drawText(QRect(tab.right() + m_pp.px(8), textTop, m_pp.px(24), textH), QStringLiteral("+"), font(m_pp.px(20)),
        kMuted, Qt::AlignCenter);
    const std::array<QString, 3> controls
        = {QStringLiteral("\u2013"), QStringLiteral("\u25a1"), QStringLiteral("\u00d7")};
    for (int i = 0; i < 3 && w > m_pp.px(500); ++i)
        m_pp.drawText(QRect(w - m_pp.px(46) * (3 - i), top, m_pp.px(46), tabsH), controls.at(size_t(i)),
            font(m_pp.px(15)), QColor(0x3c, 0x40, 0x43), Qt::AlignCenter);
    m_top += tabsH;
}

void BrowserChrome::paintAddressBar()
{
    const int w = m_size.width();
    const int top = m_top;
    const int barH = m_pp.px(46);
    m_p.fillRect(QRect(0, top, w, barH), Qt::white);
    m_p.fillRect(QRect(0, top + barH - 1, w, 1), kBorder);
    paintNavigationGlyphs(m_p, m_pp, top, barH);
    const QRect field(
        m_pp.px(116), top + m_pp.px(7), std::max(m_pp.px(40), w - m_pp.px(116) - m_pp.px(64)), barH - m_pp.px(14));
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(QColor(0xf1, 0xf3, 0xf4));
    const int radius = field.height() / 2;
    m_p.drawRoundedRect(field, radius, radius);
    int x = field.left() + m_pp.px(16);
    const int cy = field.center().y();
    const QString scheme = m_view.url.scheme();
    if (scheme == QLatin1String("https")) {
        paintLock(m_p, m_pp, QPoint(x + m_pp.px(6), cy));
        x += m_pp.px(24);
    } else if (scheme == QLatin1String("http")) {
        const QColor red(0xc5, 0x22, 0x1f);
        const QRect badge(x, cy - m_pp.px(7), m_pp.px(14), m_pp.px(14));
        m_p.setPen(QPen(red, m_pp.px(1.5)));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawEllipse(badge);
        m_pp.drawText(badge, QStringLiteral("!"), font(m_pp.px(10), true), red, Qt::AlignCenter);
        m_pp.drawText(QRect(badge.right() + m_pp.px(6), field.top(), m_pp.px(80), field.height()),
            QStringLiteral("Not secure"), font(m_pp.px(13)), red, Qt::AlignVCenter);
        x += m_pp.px(106);
    }
    const QRect urlRect(x, field.top(), field.right() - x - m_pp.px(14), field.height());
    if (m_view.url.isEmpty()) {
        m_pp.drawText(urlRect, QStringLiteral("Search or type a URL"), font(m_pp.px(14)), kMuted, Qt::AlignVCenter);
    } else {
        // Host in full colour, the rest muted, as browsers do to make spoofed hosts stand out.
        const QString full = PagePainter::bounded(m_view.url.toDisplayString(), 2000);
        const QString host = m_view.url.host();
        const int at = host.isEmpty() ? -1 : int(full.indexOf(host));
        const QFont f = font(m_pp.px(14));
        const QFontMetrics fm(f);
        const QString shown = fm.elidedText(full, Qt::ElideRight, urlRect.width());
        if (at < 0 || at + host.size() > shown.size()) {
            m_pp.drawText(urlRect, shown, f, kText, Qt::AlignVCenter);
        } else {
            const QString pre = shown.left(at);
            const QString mid = shown.mid(at, host.size());
            const int preW = fm.horizontalAdvance(pre);
            const int midW = fm.horizontalAdvance(mid);
            m_pp.drawText(urlRect, pre, f, kMuted, Qt::AlignVCenter);
            m_pp.drawText(urlRect.adjusted(preW, 0, 0, 0), mid, f, kText, Qt::AlignVCenter);
            m_pp.drawText(
                urlRect.adjusted(preW + midW, 0, 0, 0), shown.mid(at + host.size()), f, kMuted, Qt::AlignVCenter);
        }
    }
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(m_pp.accent().lighter(150));
    const QPoint avatar(w - m_pp.px(40), top + barH / 2);
    m_p.drawEllipse(avatar, m_pp.px(12), m_pp.px(12));
    m_p.setBrush(kMuted);
    for (int i = -1; i <= 1; ++i)
        m_p.drawEllipse(QPoint(w - m_pp.px(14), avatar.y() + i * m_pp.px(6)), m_pp.px(2), m_pp.px(2));
    m_top += barH;
}

// Teal, with an icon, impossible to miss: a restored session must never pass for a fresh one.
void BrowserChrome::paintRestoredBanner()
{
    if (m_view.restoredFrom.isEmpty())
        return;
    const int w = m_size.width();
    const QRect bar(0, m_top, w, m_pp.px(40));
    const QColor teal(0x00, 0x79, 0x6b);
    m_p.fillRect(bar, QColor(0xd4, 0xf1, 0xec));
    m_p.fillRect(QRect(0, bar.top(), m_pp.px(5), bar.height()), teal);
    m_p.fillRect(QRect(0, bar.bottom(), w, std::max(1, m_pp.px(2))), teal);
    m_p.setRenderHint(QPainter::Antialiasing);
    const QRect icon(m_pp.px(18), bar.center().y() - m_pp.px(11), m_pp.px(22), m_pp.px(22));
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(teal);
    m_p.drawEllipse(icon);
    m_p.setPen(QPen(Qt::white, m_pp.px(2), Qt::SolidLine, Qt::RoundCap));
    m_p.setBrush(Qt::NoBrush);
    const QRect ring = icon.adjusted(m_pp.px(6), m_pp.px(6), -m_pp.px(6), -m_pp.px(6));
    m_p.drawArc(ring, 90 * 16, 270 * 16);
    m_p.drawLine(ring.center().x(), ring.top(), ring.center().x() - m_pp.px(3), ring.top() - m_pp.px(2));
    m_p.drawLine(ring.center().x(), ring.top(), ring.center().x() - m_pp.px(2), ring.top() + m_pp.px(3));
    m_pp.drawText(QRect(icon.right() + m_pp.px(12), bar.top(), w - icon.right() - m_pp.px(30), bar.height()),
        PagePainter::bounded(m_view.restoredFrom, 400).simplified(), font(m_pp.px(14), true), QColor(0x00, 0x4d, 0x40),
        Qt::AlignVCenter);
    m_top += bar.height() + std::max(1, m_pp.px(2));
}

void BrowserChrome::paintHighlight(QRect target) const
{
    const QRect area = contentRect();
    if (target.isNull() || !target.intersects(area))
        return;
    m_p.save();
    m_p.setClipRect(area);
    m_p.setRenderHint(QPainter::Antialiasing);
    const QRect box = target.adjusted(-m_pp.px(4), -m_pp.px(4), m_pp.px(4), m_pp.px(4));
    QColor fill = kHighlight;
    fill.setAlpha(40);
    m_p.setPen(QPen(kHighlight, std::max(2, m_pp.px(3))));
    m_p.setBrush(fill);
    m_p.drawRoundedRect(box, m_pp.px(6), m_pp.px(6));

    const QPoint tip(std::clamp(box.center().x(), area.left() + m_pp.px(4), area.right() - m_pp.px(30)),
        std::clamp(box.center().y(), area.top() + m_pp.px(4), area.bottom() - m_pp.px(30)));
    const QString &action = m_view.agentAction;
    if (action.startsWith(QLatin1String("click"))) {
        m_p.setPen(QPen(kHighlight, m_pp.px(2)));
        m_p.setBrush(QColor(0xff, 0x6d, 0x00, 60));
        m_p.drawEllipse(tip, m_pp.px(14), m_pp.px(14));
    }
    const QString label = PagePainter::bounded(action, 120).simplified();
    if (!label.isEmpty()) {
        const QFont f = font(m_pp.px(13), true);
        const int lw = std::min(QFontMetrics(f).horizontalAdvance(label) + m_pp.px(24), area.width() - m_pp.px(8));
        const int lh = m_pp.px(24);
        int ly = box.top() - lh - m_pp.px(4);
        if (ly < area.top() + m_pp.px(2))
            ly = std::min(box.bottom() + m_pp.px(4), area.bottom() - lh - m_pp.px(2));
        const int lx
            = std::clamp(box.left(), area.left() + m_pp.px(4), std::max(area.left(), area.right() - lw - m_pp.px(4)));
        const QRect pill(lx, ly, lw, lh);
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(kHighlight);
        m_p.drawRoundedRect(pill, m_pp.px(5), m_pp.px(5));
        m_pp.drawText(pill.adjusted(m_pp.px(10), 0, -m_pp.px(10), 0), label, f, Qt::white, Qt::AlignVCenter);
    }
    // A classic arrow cursor, its tip on the target.
    const qreal u = m_pp.px(100) / 100.0 * 1.25;
    static const std::array<QPointF, 7> arrow
        = {{{0, 0}, {0, 17}, {4.5, 13}, {7.5, 20}, {10.5, 18.8}, {7.5, 12}, {13, 12}}};
    QPolygonF cursor;
    for (const QPointF &pt : arrow)
        cursor << QPointF(tip) + pt * u;
    m_p.setPen(QPen(Qt::black, std::max(1.0, 1.2 * u), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    m_p.setBrush(Qt::white);
    m_p.drawPolygon(cursor);
    m_p.restore();
}

} // namespace agi::emu
