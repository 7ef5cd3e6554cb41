#include "live/framehistoryfiles.h"

#include "storage/atomicfile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

namespace agi {
Q_DECLARE_LOGGING_CATEGORY(lcLive)

namespace {

const QString SegmentSuffix = QStringLiteral(".frames");

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime readTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// One index line: the object as compact JSON, with its newline.
QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QString numbered(qint64 number, const QString &suffix)
{
    return QStringLiteral("%1%2").arg(number, 8, 10, QLatin1Char('0')).arg(suffix);
}

void warn(const QFile &file)
{
    // A short write sets no error: that is a full disk (or a file size limit).
    const QString cause
        = file.error() == QFileDevice::NoError ? QStringLiteral("the disk is full") : file.errorString();
    qCWarning(lcLive).noquote() << "frame history:" << QDir::toNativeSeparators(file.fileName())
                                << "could not be written:" << cause;
}

} // namespace

FrameHistoryFiles::FrameHistoryFiles(QString directory)
    : m_directory(std::move(directory))
{ }

FrameHistoryFiles::~FrameHistoryFiles() = default;

QString FrameHistoryFiles::indexName()
{
    return QStringLiteral("index.jsonl");
}

bool FrameHistoryFiles::isImageFileName(const QString &fileName)
{
    return fileName.endsWith(SegmentSuffix) || fileName.endsWith(QLatin1String(".jpg"))
        || fileName.endsWith(QLatin1String(".png"));
}

QString FrameHistoryFiles::imagePath(const QString &directory, const Entry &entry)
{
    if (entry.segment > 0)
        return QDir(directory).filePath(numbered(entry.segment, SegmentSuffix));
    return QDir(directory).filePath(
        numbered(entry.sequence, entry.encodedFormat == "png" ? QStringLiteral(".png") : QStringLiteral(".jpg")));
}

QByteArray FrameHistoryFiles::frameLine(const Entry &entry)
{
    QJsonObject object {
        {QStringLiteral("t"), QStringLiteral("frame")},
        {QStringLiteral("seq"), entry.sequence},
        {QStringLiteral("format"), QString::fromLatin1(entry.encodedFormat)},
        {QStringLiteral("w"), entry.size.width()},
        {QStringLiteral("h"), entry.size.height()},
        {QStringLiteral("url"), entry.url.toString()},
        {QStringLiteral("title"), entry.title},
        {QStringLiteral("changedAt"), isoTime(entry.changedAt)},
        {QStringLiteral("lastSeenAt"), isoTime(entry.lastSeenAt)},
        {QStringLiteral("messageId"), entry.messageId},
        {QStringLiteral("bytes"), entry.bytes},
    };
    if (entry.segment > 0) {
        object.insert(QStringLiteral("segment"), entry.segment);
        object.insert(QStringLiteral("offset"), entry.offset);
    }
    return line(object);
}

bool FrameHistoryFiles::readFrameLine(const QJsonObject &object, Entry *entry)
{
    entry->sequence = object.value(QStringLiteral("seq")).toInteger();
    entry->encodedFormat = object.value(QStringLiteral("format")).toString().toLatin1();
    entry->size = QSize(object.value(QStringLiteral("w")).toInt(), object.value(QStringLiteral("h")).toInt());
    entry->url = QUrl(object.value(QStringLiteral("url")).toString());
    entry->title = object.value(QStringLiteral("title")).toString();
    entry->changedAt = readTime(object.value(QStringLiteral("changedAt")));
    entry->lastSeenAt = readTime(object.value(QStringLiteral("lastSeenAt")));
    entry->messageId = object.value(QStringLiteral("messageId")).toInteger();
    entry->bytes = object.value(QStringLiteral("bytes")).toInteger(-1);
    entry->segment = object.value(QStringLiteral("segment")).toInteger();
    entry->offset = entry->segment > 0 ? object.value(QStringLiteral("offset")).toInteger(-1) : 0;
    // A segment is named by its first frame, so it cannot come after the frame it holds.
    const bool placed = entry->segment == 0 || (entry->segment <= entry->sequence && entry->offset >= 0);
    return entry->sequence > 0 && entry->bytes > 0 && entry->changedAt.isValid() && placed
        && (entry->encodedFormat == "jpeg" || entry->encodedFormat == "png");
}

QByteArray FrameHistoryFiles::seenLine(const Entry &entry)
{
    return line(QJsonObject {
        {QStringLiteral("t"), QStringLiteral("seen")},
        {QStringLiteral("seq"), entry.sequence},
        {QStringLiteral("url"), entry.url.toString()},
        {QStringLiteral("title"), entry.title},
        {QStringLiteral("lastSeenAt"), isoTime(entry.lastSeenAt)},
    });
}

void FrameHistoryFiles::readSeenLine(const QJsonObject &object, Entry *entry)
{
    entry->url = QUrl(object.value(QStringLiteral("url")).toString());
    entry->title = object.value(QStringLiteral("title")).toString();
    entry->lastSeenAt = readTime(object.value(QStringLiteral("lastSeenAt")));
}

void FrameHistoryFiles::setLimits(int maximumFrames, qint64 maximumBytes)
{
    m_limitFrames = std::max(1, maximumFrames / 8);
    m_limitBytes = std::clamp<qint64>(maximumBytes / 8, 1, SegmentBytes);
}

void FrameHistoryFiles::adopt(const QList<Entry> &entries)
{
    m_stored.clear();
    for (const Entry &entry : entries)
        m_stored.push_back({entry.sequence, entry.segment, entry.offset, imagePath(m_directory, entry)});
}

bool FrameHistoryFiles::startSegment(qint64 segment)
{
    m_segment.close();
    m_segmentId = segment;
    m_segmentFrames = 0;
    m_segmentSize = 0;
    m_segment.setFileName(QDir(m_directory).filePath(numbered(segment, SegmentSuffix)));
    // A new name each time (the frame's sequence): never one a crash left half written.
    if (m_segment.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return true;
    warn(m_segment);
    m_segmentId = 0;
    return false;
}

bool FrameHistoryFiles::store(Entry &entry, const QByteArray &bytes)
{
    const bool full = m_segmentFrames >= m_limitFrames || m_segmentSize + bytes.size() > m_limitBytes;
    if ((m_segmentId == 0 || (full && m_segmentFrames > 0)) && !startSegment(entry.sequence))
        return false;
    if (m_segment.write(bytes) != bytes.size()) {
        warn(m_segment);
        // Cut back what was written of it, so that the next image starts where the index says; a
        // segment that cannot be cut back is not written to again.
        if (!m_segment.resize(m_segmentSize) || !m_segment.seek(m_segmentSize)) {
            m_segment.close();
            m_segmentId = 0;
        }
        return false;
    }
    ++m_segmentFrames;
    entry.segment = m_segmentId;
    entry.offset = m_segmentSize;
    m_segmentSize += bytes.size();
    m_stored.push_back({entry.sequence, entry.segment, entry.offset, m_segment.fileName()});
    return appendLine(frameLine(entry));
}

bool FrameHistoryFiles::appendLine(const QByteArray &line)
{
    if (!m_index.isOpen()) {
        m_index.setFileName(QDir(m_directory).filePath(indexName()));
        if (!m_index.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            warn(m_index);
            return false;
        }
    }
    if (m_index.write(line) == line.size())
        return true;
    warn(m_index);
    m_index.close();
    return false;
}

void FrameHistoryFiles::dropUpTo(qint64 sequence)
{
    if (m_stored.empty() || m_stored.front().sequence > sequence)
        return;
    appendLine(line(QJsonObject {
        {QStringLiteral("t"), QStringLiteral("drop")},
        {QStringLiteral("upTo"), sequence},
    }));
    QStringList dropped;
    while (!m_stored.empty() && m_stored.front().sequence <= sequence) {
        if (dropped.isEmpty() || dropped.constLast() != m_stored.front().path)
            dropped.append(m_stored.front().path);
        m_stored.pop_front();
    }
    for (const QString &path : std::as_const(dropped))
        removeUnused(path);
}

void FrameHistoryFiles::removeUnused(const QString &path)
{
    // Entries are in order and a segment's are consecutive: only the oldest left can share it.
    if (!m_stored.empty() && m_stored.front().path == path)
        return;
    if (path == m_segment.fileName() && m_segment.isOpen()) {
        m_segment.close();
        m_segmentId = 0;
    }
    QFile::remove(path);
}

void FrameHistoryFiles::rewriteIndex(const QList<Entry> &entries, qint64 lastSequence)
{
    QByteArray text = line(QJsonObject {
        {QStringLiteral("t"), QStringLiteral("start")},
        {QStringLiteral("lastSequence"), lastSequence},
    });
    auto stored = m_stored.cbegin();
    for (const Entry &entry : entries) {
        while (stored != m_stored.cend() && stored->sequence < entry.sequence)
            ++stored;
        if (stored == m_stored.cend() || stored->sequence != entry.sequence)
            continue; // never written: the history holds it in memory
        // The caller's entry may not know yet where it was stored.
        Entry placed = entry;
        placed.segment = stored->segment;
        placed.offset = stored->offset;
        text += frameLine(placed);
    }
    m_index.close(); // the file it has open is about to be replaced
    QString error;
    if (!AtomicFile::write(QDir(m_directory).filePath(indexName()), text, &error))
        qCWarning(lcLive).noquote() << error;
}

void FrameHistoryFiles::close()
{
    m_index.close();
    m_segment.close();
    m_segmentId = 0;
}

} // namespace agi
