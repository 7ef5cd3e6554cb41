#pragma once

#include "live/frame.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace agi {

//! The frames one session showed, oldest first: each image as the server sent it (never
//! re-encoded) with its page and times, bounded in count and in bytes (the oldest go first).
//! A response that brought the same image adds nothing; it only moves the latest entry's lastSeenAt.
class FrameHistory final
{
public:
    struct Entry
    {
        QByteArray encoded;       // the image's bytes as the server sent them
        QByteArray encodedFormat; // "jpeg" or "png"
        QSize size;               // the image's size as the server sent it
        QUrl url;
        QString title;
        QDateTime changedAt;  // the first response that showed this image
        QDateTime lastSeenAt; // the latest response that still showed it
        qint64 messageId = 0; // the latest agent message when the image first showed (0: none yet)
        qint64 sequence = 0;  // this session's frame number, counted from 1; stays when older frames go
    };

    static constexpr int DefaultMaximumFrames = 200;
    static constexpr qint64 DefaultMaximumBytes = qint64 {64} * 1024 * 1024;

    explicit FrameHistory(int maximumFrames = DefaultMaximumFrames, qint64 maximumBytes = DefaultMaximumBytes);

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
    //! The entry that was on screen at `moment` (the newest that changed at or before it); -1 when
    //! the moment is older than every entry.
    int indexAt(const QDateTime &moment) const;
    //! The entry with this sequence number; -1 when it is gone or never was.
    int indexOfSequence(qint64 sequence) const;
    qint64 bytes() const { return m_bytes; }
    int maximumFrames() const { return m_maximumFrames; }
    qint64 maximumBytes() const { return m_maximumBytes; }
    void clear();

private:
    void trim();

    QList<Entry> m_entries;
    qint64 m_bytes = 0;
    qint64 m_lastSequence = 0;
    int m_maximumFrames;
    qint64 m_maximumBytes;
};

} // namespace agi
