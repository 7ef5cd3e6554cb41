#pragma once

#include "api/apierror.h"
#include "api/session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace agi {

class ApiClient;
class GetMessagesJob;
class SessionListModel;

//! Fills the task column for sessions the app did not create: asks GET /messages for a visible
//! session whose task is unknown, or that started running again (it was given a new task), and
//! takes the latest USER message as its task. At most MaxInFlight requests at a time and
//! MaxStartsPerWindow per RateWindowMs; a session without a USER message yet is asked again after
//! a growing wait (Backoff from retryInterval()); a finished session is never asked again once it
//! has answered.
class SessionTaskFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTaskFetcher)

public:
    static constexpr int MaxInFlight = 2;
    static constexpr int MaxStartsPerWindow = 4;
    static constexpr int RateWindowMs = 1000;
    static constexpr int DefaultRetryIntervalMs = 30000;
    static constexpr int MaxRetryIntervalMs = 600000;

    //! `client` and `model` must outlive the fetcher.
    SessionTaskFetcher(ApiClient *client, SessionListModel *model, QObject *parent = nullptr);
    ~SessionTaskFetcher() override;

    //! Looks for listed sessions without a task and fetches theirs; the monitor calls it after each
    //! successful list refresh.
    void update();

    //! The sessions a view shows now, top first: only these are asked about. Until a view calls it
    //! every listed session counts as shown (a core without a view).
    void setVisibleSessions(const QStringList &sessionIds);
    QStringList visibleSessions() const { return m_visible; }

    //! The first wait before a session that had no USER message (or whose request failed) is asked
    //! again; each further miss doubles it, up to MaxRetryIntervalMs. Applies to waits under way.
    void setRetryInterval(int milliseconds);
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
    struct Entry
    {
        qint64 askedAtMs = -1; // on m_clock, when the last request started
        qint64 waitMs = 0;     // how long after askedAtMs it may be asked again
        int misses = 0;        // answers without a task, or failures, in a row
        bool stale = false;    // ran again since its task was read: the task may be a new one
        bool settled = false;  // finished and answered (or gone): never asked again
    };

    bool wanted(const Session &session) const;
    void requeue();
    void prune();
    void pump();
    void onFinished(const QString &sessionId, GetMessagesJob *job);
    void noteMiss(Entry *entry, const ApiError &error);

    ApiClient *m_client = nullptr;
    SessionListModel *m_model = nullptr;
    QStringList m_queue;
    QHash<QString, QPointer<GetMessagesJob>> m_jobs;
    QHash<QString, Entry> m_entries;
    QHash<QString, SessionStatus::Value> m_seenStatus; // the status at the previous update()
    QStringList m_visible;
    bool m_visibilityKnown = false;
    QList<qint64> m_recentStarts; // on m_clock, the last MaxStartsPerWindow request starts
    QTimer m_rateTimer;
    QElapsedTimer m_clock;
    int m_retryIntervalMs = DefaultRetryIntervalMs;
};

} // namespace agi
