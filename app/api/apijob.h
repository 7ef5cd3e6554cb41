#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrlQuery>

class QNetworkReply;

namespace agi {

class ApiClient;

//! Base of every endpoint job: one request (plus bounded retries), then finished() and exactly one of
//! succeeded() / failed(ApiError).
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    //! Which failures are retried automatically.
    enum class RetryPolicy {
        Never, //!< create and message: a retry could duplicate what the server already did
        Read, //!< idempotent reads: what is not ApiError::isFinal() (nor an unusable answer), up to ApiClient::maxAttempts()
        Once //!< DELETE: one more attempt after a timeout or network error
    };

    ~ApiJob() override;

    //! Sends (after the client's policy checks). Calling it on a running or finished job does nothing.
    void start();
    //! Stops the job (also while it waits to retry) and fails it with kind Cancelled.
    void abort();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    const ApiError &error() const { return m_error; }
    //! HTTP status of the last answer (0 when none arrived).
    int httpStatus() const { return m_httpStatus; }
    //! Attempts made so far (1 after the first request was sent).
    int attempt() const { return m_attempt; }

    //! By default a job deleteLater()s itself after finished(); tests and pollers may keep it.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    //! Transfer timeout of one attempt; ApiClient::timeoutOverride() wins when set.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    //! Callers with a retry loop of their own (pollers, streams, refreshers) set Never: retries
    //! nested inside retries multiply the wait and hide the real state.
    void setRetryPolicy(RetryPolicy policy) { m_retryPolicy = policy; }
    ApiClient *client() const { return m_client; }
    QByteArray verb() const { return m_verb; }
    QString path() const { return m_path; }
    QUrlQuery query() const { return m_query; }

Q_SIGNALS:
    void finished();
    void succeeded();
    void failed(const agi::ApiError &error);
    //! A transient failure; the next attempt starts after `delayMs`.
    void retryScheduled(int nextAttempt, int delayMs, const agi::ApiError &error);

protected:
    ApiJob(ApiClient *client, const QByteArray &verb, const QString &path, QObject *parent);

    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setJsonBody(const QByteArray &json) { m_body = json; }
    //! What to do with a failed create or message: the error says it may have taken effect.
    void setUncertainEffect(ApiError::Effect effect) { m_uncertainEffect = effect; }

    //! Parses a 2xx body into the job's result; returns ApiError{} on success, else why it is unusable.
    virtual ApiError parse(const QByteArray &body) = 0;
    //! A chance to turn an HTTP error into a success (pause when already paused); true = succeeded.
    virtual bool acceptHttpError(const ApiError &error, const QByteArray &body);

private:
    enum class State {
        Idle,
        Running,
        Finished
    };

    void sendAttempt();
    void onReplyFinished();
    void finishWith(const ApiError &error);
    int retryDelayMs(const ApiError &error) const;

    ApiClient *m_client = nullptr;
    QByteArray m_verb;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    RetryPolicy m_retryPolicy = RetryPolicy::Read;
    ApiError::Effect m_uncertainEffect = ApiError::Effect::None;
    int m_timeoutMs = 30000;
    bool m_autoDelete = true;

    State m_state = State::Idle;
    int m_attempt = 0;
    int m_httpStatus = 0;
    ApiError m_error;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
};

} // namespace agi
