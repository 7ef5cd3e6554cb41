#pragma once

#include "api/apierror.h"
#include "api/message.h"
#include "api/sseparser.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace agi {

class ApiClient;
class GetMessagesJob;

//! Follows GET /v1/sessions/{id}/events until the task ends: typed signals, no duplicate messages,
//! reconnects with backoff (catching up through /messages?after_id=) and a heartbeat watchdog.
class EventStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    enum class State {
        Idle,
        Connecting,
        CatchingUp,
        Streaming,
        WaitingToReconnect,
        Finished
    };
    Q_ENUM(State)
    enum class TaskEvent {
        Paused,
        Resumed,
        Done,
        Error
    };
    Q_ENUM(TaskEvent)

    EventStream(ApiClient *client, const QString &sessionId, QObject *parent = nullptr);
    ~EventStream() override;

    QString sessionId() const { return m_sessionId; }
    State state() const { return m_state; }

    //! The server's heartbeat period; the watchdog reconnects after twice this without a byte.
    void setHeartbeatInterval(int milliseconds) { m_heartbeatMs = milliseconds; }
    int heartbeatInterval() const { return m_heartbeatMs; }
    //! Replay the session's messages on the first connection (default true). Reconnects never replay.
    void setIncludeHistory(bool include) { m_includeHistory = include; }
    void setSanitize(bool sanitize) { m_sanitize = sanitize; }
    //! Messages up to this id are known already and are not emitted again.
    void setLastMessageId(qint64 id) { m_lastMessageId = id; }
    qint64 lastMessageId() const { return m_lastMessageId; }
    //! Upper bound of the reconnect backoff (which starts at ApiClient::retryBaseDelay()).
    void setMaxReconnectDelay(int milliseconds) { m_maxReconnectDelayMs = milliseconds; }
    int reconnectCount() const { return m_reconnects; }

    void start();
    //! Closes the stream for good; emits finished() if it was running.
    void stop();

Q_SIGNALS:
    void messageReceived(const agi::Message &message);
    void stepReceived(const QJsonObject &data);
    //! `text` is the event's payload text (the result for Done, the reason for Error).
    void statusChanged(agi::EventStream::TaskEvent event, const QString &text);
    void heartbeat();
    void stateChanged(agi::EventStream::State state);
    //! A failure: a reconnect follows unless the error is final (then finished() follows).
    void errorOccurred(const agi::ApiError &error);
    //! The stream is over for good: the task ended, stop() was called, or the error was final.
    void finished();

private:
    void setState(State state);
    void connectStream();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void startCatchUp();
    void onCatchUpDone(GetMessagesJob *job);
    void handleEvent(const SseEvent &event);
    void emitMessage(const Message &message);
    void scheduleReconnect(const ApiError &error);
    void finishStream();
    void dropReply();
    void onWatchdog();

    ApiClient *m_client = nullptr;
    QString m_sessionId;
    State m_state = State::Idle;
    int m_heartbeatMs = 30000;
    bool m_includeHistory = true;
    bool m_sanitize = true;
    qint64 m_lastMessageId = 0;
    int m_maxReconnectDelayMs = 30000;

    QPointer<QNetworkReply> m_reply;
    QPointer<GetMessagesJob> m_catchUp;
    SseParser m_parser;
    QByteArray m_errorBody;
    bool m_connectedOnce = false;
    bool m_needsCatchUp = false;
    QList<SseEvent> m_heldBack; // events that arrived while catching up
    int m_reconnectAttempt = 0;
    int m_reconnects = 0;
    ApiError m_abortReason;
    QTimer m_watchdog;
    QTimer m_reconnectTimer;
};

} // namespace agi
