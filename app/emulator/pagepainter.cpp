#include "pagepainter.h"

#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace agi::emu {

namespace {

using Kind = PageElement::Kind;

const QColor kText(0x20, 0x21, 0x24);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kBorder(0xda, 0xdc, 0xe0);
const QColor kPanel(0xf6, 0xf7, 0xf9);

QStringList cells(const PageElement &e)
{
    return PagePainter::bounded(e.text).split(QLatin1Char('\t'));
}

bool looksLikeHeader(const QStringList &c)
{
    return std::none_of(c.cbegin(), c.cend(),
        [](const QString &s) { return std::any_of(s.cbegin(), s.cend(), [](QChar ch) { return ch.isDigit(); }); });
}

double priceValue(const QString &s)
{
    static const QRegularExpression number(QStringLiteral("(\\d+(?:[.,]\\d{1,2})?)"));
    const auto m = number.match(s);
    return m.hasMatch() ? m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble() : 0.0;
}

} // namespace

quint32 PagePainter::mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

QString PagePainter::bounded(const QString &s, int max)
{
    return s.size() > max ? s.left(max) + QChar(0x2026) : s;
}

QString PagePainter::siteName(const QUrl &url)
{
    QString host = url.host();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    QString name = host.section(QLatin1Char('.'), 0, 0);
    if (name.isEmpty())
        return QStringLiteral("Website");
    name[0] = name[0].toUpper();
    return bounded(name, 40);
}

QFont PagePainter::font(qreal pixelSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(6, qRound(pixelSize)));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

QColor PagePainter::accentFor(quint32 seed)
{
    static const std::array<QRgb, 10> palette
        = {0x1a73e8, 0xd93025, 0x188038, 0x8430ce, 0x00897b, 0xc2185b, 0x3949ab, 0x6d4c41, 0x0277bd, 0x5e35b1};
    return {palette.at(mix(seed) % palette.size())};
}

PagePainter::PagePainter(QPainter &painter, const PageView &view, qreal scale)
    : m_p(painter)
    , m_view(view)
    , m_scale(scale)
    , m_accent(accentFor(view.seed))
{ }

int PagePainter::px(qreal v) const
{
    return qRound(v * m_scale);
}

QRect PagePainter::fitText(const QString &text, const QFont &f, int width, int maxLines) const
{
    const QFontMetrics fm(f);
    QRect r = fm.boundingRect(QRect(0, 0, std::max(1, width), 100000), Qt::TextWordWrap, text);
    r.setHeight(std::min(r.height(), fm.lineSpacing() * maxLines));
    return r;
}

void PagePainter::drawText(QRect r, const QString &text, const QFont &f, QColor c, int flags) const
{
    m_p.setFont(f);
    m_p.setPen(c);
    if (flags & Qt::TextWordWrap) {
        m_p.drawText(r, flags, text);
        return;
    }
    m_p.drawText(r, flags, QFontMetrics(f).elidedText(text, Qt::ElideRight, r.width()));
}

int PagePainter::elementHeight(const PageElement &e, int width) const
{
    const QString text = bounded(e.text);
    switch (e.kind) {
    case Kind::Heading:
        return fitText(text, font(px(26), true), width, 3).height() + px(14);
    case Kind::Paragraph:
        return fitText(text, font(px(15)), width, 12).height() + px(6);
    case Kind::Link:
        return px(24);
    case Kind::Button:
        return px(42);
    case Kind::TextField:
        return px(70);
    case Kind::Checkbox:
        return px(28);
    case Kind::Image:
        return std::min(width * 9 / 16, px(340)) + px(24);
    case Kind::ResultCard:
        return px(22) + px(26) + fitText(bounded(e.detail), font(px(14)), width, 2).height() + px(8);
    case Kind::ProductCard:
        return px(96);
    case Kind::TableRow:
        return px(56);
    case Kind::Notice:
        return fitText(text, font(px(14), true), width - px(56), 3).height() + px(24);
    }
    return px(24);
}

int PagePainter::drawSiteHeader(int w, bool withSearch) const
{
    const int h = px(64);
    const bool filled = (mix(m_view.seed ^ 0x51u) & 1u) != 0;
    m_p.fillRect(QRect(0, 0, w, h), filled ? m_accent : QColor(Qt::white));
    m_p.fillRect(QRect(0, h - 1, w, 1), filled ? m_accent.darker(120) : kBorder);
    const QColor fg = filled ? QColor(Qt::white) : kText;
    const QRect logo(px(32), px(16), px(32), px(32));
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(filled ? QColor(Qt::white) : m_accent);
    m_p.drawRoundedRect(logo, px(8), px(8));
    const QString name = siteName(m_view.url);
    drawText(logo, name.left(1), font(px(18), true), filled ? m_accent : QColor(Qt::white), Qt::AlignCenter);
    const int nameW = std::min(px(220), QFontMetrics(font(px(20), true)).horizontalAdvance(name) + px(4));
    drawText(QRect(logo.right() + px(12), 0, nameW, h), name, font(px(20), true), fg, Qt::AlignVCenter);
    int x = logo.right() + px(12) + nameW + px(32);
    if (withSearch && w > px(700)) {
        const QRect box(x, px(14), std::min(px(420), w - x - px(320)), px(36));
        m_p.setBrush(filled ? QColor(Qt::white) : kPanel);
        m_p.setPen(filled ? Qt::NoPen : QPen(kBorder));
        m_p.drawRoundedRect(box, px(18), px(18));
        drawText(box.adjusted(px(18), 0, -px(8), 0), QStringLiteral("Search %1").arg(name), font(px(14)), kMuted,
            Qt::AlignVCenter);
    }
    const std::array<QString, 3> links = {QStringLiteral("Help"), QStringLiteral("Deals"), QStringLiteral("Sign in")};
    x = w - px(32);
    for (const QString &l : links) {
        const int lw = QFontMetrics(font(px(14))).horizontalAdvance(l);
        x -= lw;
        if (x < px(420))
            break;
        drawText(QRect(x, 0, lw + 1, h), l, font(px(14)), fg, Qt::AlignVCenter);
        x -= px(28);
    }
    return h;
}

void PagePainter::drawElement(const PageElement &e, QRect r, int index) const
{
    switch (e.kind) {
    case Kind::Heading:
        drawText(r.adjusted(0, px(6), 0, 0), bounded(e.text), font(px(26), true), kText, Qt::TextWordWrap);
        break;
    case Kind::Paragraph:
        drawText(r, bounded(e.text), font(px(15)), QColor(0x3c, 0x40, 0x43), Qt::TextWordWrap);
        break;
    case Kind::Link: {
        QFont f = font(px(15));
        f.setUnderline(true);
        drawText(r, bounded(e.text, 200), f, m_accent, Qt::AlignVCenter);
        break;
    }
    case Kind::Button:
        drawButton(r, bounded(e.text, 60), true);
        break;
    case Kind::TextField:
        drawTextField(r, e);
        break;
    case Kind::Checkbox:
        drawCheckbox(r, e);
        break;
    case Kind::Image:
        drawPicture(r.adjusted(0, 0, 0, -px(24)), quint32(index) * 7919u, false);
        drawText(QRect(r.left(), r.bottom() - px(20), r.width(), px(20)), bounded(e.text, 200), font(px(12)), kMuted,
            Qt::AlignVCenter);
        break;
    case Kind::ResultCard:
        drawResultCard(r, e);
        break;
    case Kind::ProductCard:
        drawProductCard(r, e, index);
        break;
    case Kind::TableRow:
        drawTableRow(r, e, index);
        break;
    case Kind::Notice:
        drawNotice(r, e);
        break;
    }
}

void PagePainter::drawButton(QRect r, const QString &text, bool primary) const
{
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(primary ? QPen(Qt::NoPen) : QPen(m_accent, std::max(1, px(1.5))));
    m_p.setBrush(primary ? m_accent : QColor(Qt::white));
    m_p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), px(8), px(8));
    drawText(r.adjusted(px(8), 0, -px(8), 0), text, font(px(15), true), primary ? QColor(Qt::white) : m_accent,
        Qt::AlignCenter);
}

void PagePainter::drawTextField(QRect r, const PageElement &e) const
{
    drawText(
        QRect(r.left(), r.top(), r.width(), px(22)), bounded(e.text, 120), font(px(13), true), kText, Qt::AlignVCenter);
    const QRect box(r.left(), r.top() + px(26), r.width(), px(42));
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(QPen(e.detail.isEmpty() ? kBorder : m_accent.lighter(140), std::max(1, px(1.5))));
    m_p.setBrush(Qt::white);
    m_p.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), px(6), px(6));
    const QRect inner = box.adjusted(px(14), 0, -px(14), 0);
    if (e.detail.isEmpty()) {
        drawText(inner, QStringLiteral("Enter %1").arg(bounded(e.text, 60).toLower()), font(px(15)),
            QColor(0x9a, 0xa0, 0xa6), Qt::AlignVCenter);
        return;
    }
    const QString value = bounded(e.detail, 300);
    const QFont f = font(px(15));
    drawText(inner, value, f, kText, Qt::AlignVCenter);
    // A text cursor after the typed value, as a browser shows in the focused field.
    const int cx = inner.left() + std::min(QFontMetrics(f).horizontalAdvance(value) + px(2), inner.width());
    m_p.fillRect(QRect(cx, box.top() + px(11), std::max(1, px(1.5)), box.height() - px(22)), kText);
}

void PagePainter::drawCheckbox(QRect r, const PageElement &e) const
{
    const bool checked = e.detail == QLatin1String("checked");
    const QRect box(r.left(), r.center().y() - px(9), px(18), px(18));
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(QPen(checked ? m_accent : kMuted, std::max(1, px(1.5))));
    m_p.setBrush(checked ? m_accent : QColor(Qt::white));
    m_p.drawRoundedRect(box, px(3), px(3));
    if (checked) {
        m_p.setPen(QPen(Qt::white, px(2.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPoint tick[] = {{box.left() + px(4.0), box.center().y()}, {box.left() + px(7.5), box.bottom() - px(4.5)},
            {box.right() - px(3.5), box.top() + px(4.5)}};
        m_p.drawPolyline(tick, 3);
    }
    drawText(r.adjusted(px(28), 0, 0, 0), bounded(e.text, 200), font(px(14)), kText, Qt::AlignVCenter);
}

void PagePainter::drawPicture(QRect r, quint32 salt, bool product) const
{
    const quint32 h = mix(m_view.seed * 2654435761u ^ salt);
    const int hue = int(h % 360);
    const int hue2 = (hue + 40 + int((h >> 9) % 100)) % 360;
    m_p.save();
    m_p.setClipRect(r, Qt::IntersectClip);
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(Qt::NoPen);
    QLinearGradient bg(r.topLeft(), r.bottomRight());
    if (product) {
        bg.setColorAt(0, QColor::fromHsv(hue, 25, 250));
        bg.setColorAt(1, QColor::fromHsv(hue, 45, 232));
        m_p.fillRect(r, bg);
        const int d = std::min(r.width(), r.height()) * 3 / 5;
        const QRect body(r.center().x() - d / 2, r.center().y() - d / 2, d, d);
        m_p.setBrush(QColor(0, 0, 0, 30));
        m_p.drawEllipse(QRect(body.left() + d / 8, body.bottom() - d / 10, d * 3 / 4, d / 6));
        QLinearGradient shade(body.topLeft(), body.bottomRight());
        shade.setColorAt(0, QColor::fromHsv(hue2, 150, 240));
        shade.setColorAt(1, QColor::fromHsv(hue2, 200, 150));
        m_p.setBrush(shade);
        const int radius = d / 6;
        if ((h >> 20) & 1u)
            m_p.drawRoundedRect(body.adjusted(d / 10, 0, -d / 10, -d / 12), radius, radius);
        else
            m_p.drawEllipse(body.adjusted(0, 0, 0, -d / 12));
        m_p.setBrush(QColor(255, 255, 255, 90));
        m_p.drawEllipse(QRect(body.left() + d / 5, body.top() + d / 6, d / 4, d / 6));
    } else {
        bg.setColorAt(0, QColor::fromHsv(hue, 90, 250));
        bg.setColorAt(1, QColor::fromHsv(hue2, 120, 210));
        m_p.fillRect(r, bg);
        const int sun = r.height() / 5;
        m_p.setBrush(QColor(255, 244, 214, 230));
        m_p.drawEllipse(
            QPoint(r.left() + r.width() * int(20 + (h >> 11) % 60) / 100, r.top() + r.height() / 3), sun, sun);
        for (int layer = 0; layer < 3; ++layer) {
            QPainterPath hills(QPointF(r.left(), r.bottom() + 1));
            const int peaks = 3 + int((h >> (layer * 3)) % 3);
            for (int k = 0; k <= peaks; ++k) {
                const int jitter = int(mix(h + quint32(layer * 31 + k)) % 100);
                const qreal top = r.top() + r.height() * (0.35 + 0.18 * layer + 0.0022 * jitter);
                hills.lineTo(r.left() + r.width() * (k / qreal(peaks)), top);
            }
            hills.lineTo(r.right() + 1, r.bottom() + 1);
            m_p.setBrush(QColor::fromHsv((hue2 + layer * 25) % 360, 90 + layer * 40, 190 - layer * 45));
            m_p.drawPath(hills);
        }
    }
    m_p.restore();
}

void PagePainter::drawResultCard(QRect r, const PageElement &e) const
{
    const QString title = bounded(e.text, 200);
    const QString slug = title.toLower().simplified().replace(QLatin1Char(' '), QLatin1Char('-')).left(40);
    const QString host = m_view.url.host().isEmpty() ? QStringLiteral("example.com") : m_view.url.host();
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(QColor::fromHsv(int(mix(quint32(qHash(title))) % 360), 80, 230));
    m_p.drawEllipse(QRect(r.left(), r.top() + px(2), px(18), px(18)));
    drawText(QRect(r.left() + px(26), r.top(), r.width() - px(26), px(22)),
        QStringLiteral("https://%1 › %2").arg(host, slug), font(px(12)), kMuted, Qt::AlignVCenter);
    drawText(QRect(r.left(), r.top() + px(22), r.width(), px(26)), title, font(px(19)), QColor(0x1a, 0x0d, 0xab),
        Qt::AlignVCenter);
    drawText(QRect(r.left(), r.top() + px(50), r.width(), r.height() - px(50)), bounded(e.detail), font(px(14)),
        QColor(0x4d, 0x51, 0x56), Qt::TextWordWrap);
}

void PagePainter::drawProductCard(QRect r, const PageElement &e, int index) const
{
    const bool inGrid = m_view.layout == PageView::Layout::ProductGrid;
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(QPen(kBorder, 1));
    m_p.setBrush(Qt::white);
    m_p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), px(10), px(10));
    const QRect pic = inGrid ? QRect(r.left() + px(10), r.top() + px(10), r.width() - px(20), r.width() * 3 / 5)
                             : QRect(r.left() + px(12), r.top() + px(12), r.height() - px(24), r.height() - px(24));
    drawPicture(pic, quint32(qHash(e.text)) + quint32(index), true);
    const QRect text = inGrid
        ? QRect(r.left() + px(14), pic.bottom() + px(10), r.width() - px(28), px(40))
        : QRect(pic.right() + px(16), r.top() + px(14), r.width() - pic.width() - px(160), px(40));
    drawText(text, bounded(e.text, 160), font(px(15), true), kText, Qt::TextWordWrap);
    const QRect price = inGrid ? QRect(text.left(), text.bottom() + px(6), text.width(), px(26))
                               : QRect(r.right() - px(130), r.top(), px(116), r.height());
    drawText(price, bounded(e.detail, 40), font(px(19), true), inGrid ? kText : m_accent.darker(110),
        inGrid ? int(Qt::AlignVCenter) : int(Qt::AlignVCenter | Qt::AlignRight));
    if (inGrid) {
        const int stars = 3 + int(mix(quint32(index) ^ m_view.seed) % 3);
        drawText(QRect(price.left(), price.top(), price.width(), price.height()), QString(stars, QChar(0x2605)),
            font(px(13)), QColor(0xf2, 0x99, 0x00), Qt::AlignVCenter | Qt::AlignRight);
        drawButton(QRect(r.left() + px(14), r.bottom() - px(48), r.width() - px(28), px(36)),
            QStringLiteral("Add to cart"), true);
    } else {
        drawText(QRect(text.left(), text.bottom() + px(4), text.width(), px(20)), QStringLiteral("In stock · Qty 1"),
            font(px(13)), QColor(0x18, 0x80, 0x38), Qt::AlignVCenter);
    }
}

void PagePainter::drawTableRow(QRect r, const PageElement &e, int index) const
{
    const QStringList c = cells(e);
    const bool header = looksLikeHeader(c);
    m_p.fillRect(r, header ? kPanel : (index % 2 ? QColor(0xfb, 0xfb, 0xfc) : QColor(Qt::white)));
    m_p.fillRect(QRect(r.left(), r.bottom(), r.width(), 1), kBorder);
    // The first column (an airline, a product) gets more room than the numbers after it.
    const int n = int(c.size());
    const int unit = (r.width() - px(126)) * 2 / (2 * n + (n > 1 ? 1 : 0));
    for (int i = 0; i < n; ++i) {
        const int x = r.left() + px(16) + (i == 0 ? 0 : i * unit + unit / 2);
        QRect cell(x, r.top(), (i == 0 && n > 1 ? unit * 3 / 2 : unit) - px(12), r.height());
        const bool last = i == n - 1 && n > 1;
        if (!header && i == 0) {
            m_p.setRenderHint(QPainter::Antialiasing);
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(QColor::fromHsv(int(mix(quint32(qHash(c.at(0)))) % 360), 150, 190));
            const QRect logo(cell.left(), cell.center().y() - px(14), px(28), px(28));
            m_p.drawEllipse(logo);
            drawText(logo, c.at(0).left(2).toUpper(), font(px(11), true), Qt::white, Qt::AlignCenter);
            cell.setLeft(logo.right() + px(10));
        }
        const QFont f = header ? font(px(12), true) : font(last ? px(17) : px(15), last || i == 0);
        drawText(cell, header ? c.at(i).toUpper() : c.at(i), f, header ? kMuted : (last ? m_accent.darker(120) : kText),
            Qt::AlignVCenter | (last ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (!header)
        drawButton(
            QRect(r.right() - px(100), r.center().y() - px(17), px(88), px(34)), QStringLiteral("Select"), false);
}

void PagePainter::drawNotice(QRect r, const PageElement &e) const
{
    const QString text = bounded(e.text);
    const QString lower = text.toLower();
    const bool bad = lower.contains(QLatin1String("error")) || lower.contains(QLatin1String("fail"))
        || lower.contains(QLatin1String("invalid")) || m_view.layout == PageView::Layout::ErrorPage;
    const QColor tone = bad ? QColor(0xc5, 0x22, 0x1f) : QColor(0x13, 0x73, 0x33);
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(QPen(tone.lighter(170), 1));
    m_p.setBrush(bad ? QColor(0xfc, 0xe8, 0xe6) : QColor(0xe6, 0xf4, 0xea));
    m_p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), px(8), px(8));
    const QRect icon(r.left() + px(16), r.top() + px(13), px(22), px(22));
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(tone);
    m_p.drawEllipse(icon);
    drawText(icon, bad ? QStringLiteral("!") : QStringLiteral("✓"), font(px(14), true), Qt::white, Qt::AlignCenter);
    drawText(r.adjusted(px(50), px(12), -px(12), -px(8)), text, font(px(14), true), tone.darker(130), Qt::TextWordWrap);
}

void PagePainter::drawSummary(QRect r) const
{
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(QPen(kBorder, 1));
    m_p.setBrush(Qt::white);
    m_p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), px(10), px(10));
    const QRect inner = r.adjusted(px(20), px(16), -px(20), 0);
    drawText(QRect(inner.left(), inner.top(), inner.width(), px(28)), QStringLiteral("Order summary"),
        font(px(18), true), kText, Qt::AlignVCenter);
    int y = inner.top() + px(40);
    double total = 0;
    QString currency;
    int lines = 0;
    for (const PageElement &e : m_view.elements) {
        if (e.kind != Kind::ProductCard)
            continue;
        total += priceValue(e.detail);
        if (currency.isEmpty())
            currency = e.detail.section(QRegularExpression(QStringLiteral("\\d")), 0, 0).trimmed().left(3);
        if (++lines > 8)
            continue;
        const QRect line(inner.left(), y, inner.width(), px(28));
        drawText(line.adjusted(0, 0, -px(90), 0), bounded(e.text, 100), font(px(14)), kMuted, Qt::AlignVCenter);
        drawText(line, bounded(e.detail, 20), font(px(14)), kText, Qt::AlignVCenter | Qt::AlignRight);
        y += px(28);
    }
    drawText(QRect(inner.left(), y, inner.width(), px(28)), QStringLiteral("Shipping"), font(px(14)), kMuted,
        Qt::AlignVCenter);
    drawText(QRect(inner.left(), y, inner.width(), px(28)), QStringLiteral("Free"), font(px(14)),
        QColor(0x18, 0x80, 0x38), Qt::AlignVCenter | Qt::AlignRight);
    y += px(36);
    m_p.fillRect(QRect(inner.left(), y, inner.width(), 1), kBorder);
    const QRect totalLine(inner.left(), y + px(8), inner.width(), px(32));
    drawText(totalLine, QStringLiteral("Total"), font(px(17), true), kText, Qt::AlignVCenter);
    drawText(totalLine, currency + QString::number(total, 'f', 2), font(px(17), true), kText,
        Qt::AlignVCenter | Qt::AlignRight);
}

} // namespace agi::emu
