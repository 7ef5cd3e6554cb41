#include "monitor/sessiondetailfetcher.h"

#include "api/backoff.h"
#include "api/getsessionjob.h"

#include <QLoggingCategory>

namespace agi {

namespace {
Q_LOGGING_CATEGORY(lcDetails, "agi.monitor.details")
} // namespace

SessionDetailFetcher::SessionDetailFetcher(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!m_id.isEmpty() && !m_job)
            fetch();
    });
}

SessionDetailFetcher::~SessionDetailFetcher()
{
    abortJob();
}

void SessionDetailFetcher::watch(const Session &listed)
{
    if (listed.id != m_id) {
        abortJob();
        m_retry.stop();
        m_failures = 0;
        setProblem({});
        m_id = listed.id;
        m_details = Session();
        m_fetchedFor = listed.status;
        if (!m_id.isEmpty())
            fetch();
        return;
    }
    // The live view link may come or go with the status (a paused or finished browser).
    if (!m_id.isEmpty() && listed.status != m_fetchedFor) {
        m_fetchedFor = listed.status;
        abortJob();
        fetch();
    }
}

Session SessionDetailFetcher::complete(const Session &listed) const
{
    return listed.completedWith(m_details);
}

void SessionDetailFetcher::fetch()
{
    auto *job = new GetSessionJob(m_client, m_id, this);
    m_job = job;
    const QString id = m_id;
    connect(job, &ApiJob::finished, this, [this, job, id] {
        if (m_job == job)
            m_job.clear();
        if (id != m_id)
            return;
        const ApiError error = job->error();
        if (!error.isNone()) {
            // The list still shows the session; without its details only the live view link is missing.
            qCDebug(lcDetails) << "no details for" << id << error.kindName();
            ++m_failures;
            setProblem(error);
            if (!error.isFinal() && error.kind != ApiError::Kind::Cancelled)
                m_retry.start(Backoff::delayMs(m_failures, {1000, 60000}, error));
            return;
        }
        m_failures = 0;
        setProblem({});
        m_details = job->session();
        Q_EMIT detailsChanged(m_details);
    });
    // The job tries again on its own; the user reads why while it does.
    connect(job, &ApiJob::retryScheduled, this, [this, id](int, int, const ApiError &error) {
        if (id == m_id)
            setProblem(error);
    });
    job->start();
}

void SessionDetailFetcher::setProblem(const ApiError &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(m_id, problem);
}

void SessionDetailFetcher::abortJob()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job.clear();
    }
}

} // namespace agi
