#include "ssestream.h"

#include "emulatedsession.h"
#include "requestlog.h"

#include <QJsonObject>
#include <QTcpSocket>

#include <utility>

namespace agi::emu {

SseStream::SseStream(QHttpServerResponder &&responder, EmulatedSession *session, Options options, RequestLog *log,
    qint64 requestId, QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_socket(m_responder.socket())
    , m_session(session)
    , m_options(std::move(options))
    , m_log(log)
    , m_requestId(requestId)
{
    m_heartbeat.setInterval(m_options.heartbeatMs > 0 ? m_options.heartbeatMs : 30000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        SessionEvent event;
        event.name = "heartbeat";
        event.data = {{QStringLiteral("timestamp"), isoNow()}};
        write(event.toWire());
    });
    if (m_socket) {
        // The client went away: nothing to write any more, just account for the request.
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { close(false); });
        connect(m_socket, &QObject::destroyed, this, [this] { close(false); });
    }
}

SseStream::~SseStream()
{
    if (!m_finished) {
        m_finished = true;
        m_log->finish(m_requestId, 200, false);
    }
}

void SseStream::start()
{
    EmulatedSession *session = m_session.data();
    if (!m_socket || !session) {
        close(true);
        return;
    }
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    m_responder.writeHeaders({{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"},
        {"Connection", "close"}, {"X-Accel-Buffering", "no"}});
    m_responder.writeBody(QByteArray());
    if (m_options.drop) {
        close(true);
        return;
    }
    bool replayedEnd = false;
    if (m_options.includeHistory) {
        for (const AgentMessage &message : session->messages(m_options.afterId, m_options.sanitize)) {
            const SessionEvent event = SessionEvent::fromMessage(message);
            if (wanted(event))
                write(event.toWire());
        }
        replayedEnd = session->taskEnded();
    }
    if (m_options.stall)
        return; // never another byte, never closed: the client's timeout must notice
    if (replayedEnd) {
        close(false);
        return;
    }
    connect(session, &EmulatedSession::eventOccurred, this, &SseStream::deliver);
    connect(session, &EmulatedSession::closing, this, [this] { close(false); });
    m_heartbeat.start();
}

bool SseStream::wanted(const SessionEvent &event) const
{
    if (m_options.sanitize && event.system)
        return false;
    return m_options.eventTypes.isEmpty() || m_options.eventTypes.contains(event.name);
}

void SseStream::deliver(const SessionEvent &event)
{
    if (m_finished)
        return;
    if (wanted(event))
        write(event.toWire());
    if (event.terminal())
        close(false);
}

void SseStream::write(const QByteArray &bytes)
{
    const QTcpSocket *socket = m_socket.data();
    if (!m_finished && socket && socket->state() == QAbstractSocket::ConnectedState)
        m_responder.writeBody(bytes);
}

void SseStream::close(bool dropped)
{
    if (m_finished)
        return;
    m_finished = true;
    m_heartbeat.stop();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_log->finish(m_requestId, 200, dropped);
    if (QTcpSocket *socket = m_socket.data()) {
        disconnect(socket, nullptr, this, nullptr);
        // Even a dropped stream lets the bytes already queued (the headers) reach the client.
        socket->disconnectFromHost();
    }
    Q_EMIT ended();
}

} // namespace agi::emu
