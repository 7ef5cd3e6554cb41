#pragma once

#include "api/apierror.h"
#include "api/executionstatus.h"
#include "api/message.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

namespace agi {

class ApiClient;
class EventStream;
class GetMessagesJob;
class GetStatusJob;
class MessageModel;

//! One session's agent messages, followed live: an EventStream (catching up through /messages
//! after a reconnect) into a MessageModel, and the task's execution status (GET /status when the
//! feed starts and again whenever the stream says the task moved on; a read that failed is asked
//! again on the client's backoff schedule unless the error is final). Runs between start() and
//! stop(); a restart goes on after the last message it has, so nothing shows twice.
class MessageFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageFeed)

public:
    MessageFeed(ApiClient *client, const QString &sessionId, QObject *parent = nullptr);
    ~MessageFeed() override;

    QString sessionId() const { return m_sessionId; }
    MessageModel *messages() const { return m_messages; }
    ExecutionStatus status() const { return m_status; }
    //! The question the agent waits to have answered (empty unless the status is waiting for
    //! input): the latest QUESTION with no USER message after it.
    QString pendingQuestion() const;
    //! Whether a stream is open or being opened.
    bool isStreaming() const;
    //! What cannot be read: /status failing, else the stream failing; kind None once both work.
    ApiError lastError() const { return m_statusProblem.isNone() ? m_streamProblem : m_statusProblem; }

    void start();
    void stop();
    //! The session runs again after its task had ended (a new task): follow the new one.
    void taskMayHaveRestarted();

Q_SIGNALS:
    void statusChanged(const agi::ExecutionStatus &previous, const agi::ExecutionStatus &current);
    void streamingChanged(bool streaming);
    void errorOccurred(const agi::ApiError &error);
    //! lastError() was set or cleared (the stream or /status failed, or works again).
    void problemChanged();

private:
    void openStream();
    void closeStream();
    //! Reads /messages once for the times of the messages the stream replays without them.
    void fetchMessageTimes();
    void fetchStatus();
    void onMessage(const Message &message);
    void setStatus(const ExecutionStatus &status);
    //! The stream and /status fail and recover apart: a stream that connects again says nothing
    //! of a /status read that still fails, and the other way round.
    enum class Source {
        Stream,
        Status
    };
    void setProblem(Source source, const ApiError &error);

    ApiClient *m_client = nullptr;
    QString m_sessionId;
    MessageModel *m_messages = nullptr;
    std::unique_ptr<EventStream> m_stream;
    QPointer<GetMessagesJob> m_timesJob;
    QHash<qint64, QDateTime> m_knownTimes; // from /messages, by id
    QPointer<GetStatusJob> m_statusJob;
    QTimer m_statusRetry;     // asks /status again after a failed read
    int m_statusFailures = 0; // failed reads in a row
    ExecutionStatus m_status;
    ApiError m_streamProblem;
    ApiError m_statusProblem;
    bool m_wanted = false;
    bool m_taskEnded = false;   // the stream finished because the task did
    bool m_statusAgain = false; // asked for the status while a request was under way
};

} // namespace agi
