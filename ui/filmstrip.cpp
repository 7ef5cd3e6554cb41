#include "filmstrip.h"

#include "live/framehistory.h"
#include "live/framepoller.h"
#include "live/imageheader.h"
#include "live/livesession.h"
#include "live/messagefeed.h"
#include "model/messagemodel.h"
#include "tones.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace agi {

namespace {

constexpr int thumbHeight = 54;
constexpr int markerRow = 16;
constexpr int margin = 6;
constexpr int maximumCached = 400;
constexpr int markerRadius = 4;
constexpr int markerCentre = markerRadius + 2; // a sprite is 2 * markerCentre + 1 pixels square
constexpr int highlightWidth = 3;
constexpr int highlightTick = 5; // the viewed frame's tick reaches this far above and below the axis
constexpr qint64 shortestSpanMs = 1000;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// The four sides, `width` pixels thick, of a frame just inside `box`.
template<typename Rects> void appendFrame(Rects &rects, const QRect &box, int width)
{
    rects.append(QRect(box.left(), box.top(), box.width(), width));
    rects.append(QRect(box.left(), box.bottom() - width + 1, box.width(), width));
    rects.append(QRect(box.left(), box.top() + width, width, box.height() - 2 * width));
    rects.append(QRect(box.right() - width + 1, box.top() + width, width, box.height() - 2 * width));
}

} // namespace

int Filmstrip::Axis::xOf(const QDateTime &moment) const
{
    const qint64 ms = std::clamp<qint64>(start.msecsTo(moment), 0, spanMs);
    return left + int(double(ms) * width / double(spanMs));
}

Filmstrip::Filmstrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filmstrip"));
    setFocusPolicy(Qt::NoFocus);
    setMouseTracking(false);
    setToolTip(tr("Frames of this session over time: click or drag to go back, End returns to live"));
    // Its full height when there is room; a short window may squeeze it (down to the marker row)
    // rather than be kept from getting shorter.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    // paintEvent fills every pixel: the window behind it need not be painted first.
    setAttribute(Qt::WA_OpaquePaintEvent);
}

Filmstrip::~Filmstrip() = default;

QSize Filmstrip::sizeHint() const
{
    return {400, thumbHeight + markerRow + 3 * margin};
}

QSize Filmstrip::minimumSizeHint() const
{
    return {100, markerRow + 2 * margin};
}

void Filmstrip::setSession(LiveSession *session)
{
    if (session == m_session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->feed()->messages(), nullptr, this, nullptr);
    }
    m_session = session;
    m_thumbs.clear();
    m_markersStale = true;
    m_current = 0;
    if (session) {
        connect(session, &QObject::destroyed, this, [this] {
            m_session = nullptr;
            m_thumbs.clear();
            relayout();
        });
        connect(session, &LiveSession::historyChanged, this, [this] {
            requestThumbnails();
            relayout();
        });
        MessageModel *messages = session->feed()->messages();
        const auto messagesChanged = [this] {
            m_markersStale = true;
            invalidate(QRect(0, markerY() - markerCentre - 1, width(), 2 * markerCentre + 3));
        };
        connect(messages, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onMessagesInserted(first, last); });
        connect(messages, &QAbstractItemModel::rowsRemoved, this, messagesChanged);
        connect(messages, &QAbstractItemModel::dataChanged, this, messagesChanged);
        connect(messages, &QAbstractItemModel::modelReset, this, messagesChanged);
    }
    m_requestedBox = {};
    requestThumbnails();
    relayout();
}

void Filmstrip::onMessagesInserted(int first, int last)
{
    m_markersStale = true;
    const MessageModel *messages = m_session->feed()->messages();
    const Axis &ax = m_layout.axis;
    const QDateTime end = ax.start.addMSecs(ax.spanMs);
    QRegion changed;
    for (int row = first; row <= last; ++row) {
        const QDateTime time = messages->messageAt(row).timestamp;
        if (m_layout.count > 0 && time.isValid() && time >= ax.start && time <= end)
            changed += markerBox(ax.xOf(time));
    }
    invalidate(changed);
}

void Filmstrip::requestThumbnails()
{
    if (!m_session)
        return;
    const QSize box = thumbSize() * devicePixelRatioF();
    if (box == m_requestedBox)
        return;
    m_requestedBox = box;
    m_session->poller()->setThumbnailBox(box);
}

QImage Filmstrip::madeThumbnail(const FrameHistory::Entry &entry, QSize fitted) const
{
    const Frame latest = m_session->poller()->frame();
    const QDateTime changedAt = latest.changedAt.isValid() ? latest.changedAt : latest.capturedAt;
    if (latest.thumbnail.size() != fitted || changedAt != entry.changedAt || latest.sourceSize != entry.size
        || latest.encoded.size() != entry.bytes)
        return {};
    return latest.thumbnail;
}

void Filmstrip::setCurrentSequence(qint64 sequence)
{
    if (sequence == m_current)
        return;
    m_current = sequence;
    relayout();
}

QSize Filmstrip::thumbSize() const
{
    QSize source(16, 9);
    if (m_session && !m_session->history().isEmpty() && m_session->history().last().size.isValid())
        source = m_session->history().last().size;
    const int width = std::clamp(thumbHeight * source.width() / std::max(1, source.height()), 24, 160);
    return {width, thumbHeight};
}

Filmstrip::Axis Filmstrip::axis() const
{
    Axis out;
    out.left = margin;
    out.width = std::max(1, width() - 2 * margin - thumbSize().width());
    if (!m_session || m_session->history().isEmpty())
        return out;
    // The span comes from a fixed series (a second, growing by a tenth at each step) and starts at
    // a whole multiple of a sixteenth of it: while frames arrive the axis stays the same until the
    // newest passes its end, so what is drawn stays where it is.
    const FrameHistory &history = m_session->history();
    const qint64 first = history.at(0).changedAt.toMSecsSinceEpoch();
    const qint64 last = std::max(first, history.last().changedAt.toMSecsSinceEpoch());
    qint64 span = shortestSpanMs;
    qint64 start = 0;
    for (;;) {
        const qint64 grain = span / 16;
        start = first - ((first % grain) + grain) % grain;
        if (last - start <= span)
            break;
        span += span / 10;
    }
    out.start = QDateTime::fromMSecsSinceEpoch(start, history.at(0).changedAt.timeSpec());
    out.spanMs = span;
    return out;
}

Filmstrip::Layout Filmstrip::layOut() const
{
    Layout out;
    out.axis = axis();
    out.thumb = thumbSize();
    if (!m_session || m_session->history().isEmpty())
        return out;
    const FrameHistory &history = m_session->history();
    const Axis &ax = out.axis;
    out.count = history.size();
    const auto place = [&](int index) {
        return Placed {history.at(index).sequence, ax.xOf(history.at(index).changedAt)};
    };
    out.first = place(0);
    out.last = place(out.count - 1);
    int current = m_current > 0 ? history.indexOfSequence(m_current) : -1;
    out.current = place(current < 0 ? out.count - 1 : current);

    // Thumbnails from the oldest on, each where its frame first showed, skipped where it would
    // cover the one before it; the newest is always drawn, and those it would cover are not.
    int nextFree = std::numeric_limits<int>::min();
    for (int i = 0; i < out.count - 1; ++i) {
        const Placed placed = place(i);
        if (placed.x < nextFree)
            continue;
        out.thumbs.append(placed);
        nextFree = placed.x + out.thumb.width() + 2;
    }
    while (!out.thumbs.isEmpty() && out.thumbs.constLast().x + out.thumb.width() + 2 > out.last.x)
        out.thumbs.removeLast();
    out.thumbs.append(out.last);
    return out;
}

void Filmstrip::followHistory()
{
    // The history can lose its oldest frames without a signal (the bound over all sessions).
    const int count = m_session ? m_session->history().size() : 0;
    const bool same = count == m_layout.count
        && (count == 0
            || (m_session->history().at(0).sequence == m_layout.first.sequence
                && m_session->history().last().sequence == m_layout.last.sequence));
    if (!same)
        relayout();
}

void Filmstrip::relayout()
{
    Layout next = layOut();
    const QRegion changed = changedBetween(m_layout, next);
    m_layout = std::move(next);
    invalidate(changed);
}

void Filmstrip::invalidate(const QRegion &region)
{
    if (region.isEmpty())
        return;
    m_stale += region;
    update(region);
}

QRegion Filmstrip::changedBetween(const Layout &before, const Layout &after) const
{
    if (before.count == 0 || after.count == 0 || before.axis != after.axis || before.thumb != after.thumb) {
        return rect();
    }
    QRegion changed;
    // Thumbnails that came or went (both lists run from the oldest frame on).
    auto b = before.thumbs.cbegin();
    auto a = after.thumbs.cbegin();
    while (b != before.thumbs.cend() || a != after.thumbs.cend()) {
        if (a == after.thumbs.cend() || (b != before.thumbs.cend() && b->sequence < a->sequence)) {
            changed += thumbnailBox((b++)->x);
        } else if (b == before.thumbs.cend() || a->sequence < b->sequence) {
            changed += thumbnailBox((a++)->x);
        } else {
            if (a->x != b->x) {
                changed += thumbnailBox(a->x);
                changed += thumbnailBox(b->x);
            }
            ++a;
            ++b;
        }
    }
    if (before.current != after.current) {
        changed += highlightArea(before.current);
        changed += highlightArea(after.current);
    }
    // Ticks and page markers of frames dropped at the front and of frames added at the end.
    const int below = axisY() - highlightTick;
    const auto columns = [&](int from, int to) {
        return QRect(from - markerCentre - 1, below, to - from + 2 * markerCentre + 3, height() - below);
    };
    if (before.first != after.first)
        changed += columns(before.first.x, after.first.x);
    if (before.last != after.last)
        changed += columns(before.last.x, after.last.x);
    return changed;
}

QRect Filmstrip::thumbnailBox(int x) const
{
    return {x, margin, m_layout.thumb.width(), m_layout.thumb.height()};
}

QRegion Filmstrip::highlightArea(const Placed &current) const
{
    QRegion area(thumbnailBox(current.x));
    area += QRect(current.x, axisY() - highlightTick, 1, 2 * highlightTick + 1);
    return area;
}

int Filmstrip::axisY() const
{
    return margin + thumbHeight + margin / 2;
}

int Filmstrip::markerY() const
{
    return axisY() + markerRow / 2 + 2;
}

QRect Filmstrip::markerBox(int x) const
{
    return {x - markerCentre - 1, markerY() - markerCentre - 1, 2 * markerCentre + 3, 2 * markerCentre + 3};
}

int Filmstrip::xOfSequence(qint64 sequence) const
{
    if (!m_session)
        return -1;
    const int index = m_session->history().indexOfSequence(sequence);
    return index < 0 ? -1 : axis().xOf(m_session->history().at(index).changedAt);
}

QImage Filmstrip::thumbnail(int index)
{
    const FrameHistory &history = m_session->history();
    const FrameHistory::Entry &entry = history.at(index);
    if (m_thumbs.contains(entry.sequence))
        return m_thumbs.value(entry.sequence);
    if (m_thumbs.size() >= maximumCached)
        m_thumbs.clear(); // rare: the strip shows far fewer; start again with what is drawn now
    const qreal ratio = devicePixelRatioF();
    const QSize box = thumbSize() * ratio;
    if (index == history.size() - 1 && entry.size.isValid()) {
        QImage made = madeThumbnail(entry, ImageDecoder::fittedSize(entry.size, box));
        if (!made.isNull()) {
            m_thumbs.insert(entry.sequence, made);
            return made;
        }
    }
    const QByteArray bytes = history.encoded(index);
    const ImageHeader::Format format = ImageHeader::sniff(bytes);
    QSize source = entry.size.isValid() ? entry.size : ImageHeader::readSize(bytes, format);
    QImage image;
    if (format != ImageHeader::Format::Unknown && source.isValid()) {
        QString error;
        image = m_decoder.decode(bytes, format, source, ImageDecoder::fittedSize(source, box), &error);
        if (!image.isNull())
            image.setDevicePixelRatio(ratio);
    }
    ++m_decoded;
    m_thumbs.insert(entry.sequence, image); // a null image is remembered too: not decoded again
    return image;
}

QImage Filmstrip::thumbnailOf(qint64 sequence)
{
    const int index = m_session->history().indexOfSequence(sequence);
    return index < 0 ? QImage() : thumbnail(index);
}

void Filmstrip::paintEvent(QPaintEvent * /*event*/)
{
    followHistory();
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = size() * ratio;
    if (m_canvas.size() != pixels || m_canvas.devicePixelRatio() != ratio) {
        m_canvas = QPixmap(pixels);
        m_canvas.setDevicePixelRatio(ratio);
        m_stale = rect();
    }
    if (!m_stale.isEmpty()) {
        QPainter painter(&m_canvas);
        painter.setClipRegion(m_stale);
        paintStrip(painter, m_stale.boundingRect());
        m_stale = {};
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_canvas); // clipped to the part to update
}

void Filmstrip::paintStrip(QPainter &painter, const QRect &area)
{
    const QPalette pal = palette();
    painter.fillRect(area, pal.color(QPalette::Base));
    if (m_layout.count == 0 || !m_session) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No frames yet"));
        return;
    }
    const FrameHistory &history = m_session->history();
    const Axis &ax = m_layout.axis;
    const QSize thumb = m_layout.thumb;
    const int y = axisY();
    // Only what reaches into the area is drawn: a new frame repaints a few columns at the end.
    const int from = area.left() - markerCentre - 1;
    const int to = area.right() + markerCentre + 1;

    // Lines are filled rectangles, each set in one call: at any scale that is a plain fill, where a
    // stroked line goes through QPainter's stroker.
    QVarLengthArray<QRect, 256> lines;
    painter.setPen(Qt::NoPen);
    const auto fill = [&](const QColor &color) {
        painter.setBrush(color);
        painter.drawRects(lines.constData(), int(lines.size()));
        lines.clear();
    };

    // The axis, with a tick for every frame: where frames are dense, only the ticks show them all,
    // one per pixel column (frames closer than a pixel share a tick).
    const QColor lineColor = tones::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.35);
    lines.append(QRect(QPoint(std::max(area.left(), ax.left), y),
        QPoint(std::min(area.right(), ax.left + ax.width + thumb.width()), y)));
    int lastTick = -1;
    for (int i = 0; i < m_layout.count; ++i) {
        const int x = ax.xOf(history.at(i).changedAt);
        if (x != lastTick && x >= from && x <= to)
            lines.append(QRect(x, y - 3, 1, 7));
        lastTick = x;
    }
    fill(lineColor);

    // The thumbnails laid out, framed (they do not overlap); only these are decoded.
    for (const Placed &placed : m_layout.thumbs) {
        const QRect box = thumbnailBox(placed.x);
        if (!box.intersects(area))
            continue;
        const QImage image = thumbnailOf(placed.sequence);
        if (image.isNull())
            painter.fillRect(box, lineColor);
        else
            painter.drawImage(QRectF(QPointF(box.topLeft()), image.deviceIndependentSize()), image);
        appendFrame(lines, box, 1);
    }
    fill(lineColor);

    // The frame being viewed: its thumbnail on top, framed in the highlight colour.
    const Placed &current = m_layout.current;
    const QRect box = thumbnailBox(current.x);
    if (box.intersects(area) || (current.x >= from && current.x <= to)) {
        const QImage image = thumbnailOf(current.sequence);
        if (!image.isNull())
            painter.drawImage(QRectF(QPointF(box.topLeft()), image.deviceIndependentSize()), image);
        appendFrame(lines, box, highlightWidth);
        lines.append(QRect(current.x, y - highlightTick, 1, 2 * highlightTick + 1));
        fill(pal.color(QPalette::Highlight));
    }

    paintMarkers(painter, QRect(from, area.top(), to - from + 1, area.height()));
}

const QList<Filmstrip::MessageMarker> &Filmstrip::messageMarkers()
{
    if (!m_markersStale)
        return m_messageMarkers;
    m_markersStale = false;
    m_messageMarkers.clear();
    const MessageModel *messages = m_session->feed()->messages();
    for (int row = 0; row < messages->rowCount(); ++row) {
        const Message message = messages->messageAt(row);
        if (!message.timestamp.isValid())
            continue;
        const bool question = message.type == Message::Type::Question
            || messages->index(row).data(MessageModel::IsQuestionRole).toBool();
        if (question)
            m_messageMarkers.append({message.timestamp, Marker::Question});
        else if (message.type == Message::Type::Error)
            m_messageMarkers.append({message.timestamp, Marker::Error});
        else if (message.type != Message::Type::User)
            m_messageMarkers.append({message.timestamp, Marker::Message});
    }
    return m_messageMarkers;
}

const QPixmap &Filmstrip::sprite(Marker kind)
{
    const qreal ratio = devicePixelRatioF();
    if (ratio != m_spriteRatio) {
        for (QPixmap &sprite : m_sprites)
            sprite = QPixmap();
        m_spriteRatio = ratio;
    }
    QPixmap &sprite = m_sprites[int(kind)];
    if (!sprite.isNull())
        return sprite;

    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const QColor messageColor = dark ? QColor(0x7a, 0xb8, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    const QColor pageColor = dark ? QColor(0x9c, 0xe0, 0x9c) : QColor(0x1e, 0x7a, 0x32);
    const QColor questionColor = dark ? QColor(0xff, 0xc8, 0x4a) : QColor(0xa8, 0x62, 0x00);
    const QColor errorColor = tones::negativeText(pal);
    const int r = markerRadius;
    const double c = markerCentre;
    sprite = QPixmap(QSize(2 * markerCentre + 1, 2 * markerCentre + 1) * ratio);
    sprite.setDevicePixelRatio(ratio);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    switch (kind) {
    case Marker::Page: {
        // A diamond where the URL differs from the frame before.
        painter.setPen(Qt::NoPen);
        painter.setBrush(pageColor);
        const QPointF points[] = {{c, c - r - 1}, {c + r + 1, c}, {c, c + r + 1}, {c - r - 1, c}};
        painter.drawPolygon(points, 4);
        break;
    }
    case Marker::Question: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(questionColor);
        const QPointF points[] = {{c, c - r - 1}, {c + r + 1, c + r}, {c - r - 1, c + r}};
        painter.drawPolygon(points, 3);
        break;
    }
    case Marker::Error:
        painter.setPen(QPen(errorColor, 2));
        painter.drawLine(QPointF(c - r, c - r), QPointF(c + r, c + r));
        painter.drawLine(QPointF(c - r, c + r), QPointF(c + r, c - r));
        break;
    case Marker::Message:
        painter.setPen(QPen(messageColor, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(c, c), r - 1, r - 1);
        break;
    case Marker::Count:
        break;
    }
    return sprite;
}

void Filmstrip::paintMarkers(QPainter &painter, const QRect &area)
{
    const int y = markerY();
    if (area.bottom() < y - markerCentre)
        return;
    const FrameHistory &history = m_session->history();
    const Axis &ax = m_layout.axis;
    const QDateTime end = ax.start.addMSecs(ax.spanMs);
    // Markers of one kind at the same pixel column are the same pixels: each is drawn once.
    int lastX = -1;
    Marker lastKind = Marker::Page;
    const auto draw = [&](Marker kind, int x) {
        if ((x == lastX && kind == lastKind) || x < area.left() || x > area.right())
            return;
        lastX = x;
        lastKind = kind;
        painter.drawPixmap(x - markerCentre, y - markerCentre, sprite(kind));
    };
    for (int i = 1; i < m_layout.count; ++i) {
        if (history.at(i).url != history.at(i - 1).url)
            draw(Marker::Page, ax.xOf(history.at(i).changedAt));
    }
    for (const MessageMarker &marker : messageMarkers()) {
        if (marker.time >= ax.start && marker.time <= end)
            draw(marker.kind, ax.xOf(marker.time));
    }
}

void Filmstrip::chooseAt(int x)
{
    followHistory();
    if (!m_session || m_session->history().isEmpty())
        return;
    const FrameHistory &history = m_session->history();
    const Axis &ax = m_layout.axis;
    const qint64 ms = qint64(double(std::clamp(x - ax.left, 0, ax.width)) * double(ax.spanMs) / ax.width);
    int index = history.indexAt(ax.start.addMSecs(ms));
    if (index < 0)
        index = 0;
    const qint64 sequence = history.at(index).sequence;
    Q_EMIT sequenceChosen(sequence);
}

void Filmstrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int x = event->position().toPoint().x();
    // A click on a thumbnail chooses that frame.
    followHistory();
    if (m_session && m_layout.count > 0 && event->position().y() < margin + thumbHeight) {
        for (qsizetype i = m_layout.thumbs.size() - 1; i >= 0; --i) {
            const Placed &placed = m_layout.thumbs.at(i);
            if (x >= placed.x && x < placed.x + m_layout.thumb.width()) {
                Q_EMIT sequenceChosen(placed.sequence);
                return;
            }
        }
    }
    chooseAt(x);
}

void Filmstrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        chooseAt(event->position().toPoint().x());
}

void Filmstrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_spriteRatio = 0;
        invalidate(rect());
    }
}

void Filmstrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

} // namespace agi
