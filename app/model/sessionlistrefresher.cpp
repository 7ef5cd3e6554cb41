#include "sessionlistrefresher.h"

#include "api/apiclient.h"
#include "api/backoff.h"
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
    m_slowTimer.setSingleShot(true);
    m_slowTimer.setTimerType(Qt::PreciseTimer); // a counting display must not skip or repeat a second
    connect(&m_slowTimer, &QTimer::timeout, this, &SessionListRefresher::onSlowTick);
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
    if (m_timer.isActive() && m_state == State::Idle)
        arm(m_intervalMs);
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
    if (m_state == State::RetryScheduled)
        setState(State::Failed);
}

void SessionListRefresher::refreshNow()
{
    if (m_job) {
        if (!isWaitingLong()) {
            // Its answer may predate what the caller just changed: one more right after it.
            m_again = true;
            return;
        }
        // Stalled: the user was told it is waiting and asks again; an answer may never come.
        qCInfo(lcRefresher) << "abandoning a list request unanswered for" << waitedSeconds() << "s";
        ListSessionsJob *stalled = m_job.data();
        m_job.clear();
        stalled->disconnect(this);
        stalled->abort();
        m_again = false;
    }
    m_timer.stop();
    startJob();
}

int SessionListRefresher::waitedSeconds() const
{
    // Rounded: the ticks fall on whole seconds, give or take a millisecond.
    return m_job ? int((m_waitClock.elapsed() + 500) / 1000) : 0;
}

bool SessionListRefresher::isWaitingLong() const
{
    return m_job && m_waitReported;
}

void SessionListRefresher::startJob()
{
    if (m_job)
        return;
    auto *job = new ListSessionsJob(m_client, this);
    // One attempt: the refresher's own timer is the retry, so a stalled server costs one timeout,
    // not four, before the user hears of it.
    job->setRetryPolicy(ApiJob::RetryPolicy::Never);
    job->setTimeout(m_requestTimeoutMs);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] { onFinished(job); });
    m_waitClock.start();
    m_waitReported = false;
    m_waitingSince = QDateTime::currentDateTimeUtc();
    m_slowTimer.start(m_slowAfterMs);
    setState(State::Waiting);
    Q_EMIT refreshStarted();
    job->start();
}

void SessionListRefresher::onSlowTick()
{
    if (!m_job)
        return;
    m_waitReported = true;
    const qint64 waited = m_waitClock.elapsed();
    // On whole seconds from now on, so that a counting display moves evenly.
    m_slowTimer.start(int(1000 - waited % 1000));
    Q_EMIT waiting(waitedSeconds());
}

void SessionListRefresher::onFinished(ListSessionsJob *job)
{
    m_job.clear();
    m_slowTimer.stop();
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
    if (error.isNone() || error.kind == ApiError::Kind::Cancelled) {
        setState(State::Idle);
        if (m_active)
            arm(m_intervalMs);
        return;
    }
    if (!m_active || m_lastError.isFinal()) {
        // A rejected key or a wrong address answers the same until something changes (a new key,
        // another server, F5): nothing to retry on a timer.
        setState(State::Failed);
        return;
    }
    const int delay = Backoff::delayMs(m_failures, m_client->backoff(), m_lastError, m_intervalMs);
    m_nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    arm(delay);
    setState(State::RetryScheduled);
}

void SessionListRefresher::arm(int milliseconds)
{
    m_timer.start(milliseconds);
}

void SessionListRefresher::setState(State state)
{
    // RetryScheduled again means a new time: announced like a change.
    if (state == m_state && state != State::RetryScheduled && state != State::Waiting)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace agi
