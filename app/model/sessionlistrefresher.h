#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace agi {

class ApiClient;
class ListSessionsJob;
class SessionListModel;

//! Keeps a SessionListModel in step with GET /v1/sessions: on a timer while started, at once on
//! refreshNow(), one request at a time; a failed refresh keeps the last list and says why.
class SessionListRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListRefresher)

public:
    static constexpr int DefaultIntervalMs = 5000;
    static constexpr int MinimumIntervalMs = 500;

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

    //! Refreshes as soon as possible: at once when idle, right after the running one otherwise.
    void refreshNow();
    bool isRefreshing() const { return !m_job.isNull(); }

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

private:
    void startJob();
    void onFinished(ListSessionsJob *job);
    void arm();

    ApiClient *m_client = nullptr;
    SessionListModel *m_model = nullptr;
    QTimer m_timer;
    QPointer<ListSessionsJob> m_job;
    QDateTime m_lastSuccess;
    ApiError m_lastError;
    int m_intervalMs = DefaultIntervalMs;
    int m_failures = 0;
    bool m_active = false;
    bool m_again = false; // refreshNow() while a refresh was running
};

} // namespace agi
