#include "sessionlistrefresher.h"

#include "api/listsessionsjob.h"
#include "model/sessionlistmodel.h"

#include <QLoggingCategory>

#include <algorithm>

namespace agi {

namespace {
Q_LOGGING_CATEGORY(lcRefresher, "agi.model.refresher")
} // namespace

SessionListRefresher::SessionListRefresher(ApiClient *client, SessionListModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionListRefresher::startJob);
}

SessionListRefresher::~SessionListRefresher()
{
    if (m_job) {
        // The model may be gone before the job's reply: never let it call back into us.
        m_job->disconnect(this);
        m_job->abort();
    }
}

void SessionListRefresher::setInterval(int milliseconds)
{
    m_intervalMs = std::max(MinimumIntervalMs, milliseconds);
    if (m_timer.isActive())
        arm();
}

void SessionListRefresher::start()
{
    if (m_active)
        return;
    m_active = true;
    refreshNow();
}

void SessionListRefresher::stop()
{
    m_active = false;
    m_timer.stop();
}

void SessionListRefresher::refreshNow()
{
    if (m_job) {
        m_again = true;
        return;
    }
    m_timer.stop();
    startJob();
}

void SessionListRefresher::startJob()
{
    if (m_job)
        return;
    auto *job = new ListSessionsJob(m_client, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] { onFinished(job); });
    Q_EMIT refreshStarted();
    job->start();
}

void SessionListRefresher::onFinished(ListSessionsJob *job)
{
    m_job.clear();
    const ApiError &error = job->error();
    if (error.isNone()) {
        m_model->setSessions(job->sessions());
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        m_lastError = ApiError();
        const bool wasFailing = m_failures > 0;
        m_failures = 0;
        Q_EMIT refreshed(int(job->sessions().size()));
        if (wasFailing)
            Q_EMIT recovered();
    } else if (error.kind != ApiError::Kind::Cancelled) {
        m_lastError = error;
        ++m_failures;
        qCInfo(lcRefresher) << "refresh failed:" << error.kindName() << error.httpStatus;
        Q_EMIT failed(error);
        if (error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden)
            Q_EMIT authenticationFailed(error);
    }
    if (m_again) {
        m_again = false;
        startJob();
        return;
    }
    if (m_active)
        arm();
}

void SessionListRefresher::arm()
{
    m_timer.start(m_intervalMs);
}

} // namespace agi
