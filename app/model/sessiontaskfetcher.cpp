#include "sessiontaskfetcher.h"

#include "api/getmessagesjob.h"
#include "model/sessionlistmodel.h"

#include <QLoggingCategory>
#include <QSet>

namespace agi {

namespace {
Q_LOGGING_CATEGORY(lcTasks, "agi.model.tasks")
} // namespace

SessionTaskFetcher::SessionTaskFetcher(ApiClient *client, SessionListModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_clock.start();
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

bool SessionTaskFetcher::wanted(const QString &sessionId) const
{
    if (!m_model->task(sessionId).isEmpty() || m_jobs.contains(sessionId) || m_queue.contains(sessionId))
        return false;
    const auto asked = m_askedAt.constFind(sessionId);
    return asked == m_askedAt.constEnd() || m_clock.elapsed() - *asked >= m_retryIntervalMs;
}

void SessionTaskFetcher::update()
{
    prune();
    for (const Session &session : m_model->sessions()) {
        if (wanted(session.id))
            m_queue.append(session.id);
    }
    pump();
}

void SessionTaskFetcher::prune()
{
    QSet<QString> listed;
    for (const Session &session : m_model->sessions())
        listed.insert(session.id);
    m_queue.removeIf([&listed](const QString &id) { return !listed.contains(id); });
    m_askedAt.removeIf([&listed](const auto &it) { return !listed.contains(it.key()); });
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
        const QString id = m_queue.takeFirst();
        auto *job = new GetMessagesJob(m_client, id, 0, true, this);
        m_jobs.insert(id, job);
        m_askedAt.insert(id, m_clock.elapsed());
        connect(job, &ApiJob::finished, this, [this, id, job] { onFinished(id, job); });
        qCDebug(lcTasks) << "asking for the task of" << id;
        job->start();
    }
}

void SessionTaskFetcher::onFinished(const QString &sessionId, GetMessagesJob *job)
{
    if (m_jobs.value(sessionId) == job)
        m_jobs.remove(sessionId);
    if (job->error().isNone()) {
        for (const Message &message : job->page().messages) {
            if (message.type != Message::Type::User)
                continue;
            const QString task = message.text().trimmed();
            if (!task.isEmpty() && m_model->rowOf(sessionId) >= 0) {
                m_model->setTask(sessionId, task);
                Q_EMIT taskFound(sessionId, task);
            }
            break;
        }
    } else {
        qCDebug(lcTasks) << "no task for" << sessionId << job->error().kindName();
    }
    if (isIdle()) {
        Q_EMIT idle();
        return;
    }
    pump();
}

} // namespace agi
