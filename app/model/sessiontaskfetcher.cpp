#include "sessiontaskfetcher.h"

#include "api/getmessagesjob.h"
#include "model/sessionlistmodel.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

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

bool SessionTaskFetcher::wanted(const Session &session, bool startedAgain) const
{
    if (m_jobs.contains(session.id) || m_queue.contains(session.id))
        return false;
    if (startedAgain)
        return true; // a session that runs again was given a new task
    if (!m_model->task(session.id).isEmpty())
        return false;
    const auto asked = m_askedAt.constFind(session.id);
    return asked == m_askedAt.constEnd() || m_clock.elapsed() - *asked >= m_retryIntervalMs;
}

void SessionTaskFetcher::update()
{
    prune();
    for (const Session &session : m_model->sessions()) {
        const bool running = session.status.value == SessionStatus::Value::Running;
        const auto seen = m_seenStatus.constFind(session.id);
        const bool startedAgain = running && seen != m_seenStatus.constEnd() && *seen != SessionStatus::Value::Running;
        m_seenStatus.insert(session.id, session.status.value);
        if (wanted(session, startedAgain))
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
        const QList<Message> &messages = job->page().messages;
        // The latest USER message is the task the session works on now.
        const auto latest = std::find_if(messages.crbegin(), messages.crend(),
            [](const Message &message) { return message.type == Message::Type::User; });
        const QString task = latest == messages.crend() ? QString() : latest->text().trimmed();
        if (!task.isEmpty() && m_model->rowOf(sessionId) >= 0 && m_model->task(sessionId) != task) {
            m_model->setTask(sessionId, task);
            Q_EMIT taskFound(sessionId, task);
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
