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
#include <QPainterPath>
#include <QVarLengthArray>

#include <algorithm>

namespace agi {

namespace {

constexpr int thumbHeight = 54;
constexpr int markerRow = 16;
constexpr int margin = 6;
constexpr int maximumCached = 400;
constexpr int markerRadius = 4;
constexpr int markerCentre = markerRadius + 2; // a sprite is 2 * markerCentre + 1 pixels square

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
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
            update();
        });
        connect(session, &LiveSession::historyChanged, this, [this] {
            requestThumbnails();
            update();
        });
        MessageModel *messages = session->feed()->messages();
        const auto messagesChanged = [this] {
            m_markersStale = true;
            update();
        };
        connect(messages, &QAbstractItemModel::rowsInserted, this, messagesChanged);
        connect(messages, &QAbstractItemModel::rowsRemoved, this, messagesChanged);
        connect(messages, &QAbstractItemModel::dataChanged, this, messagesChanged);
        connect(messages, &QAbstractItemModel::modelReset, this, messagesChanged);
    }
    m_requestedBox = {};
    requestThumbnails();
    update();
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
    update();
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
    const FrameHistory &history = m_session->history();
    out.start = history.at(0).changedAt;
    const FrameHistory::Entry &last = history.last();
    const QDateTime end = std::max(last.changedAt, last.lastSeenAt);
    out.spanMs = std::max<qint64>(1000, out.start.msecsTo(end));
    return out;
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

void Filmstrip::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const int axisY = margin + thumbHeight + margin / 2;
    if (!m_session || m_session->history().isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No frames yet"));
        return;
    }
    const FrameHistory &history = m_session->history();
    const Axis ax = axis();
    const QSize thumb = thumbSize();
    const int count = history.size();
    int currentIndex = m_current > 0 ? history.indexOfSequence(m_current) : count - 1;
    if (currentIndex < 0)
        currentIndex = count - 1;

    // The axis, with a tick for every frame: where frames are dense, only the ticks show them all.
    const QColor lineColor = tones::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.35);
    painter.setPen(lineColor);
    // One call for all of them, one line per pixel column: frames closer than a pixel share a tick.
    QVarLengthArray<QLine, 256> lines;
    lines.append(QLine(ax.left, axisY, ax.left + ax.width + thumb.width(), axisY));
    int lastTick = -1;
    for (int i = 0; i < count; ++i) {
        const int x = ax.xOf(history.at(i).changedAt);
        if (x != lastTick)
            lines.append(QLine(x, axisY - 3, x, axisY + 3));
        lastTick = x;
    }
    painter.drawLines(lines.constData(), int(lines.size()));

    // Thumbnails from the newest back, each where its frame first showed, skipped where it would
    // cover the one after it. Only these are decoded.
    int limit = width();
    const QRect visible = rect();
    QVarLengthArray<QRect, 32> borders; // drawn in one call: the thumbnails do not overlap
    for (int i = count - 1; i >= 0; --i) {
        const int x = ax.xOf(history.at(i).changedAt);
        if (x + thumb.width() > limit && i != count - 1)
            continue;
        const QRect box(x, margin, thumb.width(), thumb.height());
        limit = x - 2;
        if (!box.intersects(visible))
            continue;
        const QImage image = thumbnail(i);
        if (image.isNull()) {
            painter.fillRect(box, lineColor);
        } else {
            const QSizeF logical = image.deviceIndependentSize();
            painter.drawImage(QRectF(QPointF(box.topLeft()), logical), image);
        }
        borders.append(box.adjusted(0, 0, -1, -1));
    }
    painter.drawRects(borders.constData(), int(borders.size()));

    // The frame being viewed: its thumbnail on top, framed in the highlight colour.
    {
        const int x = ax.xOf(history.at(currentIndex).changedAt);
        const QRect box(x, margin, thumb.width(), thumb.height());
        const QImage image = thumbnail(currentIndex);
        if (!image.isNull())
            painter.drawImage(QRectF(QPointF(box.topLeft()), image.deviceIndependentSize()), image);
        QPen pen(pal.color(QPalette::Highlight), 3);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(1, 1, -2, -2));
        painter.drawLine(x, axisY - 5, x, axisY + 5);
    }

    paintMarkers(painter, ax, axisY + markerRow / 2 + 2);
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

void Filmstrip::paintMarkers(QPainter &painter, const Axis &ax, int y)
{
    const FrameHistory &history = m_session->history();
    const QDateTime end = ax.start.addMSecs(ax.spanMs);
    // Markers of one kind at the same pixel column are the same pixels: each is drawn once.
    int lastX = -1;
    Marker lastKind = Marker::Page;
    const auto draw = [&](Marker kind, int x) {
        if (x == lastX && kind == lastKind)
            return;
        lastX = x;
        lastKind = kind;
        painter.drawPixmap(x - markerCentre, y - markerCentre, sprite(kind));
    };
    for (int i = 1; i < history.size(); ++i) {
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
    if (!m_session || m_session->history().isEmpty())
        return;
    const FrameHistory &history = m_session->history();
    const Axis ax = axis();
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
    // A click on a thumbnail chooses that frame, even where it covers later ones.
    if (m_session && !m_session->history().isEmpty() && event->position().y() < margin + thumbHeight) {
        const FrameHistory &history = m_session->history();
        const Axis ax = axis();
        const QSize thumb = thumbSize();
        int limit = width();
        for (int i = history.size() - 1; i >= 0; --i) {
            const int left = ax.xOf(history.at(i).changedAt);
            if (left + thumb.width() > limit && i != history.size() - 1)
                continue;
            limit = left - 2;
            if (x >= left && x < left + thumb.width()) {
                Q_EMIT sequenceChosen(history.at(i).sequence);
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
        update();
    }
}

} // namespace agi
