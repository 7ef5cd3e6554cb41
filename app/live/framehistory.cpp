#include "live/framehistory.h"

#include "storage/atomicfile.h"
#include "storage/writequeue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSet>
#include <QStandardPaths>

#include <limits>

#include <algorithm>

namespace agi {
Q_DECLARE_LOGGING_CATEGORY(lcLive)

namespace {

const QString IndexName = QStringLiteral("index.jsonl");
const QString LockName = QStringLiteral("lock");
const QString DamagedName = QStringLiteral("damaged");

QString tr(const char *text)
{
    return QCoreApplication::translate("agi::FrameHistory", text);
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime readTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// On the write queue's thread; says so when the line could not be written whole.
bool appendLine(const QString &indexFile, const QByteArray &text)
{
    QFile index(indexFile);
    if (index.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)
        && index.write(text) == text.size())
        return true;
    qCWarning(lcLive).noquote() << "frame history:" << QDir::toNativeSeparators(indexFile) << "could not be written";
    return false;
}

QJsonObject frameLine(const FrameHistory::Entry &entry)
{
    return QJsonObject {
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
}

bool readFrameLine(const QJsonObject &object, FrameHistory::Entry *entry)
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
    return entry->sequence > 0 && entry->bytes > 0 && entry->changedAt.isValid()
        && (entry->encodedFormat == "jpeg" || entry->encodedFormat == "png");
}

} // namespace

FrameHistory::FrameHistory(int maximumFrames, qint64 maximumBytes)
    : m_maximumFrames(std::max(1, maximumFrames))
    , m_maximumBytes(std::max<qint64>(1, maximumBytes))
{ }

FrameHistory::~FrameHistory()
{
    checkpoint();
    waitForWrites();
}

void FrameHistory::post(std::function<void()> task)
{
    m_lastTicket = WriteQueue::shared().post(std::move(task));
}

void FrameHistory::waitForWrites()
{
    if (m_lastTicket != 0)
        WriteQueue::shared().waitFor(m_lastTicket);
    collectWritten();
}

void FrameHistory::collectWritten()
{
    QList<qint64> written;
    {
        const std::lock_guard lock(m_written->mutex);
        written.swap(m_written->sequences);
    }
    for (const qint64 sequence : std::as_const(written))
        m_memory.remove(sequence);
}

QString FrameHistory::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/history");
}

QString FrameHistory::sessionDirectory(const QString &root, const QString &sessionId)
{
    return QDir(root.isEmpty() ? defaultRoot() : root).filePath(sessionId);
}

std::unique_ptr<FrameHistory> FrameHistory::openReadOnly(const QString &sessionId, const QString &root)
{
    const QString directory = sessionDirectory(root, sessionId);
    if (sessionId.isEmpty() || !QFileInfo::exists(QDir(directory).filePath(IndexName)))
        return nullptr;
    auto history = std::make_unique<FrameHistory>(std::numeric_limits<int>::max(), std::numeric_limits<qint64>::max());
    if (!history->open(directory, Access::ReadOnly))
        return nullptr;
    return history;
}

QString FrameHistory::fileName(const Entry &entry) const
{
    return QDir(m_directory)
        .filePath(QStringLiteral("%1.%2")
                      .arg(entry.sequence, 8, 10, QLatin1Char('0'))
                      .arg(entry.encodedFormat == "png" ? QStringLiteral("png") : QStringLiteral("jpg")));
}

bool FrameHistory::readIndexLine(const QByteArray &text, const QByteArray &trimmed)
{
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(trimmed, &parseError).object();
    const QString type = object.value(QStringLiteral("t")).toString();
    bool good = parseError.error == QJsonParseError::NoError && !text.isEmpty() && text.endsWith('\n');
    if (good && type == QLatin1String("frame")) {
        Entry entry;
        good
            = readFrameLine(object, &entry) && (m_entries.isEmpty() || entry.sequence > m_entries.constLast().sequence);
        if (good) {
            m_lastSequence = std::max(m_lastSequence, entry.sequence);
            m_entries.append(entry);
        }
    } else if (good && type == QLatin1String("seen")) {
        const qint64 sequence = object.value(QStringLiteral("seq")).toInteger();
        const int found = indexOfSequence(sequence);
        if (found >= 0) {
            Entry &entry = m_entries[found];
            entry.url = QUrl(object.value(QStringLiteral("url")).toString());
            entry.title = object.value(QStringLiteral("title")).toString();
            entry.lastSeenAt = readTime(object.value(QStringLiteral("lastSeenAt")));
        }
    } else if (good && type == QLatin1String("drop")) {
        const qint64 upTo = object.value(QStringLiteral("upTo")).toInteger();
        while (!m_entries.isEmpty() && m_entries.constFirst().sequence <= upTo)
            m_entries.removeFirst();
        m_lastSequence = std::max(m_lastSequence, upTo);
    } else if (good && type == QLatin1String("start")) {
        m_lastSequence = std::max(m_lastSequence, object.value(QStringLiteral("lastSequence")).toInteger());
    } else {
        good = false;
    }
    return good;
}

bool FrameHistory::open(const QString &directory, Access access, QString *error)
{
    checkpoint();
    waitForWrites();
    m_lock.reset();
    m_entries.clear();
    m_memory.clear();
    m_onDisk.clear();
    m_bytes = 0;
    m_problem.clear();
    m_indexLines = 0;
    m_directory = directory;
    m_access = access;

    if (access == Access::ReadWrite) {
        if (!QDir().mkpath(directory)) {
            if (error)
                *error = tr("The frame history folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory));
            m_directory.clear();
            return false;
        }
        m_lock = std::make_unique<QLockFile>(QDir(directory).filePath(LockName));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            qCInfo(lcLive) << "frame history" << directory << "is kept by another process: read only";
            m_lock.reset();
            m_access = Access::ReadOnly;
        }
    }

    QFile index(QDir(directory).filePath(IndexName));
    QByteArrayList badLines;
    if (index.exists() && !index.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The frame history %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(index.fileName()), index.errorString());
        m_access = Access::ReadOnly;
        m_lock.reset();
        return false;
    }
    if (index.isOpen()) {
        while (!index.atEnd()) {
            const QByteArray text = index.readLine();
            const QByteArray trimmed = text.trimmed();
            if (trimmed.isEmpty())
                continue;
            ++m_indexLines;
            if (!readIndexLine(text, trimmed))
                badLines.append(text);
        }
        index.close();
    }

    // Every entry needs its complete file; a missing or cut-off one is set aside with its line.
    int badFiles = 0;
    for (qsizetype i = 0; i < m_entries.size();) {
        const QFileInfo file(fileName(m_entries.at(i)));
        if (file.exists() && file.size() == m_entries.at(i).bytes) {
            m_bytes += m_entries.at(i).bytes;
            ++i;
            continue;
        }
        ++badFiles;
        badLines.append(line(frameLine(m_entries.at(i))));
        if (file.exists())
            setAside(file.filePath(), QStringLiteral("size"));
        m_entries.removeAt(i);
    }

    for (const Entry &entry : std::as_const(m_entries))
        m_onDisk.insert(entry.sequence);

    if (!badLines.isEmpty() || badFiles > 0) {
        m_problem = QCoreApplication::translate("agi::FrameHistory",
            "Part of the frame history of %1 could not be read and was set aside in %2 "
            "(%n damaged entries); the other frames are kept.",
            nullptr, int(badLines.size()))
                        .arg(QFileInfo(directory).fileName(),
                            QDir::toNativeSeparators(QDir(directory).filePath(DamagedName)));
        qCWarning(lcLive).noquote() << m_problem;
        if (writable()) {
            QDir(directory).mkpath(DamagedName);
            QFile damaged(QDir(directory).filePath(DamagedName + QStringLiteral("/index-lines.jsonl")));
            if (damaged.open(QIODevice::Append))
                damaged.write(badLines.join());
            writeIndex();
        }
    }

    if (writable()) {
        removeOrphans();
        trim();
    }
    return true;
}

void FrameHistory::removeOrphans()
{
    // Files without an entry: written just before a crash, or left by a dropped entry.
    QSet<QString> known;
    for (const Entry &entry : std::as_const(m_entries))
        known.insert(QFileInfo(fileName(entry)).fileName());
    const QStringList files
        = QDir(m_directory).entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files);
    for (const QString &name : files) {
        if (!known.contains(name))
            QFile::remove(QDir(m_directory).filePath(name));
    }
}

void FrameHistory::setAside(const QString &file, const QString &why)
{
    if (!writable())
        return;
    QDir(m_directory).mkpath(DamagedName);
    const QString target
        = QDir(m_directory)
              .filePath(DamagedName + QLatin1Char('/') + QFileInfo(file).fileName() + QLatin1Char('.') + why);
    QFile::remove(target);
    if (!QFile::rename(file, target))
        QFile::remove(file);
}

void FrameHistory::appendIndex(std::function<QJsonObject()> object)
{
    ++m_indexLines;
    // Made into JSON there too: the caller (the GUI thread, once per new frame) only copies values.
    post([file = QDir(m_directory).filePath(IndexName), object = std::move(object)] {
        appendLine(file, line(object()));
    });
}

void FrameHistory::writeIndex()
{
    // The entries are shared with the task (copied here only if they change before it runs).
    post([file = QDir(m_directory).filePath(IndexName), entries = m_entries, lastSequence = m_lastSequence] {
        QByteArray text = line(QJsonObject {
            {QStringLiteral("t"), QStringLiteral("start")},
            {QStringLiteral("lastSequence"), lastSequence},
        });
        for (const Entry &entry : entries)
            text += line(frameLine(entry));
        QString error;
        if (!AtomicFile::write(file, text, &error))
            qCWarning(lcLive).noquote() << error;
    });
    m_indexLines = m_entries.size() + 1;
    m_seenPending = false;
}

void FrameHistory::compactIfLarge()
{
    if (writable() && m_indexLines > 2 * (m_entries.size() + 1) + 16)
        writeIndex();
}

void FrameHistory::checkpoint()
{
    if (!m_seenPending || m_entries.isEmpty())
        return;
    m_seenPending = false;
    if (!writable())
        return;
    appendIndex([latest = m_entries.constLast()] {
        return QJsonObject {
            {QStringLiteral("t"), QStringLiteral("seen")},
            {QStringLiteral("seq"), latest.sequence},
            {QStringLiteral("url"), latest.url.toString()},
            {QStringLiteral("title"), latest.title},
            {QStringLiteral("lastSeenAt"), isoTime(latest.lastSeenAt)},
        };
    });
}

void FrameHistory::append(const Frame &frame, qint64 latestMessageId)
{
    if (frame.encoded.isEmpty())
        return;
    collectWritten();
    checkpoint();
    Entry entry;
    entry.encodedFormat = frame.encodedFormat;
    entry.size = frame.sourceSize;
    entry.url = frame.url;
    entry.title = frame.title;
    entry.changedAt = frame.changedAt.isValid() ? frame.changedAt : frame.capturedAt;
    entry.lastSeenAt = frame.capturedAt;
    entry.messageId = latestMessageId;
    entry.sequence = ++m_lastSequence;
    entry.bytes = frame.encoded.size();

    // The bytes stay in memory until the file is written (or for good, when it cannot be).
    m_memory.insert(entry.sequence, frame.encoded);
    if (writable()) {
        ++m_indexLines;
        m_onDisk.insert(entry.sequence);
        post([file = fileName(entry), index = QDir(m_directory).filePath(IndexName), entry, bytes = frame.encoded,
                 written = m_written] {
            QString error;
            if (!AtomicFile::write(file, bytes, &error)) {
                qCWarning(lcLive).noquote() << "frame history:" << error;
                return;
            }
            if (!appendLine(index, line(frameLine(entry))))
                return;
            const std::lock_guard lock(written->mutex);
            written->sequences.append(entry.sequence);
        });
    }
    m_bytes += entry.bytes;
    m_entries.append(std::move(entry));
    trim();
    compactIfLarge();
}

void FrameHistory::confirm(const Frame &frame)
{
    if (m_entries.isEmpty())
        return;
    Entry &latest = m_entries.last();
    latest.url = frame.url;
    latest.title = frame.title;
    latest.lastSeenAt = frame.capturedAt;
    m_seenPending = true;
}

QByteArray FrameHistory::encoded(int index) const
{
    return source(index).read();
}

FrameHistory::Source FrameHistory::source(int index) const
{
    const Entry &entry = m_entries.at(index);
    Source source;
    source.bytes = entry.bytes;
    if (const auto kept = m_memory.constFind(entry.sequence); kept != m_memory.cend())
        source.kept = *kept;
    else if (!m_directory.isEmpty())
        source.file = fileName(entry);
    return source;
}

QByteArray FrameHistory::Source::read() const
{
    if (!kept.isEmpty() || file.isEmpty())
        return kept;
    QFile image(file);
    if (!image.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = image.readAll();
    return data.size() == bytes ? data : QByteArray();
}

int FrameHistory::indexAt(const QDateTime &moment) const
{
    const auto after = std::upper_bound(m_entries.cbegin(), m_entries.cend(), moment,
        [](const QDateTime &time, const Entry &entry) { return time < entry.changedAt; });
    return int(after - m_entries.cbegin()) - 1;
}

int FrameHistory::indexOfSequence(qint64 sequence) const
{
    const auto found = std::lower_bound(m_entries.cbegin(), m_entries.cend(), sequence,
        [](const Entry &entry, qint64 wanted) { return entry.sequence < wanted; });
    return found != m_entries.cend() && found->sequence == sequence ? int(found - m_entries.cbegin()) : -1;
}

void FrameHistory::setMaximums(int maximumFrames, qint64 maximumBytes)
{
    m_maximumFrames = std::max(1, maximumFrames);
    m_maximumBytes = std::max<qint64>(1, maximumBytes);
    trim();
    compactIfLarge();
}

void FrameHistory::dropFirst()
{
    const Entry first = m_entries.takeFirst();
    m_bytes -= first.bytes;
    m_memory.remove(first.sequence);
    if (m_onDisk.remove(first.sequence) && writable()) {
        appendIndex([sequence = first.sequence] {
            return QJsonObject {
                {QStringLiteral("t"), QStringLiteral("drop")},
                {QStringLiteral("upTo"), sequence},
            };
        });
        post([file = fileName(first)] { QFile::remove(file); });
    }
}

void FrameHistory::removeOldest()
{
    if (m_entries.isEmpty())
        return;
    dropFirst();
    compactIfLarge();
}

void FrameHistory::clear()
{
    waitForWrites();
    m_entries.clear();
    m_memory.clear();
    m_onDisk.clear();
    m_bytes = 0;
    m_seenPending = false;
    if (writable()) {
        m_lock.reset();
        QDir(m_directory).removeRecursively();
        m_directory.clear();
    }
}

void FrameHistory::trim()
{
    // The newest entry always stays, however large: it is what the session shows now.
    while (m_entries.size() > 1 && (m_entries.size() > m_maximumFrames || m_bytes > m_maximumBytes))
        dropFirst();
}

} // namespace agi
