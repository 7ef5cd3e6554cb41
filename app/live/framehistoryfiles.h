#pragma once

#include "live/framehistory.h"

#include <QFile>
#include <QList>
#include <QString>

#include <deque>
#include <memory>

class QJsonObject;

namespace agi {

//! The disk side of one FrameHistory: its folder's files, used only on the write queue's thread
//! (each call is a task there, run after the ones posted before it).
//!
//! Images go into segment files ("<first sequence>.frames"): the images of consecutive frames back
//! to back, each appended once, so that a new frame costs one write to a file already open and no
//! new file. A segment closes when it holds its byte or frame limit (an eighth of the history's
//! bounds, at most SegmentBytes), and is deleted once every frame in it was dropped; so the folder
//! holds at most one segment's worth more than the history's bounds. The index (index.jsonl) stays
//! open for appending between frames. Histories written before segments keep each image in a file
//! of its own ("<sequence>.jpg"); those are read and dropped as they are.
//!
//! Nothing is synced: an image is appended before its index line, and FrameHistory::open() checks
//! that every entry's bytes are within its file, so what a crash cut off is found and set aside.
class FrameHistoryFiles final
{
    Q_DISABLE_COPY_MOVE(FrameHistoryFiles)

public:
    using Entry = FrameHistory::Entry;

    //! The most a segment holds before the next image starts another.
    static constexpr qint64 SegmentBytes = qint64 {2} * 1024 * 1024;

    explicit FrameHistoryFiles(QString directory);
    ~FrameHistoryFiles();

    //! The index's file name in a history's folder.
    static QString indexName();
    //! Whether `fileName` is the name of an image file this class writes or reads.
    static bool isImageFileName(const QString &fileName);
    //! The file that holds `entry`'s image in `directory`.
    static QString imagePath(const QString &directory, const Entry &entry);
    //! The index line for a frame (with its newline).
    static QByteArray frameLine(const Entry &entry);
    //! Reads a frame line's object; false when it does not describe a frame that can be read.
    static bool readFrameLine(const QJsonObject &object, Entry *entry);
    //! The index line that moves the latest entry's page and lastSeenAt (with its newline).
    static QByteArray seenLine(const Entry &entry);
    //! Applies a "seen" line's object (its "seq" names the entry) to `entry`.
    static void readSeenLine(const QJsonObject &object, Entry *entry);

    //! Segments close at an eighth of these (and at SegmentBytes at most).
    void setLimits(int maximumFrames, qint64 maximumBytes);
    //! The entries open() found on disk, oldest first: they are dropped as the ones stored here are.
    void adopt(const QList<Entry> &entries);
    //! Appends `bytes` to the open segment (or starts one), then the index line; sets `entry`'s
    //! segment and offset. False when the image or its line could not be written (said in the log).
    bool store(Entry &entry, const QByteArray &bytes);
    //! Appends one line (with its newline) to the index.
    bool appendLine(const QByteArray &line);
    //! Every entry up to `sequence` is gone: says so in the index and deletes the files no entry
    //! uses any more.
    void dropUpTo(qint64 sequence);
    //! Replaces the index with one line per entry of `entries` that is stored here (with where it
    //! is stored); the others were never written.
    void rewriteIndex(const QList<Entry> &entries, qint64 lastSequence);
    //! Closes the open files (the folder is about to go, or the history closes).
    void close();

private:
    struct Stored
    {
        qint64 sequence = 0;
        qint64 segment = 0;
        qint64 offset = 0;
        QString path;
    };
    bool startSegment(qint64 segment);
    //! Removes `path` unless a stored entry still uses it.
    void removeUnused(const QString &path);

    QString m_directory;
    std::deque<Stored> m_stored; // oldest first
    QFile m_index;
    QFile m_segment;
    qint64 m_segmentId = 0;
    int m_segmentFrames = 0;
    qint64 m_segmentSize = 0;
    qint64 m_limitBytes = SegmentBytes;
    int m_limitFrames = 64;
};

} // namespace agi
