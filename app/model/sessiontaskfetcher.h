#pragma once

#include "api/session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace agi {

class ApiClient;
class GetMessagesJob;
class SessionListModel;

//! Fills the task column for sessions the app did not create: asks GET /messages for a session
//! whose task is unknown, or that started running again (it was given a new task), and takes the
//! latest USER message as its task; at most MaxInFlight requests at a time, sessions without a
//! USER message yet asked again at most every retryInterval().
class SessionTaskFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTaskFetcher)

public:
    static constexpr int MaxInFlight = 2;
    static constexpr int DefaultRetryIntervalMs = 30000;

    //! `client` and `model` must outlive the fetcher.
    SessionTaskFetcher(ApiClient *client, SessionListModel *model, QObject *parent = nullptr);
    ~SessionTaskFetcher() override;

    //! Looks for listed sessions without a task and fetches theirs; the window calls it after each
    //! successful list refresh.
    void update();

    //! How long a session that had no USER message (or whose request failed) waits before it is
    //! asked again.
    void setRetryInterval(int milliseconds) { m_retryIntervalMs = milliseconds; }
    int retryInterval() const { return m_retryIntervalMs; }

    int inFlight() const { return int(m_jobs.size()); }
    int queued() const { return int(m_queue.size()); }
    bool isIdle() const { return m_jobs.isEmpty() && m_queue.isEmpty(); }

Q_SIGNALS:
    //! The task of `sessionId` was found and handed to the model.
    void taskFound(const QString &sessionId, const QString &task);
    //! The last queued request finished.
    void idle();

private:
    bool wanted(const Session &session, bool startedAgain) const;
    void prune();
    void pump();
    void onFinished(const QString &sessionId, GetMessagesJob *job);

    ApiClient *m_client = nullptr;
    SessionListModel *m_model = nullptr;
    QStringList m_queue;
    QHash<QString, QPointer<GetMessagesJob>> m_jobs;
    QHash<QString, qint64> m_askedAt;                  // ms on m_clock when the session was last asked
    QHash<QString, SessionStatus::Value> m_seenStatus; // the status at the previous update()
    QElapsedTimer m_clock;
    int m_retryIntervalMs = DefaultRetryIntervalMs;
};

} // namespace agi
