#include "live/framehistory.h"

#include "live/framehistoryfiles.h"
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

const QString LockName = QStringLiteral("lock");
const QString DamagedName = QStringLiteral("damaged");

QString tr(const char *text)
{
    return QCoreApplication::translate("agi::FrameHistory", text);
}

} // namespace

FrameHistory::FrameHistory(int maximumFrames, qint64 maximumBytes)
    : m_maximumFrames(std::max(1, maximumFrames))
    , m_maximumBytes(std::max<qint64>(1, maximumBytes))
{ }

FrameHistory::~FrameHistory()
{
    checkpoint();
    closeFiles();
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
    QList<Written::Place> written;
    {
        const std::lock_guard lock(m_written->mutex);
        written.swap(m_written->places);
    }
    for (const Written::Place &place : std::as_const(written)) {
        const int index = indexOfSequence(place.sequence);
        if (index < 0)
            continue; // dropped meanwhile
        m_entries[index].segment = place.segment;
        m_entries[index].offset = place.offset;
        m_memory.remove(place.sequence);
    }
}

void FrameHistory::closeFiles()
{
    if (m_files) // moved into the task: m_files is null from here on
        post([files = std::move(m_files)] { files->close(); });
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
    if (sessionId.isEmpty() || !QFileInfo::exists(QDir(directory).filePath(FrameHistoryFiles::indexName())))
        return nullptr;
    auto history = std::make_unique<FrameHistory>(std::numeric_limits<int>::max(), std::numeric_limits<qint64>::max());
    if (!history->open(directory, Access::ReadOnly))
        return nullptr;
    return history;
}

bool FrameHistory::readIndexLine(const QByteArray &text, const QByteArray &trimmed)
{
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(trimmed, &parseError).object();
    const QString type = object.value(QStringLiteral("t")).toString();
    bool good = parseError.error == QJsonParseError::NoError && !text.isEmpty() && text.endsWith('\n');
    if (good && type == QLatin1String("frame")) {
        Entry entry;
        good = FrameHistoryFiles::readFrameLine(object, &entry)
            && (m_entries.isEmpty() || entry.sequence > m_entries.constLast().sequence);
        if (good) {
            m_lastSequence = std::max(m_lastSequence, entry.sequence);
            m_entries.append(entry);
        }
    } else if (good && type == QLatin1String("seen")) {
        const qint64 sequence = object.value(QStringLiteral("seq")).toInteger();
        const int found = indexOfSequence(sequence);
        if (found >= 0)
            FrameHistoryFiles::readSeenLine(object, &m_entries[found]);
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
    closeFiles();
    waitForWrites();
    m_lock.reset();
    m_entries.clear();
    m_memory.clear();
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
        } else {
            m_files = std::make_shared<FrameHistoryFiles>(directory);
        }
    }

    QFile index(QDir(directory).filePath(FrameHistoryFiles::indexName()));
    QByteArrayList badLines;
    if (index.exists() && !index.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The frame history %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(index.fileName()), index.errorString());
        m_access = Access::ReadOnly;
        m_lock.reset();
        m_files.reset();
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

    const int badFiles = removeEntriesNotWhole(&badLines);

    if (writable()) {
        post([files = m_files, frames = m_maximumFrames, bytes = m_maximumBytes, entries = m_entries] {
            files->setLimits(frames, bytes);
            files->adopt(entries);
        });
    }

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

int FrameHistory::removeEntriesNotWhole(QByteArrayList *badLines)
{
    // Every entry needs its bytes whole in its file; a missing or cut-off one is set aside with its
    // line (and a file of its own with it; a segment stays for the entries it holds whole).
    int badFiles = 0;
    QHash<QString, qint64> fileSizes;
    for (qsizetype i = 0; i < m_entries.size();) {
        const Entry &entry = m_entries.at(i);
        const QString path = FrameHistoryFiles::imagePath(m_directory, entry);
        auto size = fileSizes.constFind(path);
        if (size == fileSizes.cend()) {
            const QFileInfo file(path);
            size = fileSizes.insert(path, file.exists() ? file.size() : -1);
        }
        if (entry.segment > 0 ? *size >= entry.offset + entry.bytes : *size == entry.bytes) {
            m_bytes += entry.bytes;
            ++i;
            continue;
        }
        ++badFiles;
        badLines->append(FrameHistoryFiles::frameLine(entry));
        if (entry.segment == 0 && *size >= 0)
            setAside(path, QStringLiteral("size"));
        m_entries.removeAt(i);
    }
    return badFiles;
}

void FrameHistory::removeOrphans()
{
    // Files without an entry: written just before a crash, or left by a dropped entry.
    QSet<QString> known;
    for (const Entry &entry : std::as_const(m_entries))
        known.insert(QFileInfo(FrameHistoryFiles::imagePath(m_directory, entry)).fileName());
    const QStringList files = QDir(m_directory).entryList(QDir::Files);
    for (const QString &name : files) {
        if (FrameHistoryFiles::isImageFileName(name) && !known.contains(name))
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

void FrameHistory::writeIndex()
{
    // The entries are shared with the task (copied here only if they change before it runs).
    post([files = m_files, entries = m_entries, lastSequence = m_lastSequence] {
        files->rewriteIndex(entries, lastSequence);
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
    ++m_indexLines;
    // Made into JSON there: the caller (the GUI thread, once per new frame) only copies values.
    post([files = m_files, latest = m_entries.constLast()] { files->appendLine(FrameHistoryFiles::seenLine(latest)); });
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
        post([files = m_files, entry, bytes = frame.encoded, written = m_written]() mutable {
            if (!files->store(entry, bytes))
                return;
            const std::lock_guard lock(written->mutex);
            written->places.append({entry.sequence, entry.segment, entry.offset});
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
    else if (!m_directory.isEmpty()) {
        source.file = FrameHistoryFiles::imagePath(m_directory, entry);
        source.offset = entry.offset;
    }
    return source;
}

QByteArray FrameHistory::Source::read() const
{
    if (!kept.isEmpty() || file.isEmpty())
        return kept;
    QFile image(file);
    if (!image.open(QIODevice::ReadOnly) || !image.seek(offset))
        return {};
    QByteArray data = image.read(bytes);
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
    if (writable())
        post([files = m_files, frames = m_maximumFrames, bytes = m_maximumBytes] { files->setLimits(frames, bytes); });
    trim();
    compactIfLarge();
}

qint64 FrameHistory::dropFirst()
{
    const Entry first = m_entries.takeFirst();
    m_bytes -= first.bytes;
    m_memory.remove(first.sequence);
    return first.sequence;
}

void FrameHistory::dropOnDisk(qint64 upTo)
{
    if (!writable())
        return;
    ++m_indexLines;
    post([files = m_files, upTo] { files->dropUpTo(upTo); });
}

qint64 FrameHistory::bytes() const
{
    // A segment holds frames back to back from its start: what lies before the oldest frame kept
    // is the dropped frames'.
    return m_entries.isEmpty() ? 0 : m_bytes + m_entries.constFirst().offset;
}

void FrameHistory::removeOldest()
{
    if (m_entries.isEmpty())
        return;
    dropOnDisk(dropFirst());
    compactIfLarge();
}

void FrameHistory::clear()
{
    const bool onDisk = writable();
    closeFiles();
    waitForWrites();
    m_entries.clear();
    m_memory.clear();
    m_bytes = 0;
    m_seenPending = false;
    if (onDisk) {
        m_lock.reset();
        QDir(m_directory).removeRecursively();
        m_directory.clear();
    }
}

void FrameHistory::trim()
{
    // The newest entry always stays, however large: it is what the session shows now.
    // One line and one pass over the files for all the frames that go (up to a segment's worth at
    // once when the byte bound is reached).
    qint64 dropped = 0;
    while (m_entries.size() > 1 && (m_entries.size() > m_maximumFrames || bytes() > m_maximumBytes))
        dropped = dropFirst();
    if (dropped > 0)
        dropOnDisk(dropped);
}

} // namespace agi
