#pragma once

#include "api/message.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSize>
#include <QString>
#include <QUrl>

#include <functional>

namespace agi {

class FrameHistory;

//! One recorded frame as an export sees it: its page and times, not its bytes.
struct ExportFrame
{
    qint64 sequence = 0;
    QByteArray format; // "jpeg" or "png"
    QSize size;
    QUrl url;
    QString title;
    QDateTime changedAt;
    QDateTime lastSeenAt;
    qint64 messageId = 0;
};

//! A status the session went through, with when it was seen.
struct ExportStatusChange
{
    QDateTime at;
    QString status;
};

//! Everything an export writes, independent of where it came from (a live session's history in
//! the window, or the history stored on this machine read by agi-session): frames with their
//! metadata, a way to read each frame's bytes, the messages and the session's facts.
struct ExportTimeline
{
    QString sessionId;
    QString task;
    QString status;
    QDateTime createdAt;
    QList<ExportFrame> frames;
    //! The bytes of frames[index] as the server sent them; empty when they cannot be read. Called
    //! from the export's thread: it must not touch objects of the GUI thread.
    std::function<QByteArray(int index)> frameBytes;
    QList<Message> messages;
    QList<ExportStatusChange> statusChanges;

    QByteArray bytesOf(int index) const { return frameBytes ? frameBytes(index) : QByteArray(); }

    //! The frames of a FrameHistory; their bytes are read when asked for, on any thread (a frame
    //! evicted from the history meanwhile then has none).
    static ExportTimeline fromHistory(const QString &sessionId, const FrameHistory &history);
};

} // namespace agi
