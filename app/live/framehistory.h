#pragma once

#include "live/frame.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSize>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <mutex>

class QJsonObject;
class QLockFile;

namespace agi {

class FrameHistoryFiles;

//! The frames one session showed, oldest first: each image as the server sent it (never
//! re-encoded) with its page and times, bounded in count and in bytes (the oldest go first).
//! A response that brought the same image adds nothing; it only moves the latest entry's lastSeenAt.
//!
//! Without a folder the images stay in memory (the command line, tests). With one (open()), the
//! images are appended to segment files there and the entries are lines of an append-only index
//! (index.jsonl), see FrameHistoryFiles: memory holds the metadata only and encoded() reads the file.
//! The disk work runs on WriteQueue::shared()'s thread, in order, so the caller never waits for
//! the disk: an image stays in memory too until its file is known to be written.
//! The index is rewritten whole (atomically) only when it grew to twice the lines it needs.
//! lastSeenAt and the page of the latest entry are written at checkpoints: before the next image
//! and when the history closes (a crash loses at most that refresh of the latest entry).
//! Index lines or image files that cannot be read are moved to the folder's "damaged" folder and
//! reported once by problem(); the good entries stay.
class FrameHistory final
{
public:
    struct Entry
    {
        QByteArray encodedFormat; // "jpeg" or "png"
        QSize size;               // the image's size as the server sent it
        QUrl url;
        QString title;
        QDateTime changedAt;  // the first response that showed this image
        QDateTime lastSeenAt; // the latest response that still showed it
        qint64 messageId = 0; // the latest agent message when the image first showed (0: none yet)
        qint64 sequence = 0;  // this session's frame number, counted from 1; stays when older frames go
        qint64 bytes = 0;     // the size of the image's bytes
        // Where the bytes are on disk once written: at `offset` in the segment file numbered
        // `segment`; segment 0 is a file of the image's own (histories kept before segments).
        qint64 segment = 0;
        qint64 offset = 0;
    };

    enum class Access {
        ReadWrite, //!< this process keeps the history (the GUI application)
        ReadOnly,  //!< never writes (the exporter, a second instance); new images stay in memory
    };

    static constexpr int DefaultMaximumFrames = 500;
    static constexpr qint64 DefaultMaximumBytes = qint64 {200} * 1024 * 1024;

    explicit FrameHistory(int maximumFrames = DefaultMaximumFrames, qint64 maximumBytes = DefaultMaximumBytes);
    ~FrameHistory();
    FrameHistory(const FrameHistory &) = delete;
    FrameHistory &operator=(const FrameHistory &) = delete;

    //! The folder under which the application keeps the histories: the cache location + "/history".
    static QString defaultRoot();
    //! The folder of one session's history under `root`.
    static QString sessionDirectory(const QString &root, const QString &sessionId);
    //! Reads the history of `sessionId` kept under `root` (defaultRoot() when empty) without ever
    //! writing; null when there is none. For readers without a window (the exporter).
    static std::unique_ptr<FrameHistory> openReadOnly(const QString &sessionId, const QString &root = {});

    //! Keeps the history in `directory` and loads what is there (replacing what is in memory).
    //! ReadWrite takes the folder's lock; when another process holds it, the history is read only.
    //! False (with `error`) when the folder cannot be made or read.
    bool open(const QString &directory, Access access, QString *error = nullptr);
    QString directory() const { return m_directory; }
    //! Whether open() was asked for writing but another process holds the folder.
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    //! What open() found damaged and set aside (empty when all was well).
    QString problem() const { return m_problem; }
    //! Writes the pending lastSeenAt of the latest entry (also done on destruction).
    void checkpoint();
    //! Returns once everything appended so far is on disk (or failed to be); destruction, open()
    //! and clear() wait too.
    void waitForWrites();

    //! Records a new image. A frame without its server bytes is not recorded.
    void append(const Frame &frame, qint64 latestMessageId);
    //! The latest entry is still on screen: its page and lastSeenAt follow `frame`.
    void confirm(const Frame &frame);

    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const Entry &at(int index) const { return m_entries.at(index); }
    const Entry &last() const { return m_entries.constLast(); }
    //! The image's bytes as the server sent them; empty when they cannot be read any more.
    QByteArray encoded(int index) const;
    //! Where an image's bytes can be read later, on any thread, without this history: its file (with
    //! offset and size), or the bytes themselves while they are only in memory.
    struct Source
    {
        QString file;
        qint64 offset = 0;
        qint64 bytes = 0;
        QByteArray kept;
        //! The bytes; empty when the file is gone (evicted meanwhile) or not whole.
        QByteArray read() const;
    };
    Source source(int index) const;
    //! The entry that was on screen at `moment` (the newest that changed at or before it); -1 when
    //! the moment is older than every entry.
    int indexAt(const QDateTime &moment) const;
    //! The entry with this sequence number; -1 when it is gone or never was.
    int indexOfSequence(qint64 sequence) const;
    //! What the history takes on disk: its frames' bytes, and those of dropped frames that share a
    //! segment with the oldest one kept (they go with the segment's last frame). The byte bound
    //! applies to this.
    qint64 bytes() const;
    int maximumFrames() const { return m_maximumFrames; }
    qint64 maximumBytes() const { return m_maximumBytes; }
    //! New bounds, applied at once (the oldest go first).
    void setMaximums(int maximumFrames, qint64 maximumBytes);
    //! Removes the oldest entry (and its file), even the last one. For the bound over all sessions.
    void removeOldest();
    //! Forgets every entry; on disk, removes the whole folder (sequence numbers go on counting).
    void clear();

private:
    void trim();
    //! Removes the oldest entry from memory; returns its sequence.
    qint64 dropFirst();
    //! Has the write queue drop every entry up to `upTo` from the index and delete the files no
    //! entry uses any more.
    void dropOnDisk(qint64 upTo);
    //! Applies one line of the index; false when it is damaged.
    bool readIndexLine(const QByteArray &text, const QByteArray &trimmed);
    //! Removes the entries whose bytes are not all in their file (moving such a file of an image's
    //! own aside), each with its line in `badLines`; returns how many.
    int removeEntriesNotWhole(QByteArrayList *badLines);
    void removeOrphans();
    void compactIfLarge();
    void writeIndex();
    void setAside(const QString &file, const QString &why);
    //! Runs `task` on the write queue, after the disk work posted before it.
    void post(std::function<void()> task);
    //! Lets go of the bytes of images written meanwhile (they are read from their files now).
    void collectWritten();
    //! The write queue closes the folder's files after what was posted before; nothing more is
    //! written there.
    void closeFiles();
    bool writable() const { return m_files != nullptr; }

    QList<Entry> m_entries;
    QHash<qint64, QByteArray> m_memory; // sequence -> bytes, for entries not (yet) on disk
    //! The folder's files, written on the write queue; null without a folder or when read only.
    std::shared_ptr<FrameHistoryFiles> m_files;
    //! Where the write queue stored images; filled there, emptied here (collectWritten()).
    struct Written
    {
        struct Place
        {
            qint64 sequence = 0;
            qint64 segment = 0;
            qint64 offset = 0;
        };
        std::mutex mutex;
        QList<Place> places;
    };
    std::shared_ptr<Written> m_written = std::make_shared<Written>();
    quint64 m_lastTicket = 0;
    qint64 m_bytes = 0;
    qint64 m_lastSequence = 0;
    int m_maximumFrames;
    qint64 m_maximumBytes;
    QString m_directory;
    Access m_access = Access::ReadWrite;
    std::unique_ptr<QLockFile> m_lock;
    QString m_problem;
    qint64 m_indexLines = 0;
    bool m_seenPending = false;
};

} // namespace agi
