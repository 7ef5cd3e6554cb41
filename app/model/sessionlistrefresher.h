#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace agi {

class ApiClient;
class ListSessionsJob;
class SessionListModel;

//! Keeps a SessionListModel in step with GET /v1/sessions: on a timer while started, at once on
//! refreshNow(), one request at a time; a failed refresh keeps the last list and says why. Each
//! refresh is one attempt with a short timeout (the next timed refresh is the retry, later after
//! each failure in a row); a request unanswered for slowAfter() is reported as waiting, and
//! refreshNow() then gives up on it and asks again.
class SessionListRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListRefresher)

public:
    static constexpr int DefaultIntervalMs = 5000;
    static constexpr int MinimumIntervalMs = 500;
    static constexpr int DefaultRequestTimeoutMs = 12000;
    static constexpr int DefaultSlowAfterMs = 3000;

    enum class State {
        Idle,           //!< nothing under way; the next timed refresh comes after interval()
        Waiting,        //!< a request is under way since waitingSince()
        RetryScheduled, //!< the last refresh failed (lastError()); the next starts at nextAttemptAt()
        Failed          //!< the last refresh failed (lastError()) and none follows until refreshNow()
    };
    Q_ENUM(State)

    SessionListRefresher(ApiClient *client, SessionListModel *model, QObject *parent = nullptr);
    ~SessionListRefresher() override;

    //! Time between the end of one refresh and the start of the next; clamped to MinimumIntervalMs.
    void setInterval(int milliseconds);
    int interval() const { return m_intervalMs; }

    //! Refreshes now and then every interval() until stop().
    void start();
    //! No more timed refreshes; one already under way still updates the model.
    void stop();
    bool isActive() const { return m_active; }

    //! Refreshes as soon as possible: at once when idle; when a request has been waiting for
    //! slowAfter() or longer, it is abandoned and a new one starts; otherwise right after the
    //! running one.
    void refreshNow();
    bool isRefreshing() const { return !m_job.isNull(); }

    State state() const { return m_state; }
    //! When the running request started (invalid when none runs).
    QDateTime waitingSince() const { return m_job.isNull() ? QDateTime() : m_waitingSince; }
    //! Whole seconds the running request has waited for its answer (0 when none runs).
    int waitedSeconds() const;
    //! Whether the running request has waited slowAfter() or longer (waiting() has reported it).
    bool isWaitingLong() const;
    //! When the next attempt after a failure starts (valid in state RetryScheduled).
    QDateTime nextAttemptAt() const { return m_state == State::RetryScheduled ? m_nextAttemptAt : QDateTime(); }

    //! Transfer timeout of one list request (ApiClient::timeoutOverride() wins when set).
    void setRequestTimeout(int milliseconds) { m_requestTimeoutMs = milliseconds; }
    int requestTimeout() const { return m_requestTimeoutMs; }
    //! How long a request may go unanswered before waiting() reports it.
    void setSlowAfter(int milliseconds) { m_slowAfterMs = std::max(0, milliseconds); }
    int slowAfter() const { return m_slowAfterMs; }

    //! When the list was last loaded successfully (invalid before the first success).
    QDateTime lastSuccess() const { return m_lastSuccess; }
    //! The error of the latest refresh; kind None after a success.
    ApiError lastError() const { return m_lastError; }
    //! Refreshes that have failed in a row.
    int failureCount() const { return m_failures; }

Q_SIGNALS:
    void refreshStarted();
    //! The model now holds the server's list of `count` sessions.
    void refreshed(int count);
    //! A refresh failed; the model keeps the previous list.
    void failed(const agi::ApiError &error);
    //! The server rejected the key (401) or denied access (403): asking for another key may help.
    void authenticationFailed(const agi::ApiError &error);
    //! The first success after one or more failures.
    void recovered();
    //! state() (or the times that go with it) changed.
    void stateChanged(agi::SessionListRefresher::State state);
    //! The running request has waited `seconds` for its answer: first after slowAfter(), then every second.
    void waiting(int seconds);

private:
    void startJob();
    void onFinished(ListSessionsJob *job);
    void arm(int milliseconds);
    void setState(State state);
    void onSlowTick();

    ApiClient *m_client = nullptr;
    SessionListModel *m_model = nullptr;
    QTimer m_timer;
    QTimer m_slowTimer; // ticks waiting() while a request goes unanswered
    QPointer<ListSessionsJob> m_job;
    QElapsedTimer m_waitClock;
    QDateTime m_waitingSince;
    QDateTime m_nextAttemptAt;
    QDateTime m_lastSuccess;
    ApiError m_lastError;
    State m_state = State::Idle;
    int m_intervalMs = DefaultIntervalMs;
    int m_requestTimeoutMs = DefaultRequestTimeoutMs;
    int m_slowAfterMs = DefaultSlowAfterMs;
    int m_failures = 0;
    bool m_active = false;
    bool m_again = false;        // refreshNow() while a refresh was running
    bool m_waitReported = false; // waiting() was emitted for the running request
};

} // namespace agi
