#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace agi {

//! One dispatched server-sent event.
struct SseEvent
{
    QString event = QStringLiteral("message"); // `message` when the block had no event: line
    QByteArray data;                           // data: lines joined with \n
    QString id;                                // the last event id in effect (it carries over, as in the HTML spec)
    bool hasOwnId = false;                     // the block itself had an id: line

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

//! An incremental text/event-stream parser: feed chunks split anywhere, take whole events.
class SseParser final
{
public:
    static constexpr qsizetype DefaultMaxEventBytes = qsizetype {4} * 1024 * 1024;

    //! Parses what it can; incomplete lines wait for the next chunk.
    void feed(const QByteArray &chunk);
    //! The events completed so far, oldest first; the parser forgets them.
    QList<SseEvent> takeEvents();
    bool hasEvents() const { return !m_events.isEmpty(); }

    //! Starts over for a new connection; the last event id is kept, as a reconnecting client would.
    void reset();
    QString lastEventId() const { return m_lastEventId; }
    //! The server's `retry:` hint in milliseconds, -1 when none came.
    int retryMs() const { return m_retryMs; }

    //! An event with a line or data larger than this is dropped whole and overflowed() turns true.
    void setMaxEventBytes(qsizetype bytes) { m_maxEventBytes = bytes; }
    bool overflowed() const { return m_overflowed; }

private:
    void feedLines(QByteArrayView rest);
    void processLine(QByteArrayView line);
    void dispatch();
    void overflow();

    QByteArray m_line;
    bool m_skipLeadingLf = false; // the previous chunk ended with CR: a following LF is part of CRLF
    bool m_atStreamStart = true;
    QByteArray m_bomProbe;
    bool m_discardingLine = false;
    bool m_discardingEvent = false; // an oversized line or event: skip to the next blank line
    QByteArray m_data;
    bool m_hasData = false;
    QString m_eventType;
    bool m_hasOwnId = false;
    QString m_lastEventId;
    int m_retryMs = -1;
    qsizetype m_maxEventBytes = DefaultMaxEventBytes;
    bool m_overflowed = false;
    QList<SseEvent> m_events;
};

} // namespace agi
