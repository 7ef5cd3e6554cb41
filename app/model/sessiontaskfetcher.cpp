#include "sessiontaskfetcher.h"

#include "api/apiclient.h"
#include "api/backoff.h"
#include "api/getmessagesjob.h"
#include "model/sessionlistmodel.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

namespace agi {

namespace {
Q_LOGGING_CATEGORY(lcTasks, "agi.model.tasks")

// One attempt per request: the fetcher's own waits are the retry, and a retry inside the job would
// slip past the rate bound.
constexpr int RequestTimeoutMs = 15000;
} // namespace

SessionTaskFetcher::SessionTaskFetcher(ApiClient *client, SessionListModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_clock.start();
    m_rateTimer.setSingleShot(true);
    connect(&m_rateTimer, &QTimer::timeout, this, &SessionTaskFetcher::pump);
    // A session that leaves the list (ended here or elsewhere) needs no task any more.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SessionTaskFetcher::prune);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionTaskFetcher::prune);
}

SessionTaskFetcher::~SessionTaskFetcher()
{
    for (const QPointer<GetMessagesJob> &job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

void SessionTaskFetcher::setRetryInterval(int milliseconds)
{
    m_retryIntervalMs = std::max(0, milliseconds);
    for (Entry &entry : m_entries) {
        if (entry.misses > 0)
            entry.waitMs = Backoff::delayMs(entry.misses, {m_retryIntervalMs, MaxRetryIntervalMs}, {});
    }
}

bool SessionTaskFetcher::wanted(const Session &session) const
{
    if (m_jobs.contains(session.id))
        return false;
    const auto it = m_entries.constFind(session.id);
    if (it != m_entries.constEnd() && it->stale)
        return true; // a session that runs again was given a new task
    if (!m_model->task(session.id).isEmpty())
        return false;
    if (it == m_entries.constEnd() || it->askedAtMs < 0)
        return true;
    if (it->settled)
        return false;
    return m_clock.elapsed() - it->askedAtMs >= it->waitMs;
}

void SessionTaskFetcher::update()
{
    prune();
    for (const Session &session : m_model->sessions()) {
        const bool running = session.status.value == SessionStatus::Value::Running;
        const auto seen = m_seenStatus.constFind(session.id);
        if (running && seen != m_seenStatus.constEnd() && *seen != SessionStatus::Value::Running)
            m_entries[session.id].stale = true;
        m_seenStatus.insert(session.id, session.status.value);
    }
    requeue();
    pump();
}

void SessionTaskFetcher::setVisibleSessions(const QStringList &sessionIds)
{
    m_visibilityKnown = true;
    if (sessionIds == m_visible)
        return;
    m_visible = sessionIds;
    requeue();
    pump();
}

void SessionTaskFetcher::requeue()
{
    // The queue is what is shown now, in the order shown: rows scrolled away are not asked about.
    m_queue.clear();
    const auto consider = [this](const Session &session) {
        if (wanted(session))
            m_queue.append(session.id);
    };
    if (!m_visibilityKnown) {
        for (const Session &session : m_model->sessions())
            consider(session);
        return;
    }
    for (const QString &id : std::as_const(m_visible)) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            consider(m_model->sessionAt(row));
    }
}

void SessionTaskFetcher::prune()
{
    QSet<QString> listed;
    for (const Session &session : m_model->sessions())
        listed.insert(session.id);
    m_queue.removeIf([&listed](const QString &id) { return !listed.contains(id); });
    m_entries.removeIf([&listed](const auto &it) { return !listed.contains(it.key()); });
    m_seenStatus.removeIf([&listed](const auto &it) { return !listed.contains(it.key()); });
    const bool wasBusy = !m_jobs.isEmpty();
    const QStringList running = m_jobs.keys();
    for (const QString &id : running) {
        if (listed.contains(id))
            continue;
        const QPointer<GetMessagesJob> job = m_jobs.take(id);
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
    pump();
    if (wasBusy && isIdle())
        Q_EMIT idle();
}

void SessionTaskFetcher::pump()
{
    while (m_jobs.size() < MaxInFlight && !m_queue.isEmpty()) {
        const qint64 now = m_clock.elapsed();
        if (m_recentStarts.size() >= MaxStartsPerWindow) {
            const qint64 due = m_recentStarts.constFirst() + RateWindowMs;
            if (now < due) {
                if (!m_rateTimer.isActive())
                    m_rateTimer.start(int(due - now));
                return;
            }
            m_recentStarts.removeFirst();
        }
        const QString id = m_queue.takeFirst();
        auto *job = new GetMessagesJob(m_client, id, 0, true, this);
        job->setRetryPolicy(ApiJob::RetryPolicy::Never);
        job->setTimeout(RequestTimeoutMs);
        m_jobs.insert(id, job);
        m_entries[id].askedAtMs = now;
        m_recentStarts.append(now);
        connect(job, &ApiJob::finished, this, [this, id, job] { onFinished(id, job); });
        qCDebug(lcTasks) << "asking for the task of" << id;
        job->start();
    }
}

void SessionTaskFetcher::noteMiss(Entry *entry, const ApiError &error)
{
    ++entry->misses;
    entry->waitMs = Backoff::delayMs(entry->misses, {m_retryIntervalMs, MaxRetryIntervalMs}, error);
}

void SessionTaskFetcher::onFinished(const QString &sessionId, GetMessagesJob *job)
{
    if (m_jobs.value(sessionId) == job)
        m_jobs.remove(sessionId);
    const int row = m_model->rowOf(sessionId);
    if (row >= 0) {
        Entry &entry = m_entries[sessionId];
        const bool finished = m_model->sessionAt(row).status.isFinal();
        if (job->error().isNone()) {
            const QList<Message> &messages = job->page().messages;
            // The latest USER message is the task the session works on now.
            const auto latest = std::find_if(messages.crbegin(), messages.crend(),
                [](const Message &message) { return message.type == Message::Type::User; });
            const QString task = latest == messages.crend() ? QString() : latest->text().trimmed();
            entry.stale = false;
            // A finished session gets no new task: what it answered is all there will be.
            entry.settled = finished;
            if (task.isEmpty()) {
                noteMiss(&entry, {});
            } else {
                entry.misses = 0;
                if (m_model->task(sessionId) != task) {
                    m_model->setTask(sessionId, task);
                    Q_EMIT taskFound(sessionId, task);
                }
            }
        } else {
            qCDebug(lcTasks) << "no task for" << sessionId << job->error().kindName();
            // Not found: the session is gone, the next list refresh drops it.
            entry.settled = job->error().kind == ApiError::Kind::NotFound;
            noteMiss(&entry, job->error());
        }
    }
    if (isIdle()) {
        Q_EMIT idle();
        return;
    }
    pump();
}

} // namespace agi
