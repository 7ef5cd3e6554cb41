#pragma once

#include "agentmessage.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QTcpSocket;

namespace agi::emu {

class EmulatedSession;
class RequestLog;

//! One open `GET .../events` connection: replays history, forwards the session's events with
//! the client's filters, sends heartbeats, and closes after done/error or when the session goes.
class SseStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SseStream)

public:
    struct Options
    {
        bool includeHistory = true;
        qint64 afterId = 0;
        bool sanitize = true;
        QSet<QByteArray> eventTypes; // empty = every event
        int heartbeatMs = 30000;
        bool drop = false;  // fault: close right after the headers
        bool stall = false; // fault: headers and history, then silence forever
    };

    SseStream(QHttpServerResponder &&responder, EmulatedSession *session, Options options, RequestLog *log,
        qint64 requestId, QObject *parent = nullptr);
    ~SseStream() override;

    void start();

Q_SIGNALS:
    void ended();

private:
    void deliver(const SessionEvent &event);
    bool wanted(const SessionEvent &event) const;
    void write(const QByteArray &bytes);
    void close(bool dropped);

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    QPointer<EmulatedSession> m_session;
    Options m_options;
    RequestLog *m_log;
    qint64 m_requestId;
    QTimer m_heartbeat;
    bool m_finished = false;
};

} // namespace agi::emu
