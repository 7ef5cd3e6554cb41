#include "live/framepollerworker.h"

#include "api/apilogging.h"
#include "api/backoff.h"
#include "api/screenshotjob.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThreadStorage>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <utility>

namespace agi {
Q_DECLARE_LOGGING_CATEGORY(lcLive)

namespace {

// One network manager per thread, shared by the pollers on it (one connection pool); deleted when
// the thread ends, after its objects' deferred deletes.
QNetworkAccessManager *threadNetwork()
{
    static QThreadStorage<QNetworkAccessManager *> storage;
    if (!storage.hasLocalData())
        storage.setLocalData(new QNetworkAccessManager);
    return storage.localData();
}

// AGI_FRAME_IDLE_CEILING_MS replaces IdleCeilingMs: benchmarks set it to the interval to measure
// a steady stream of unchanged responses (tests/bench/bench_running_app.py --unchanged).
int idleCeilingMs()
{
    static const int ceiling = [] {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue("AGI_FRAME_IDLE_CEILING_MS", &ok);
        return ok && value > 0 ? value : int(FramePoller::IdleCeilingMs);
    }();
    return ceiling;
}

} // namespace

FramePollerWorker::FramePollerWorker(const QString &sessionId, std::shared_ptr<FramePollerShared> shared)
    : m_sessionId(sessionId)
    , m_path(ScreenshotJob::path(sessionId))
    , m_shared(std::move(shared))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early: sooner than the interval
    connect(m_timer, &QTimer::timeout, this, &FramePollerWorker::onTimeout);
    m_clock.start();
}

FramePollerWorker::~FramePollerWorker()
{
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void FramePollerWorker::setTarget(QSize size, qreal devicePixelRatio)
{
    m_targetSize = size;
    m_targetRatio = devicePixelRatio;
}

int FramePollerWorker::currentInterval() const
{
    const int steps = m_unchanged - FramePoller::IdleAfterUnchanged + 1;
    if (steps <= 0)
        return m_intervalMs;
    const qint64 slowed = qint64(m_intervalMs) << std::min(steps, 16);
    return int(std::min<qint64>(slowed, std::max(m_intervalMs, idleCeilingMs())));
}

FramePollerStatus FramePollerWorker::status() const
{
    return {
        m_state, m_lastError, m_state == State::BackingOff ? m_backoffUntil : QDateTime(), currentInterval(), m_epoch};
}

void FramePollerWorker::adopt(quint64 epoch, int intervalBefore)
{
    const bool newEpoch = epoch != m_epoch;
    m_epoch = epoch;
    m_shared->seenEpoch.store(epoch);
    if (newEpoch || currentInterval() != intervalBefore) {
        countEvent();
        Q_EMIT statusChanged(status());
    }
}

void FramePollerWorker::setInterval(int milliseconds, quint64 epoch)
{
    const int before = currentInterval();
    m_intervalMs = milliseconds;
    m_unchanged = 0; // the user chose a pace: keep it until the frame proves idle again
    if (m_state == State::Live && m_timer->isActive())
        arm(std::max(0, m_intervalMs - sinceLastRequestEnded()));
    adopt(epoch, before);
}

void FramePollerWorker::setRetryRejections(bool retry)
{
    if (retry == m_retryRejections)
        return;
    m_retryRejections = retry;
    // A refusal that stopped the polling may now pass: try again at once.
    if (retry && m_state == State::Failing && !m_paused && !m_busy) {
        m_state = State::BackingOff;
        m_backoffUntil = QDateTime::currentDateTimeUtc();
        countEvent();
        Q_EMIT statusChanged(status());
        arm(0);
    }
}

void FramePollerWorker::wake(quint64 epoch)
{
    const int before = currentInterval();
    if (m_unchanged != 0) {
        m_unchanged = 0;
        if (m_state == State::Live && m_timer->isActive())
            arm(std::max(0, m_intervalMs - sinceLastRequestEnded()));
    }
    adopt(epoch, before);
}

void FramePollerWorker::resume(quint64 epoch)
{
    const int before = currentInterval();
    if (m_paused || m_state == State::Failing) {
        m_paused = false;
        if (m_lastError.isNone()) {
            m_state = State::Live;
        } else {
            // A resume is the user's go-ahead: try again soon, as after "refresh now".
            m_backoffUntil = QDateTime::currentDateTimeUtc();
            m_state = State::BackingOff;
        }
        if (!m_busy)
            arm(std::max(0, FramePoller::MinimumIntervalMs - sinceLastRequestEnded()));
    }
    adopt(epoch, before);
}

void FramePollerWorker::pause(quint64 epoch)
{
    const int before = currentInterval();
    if (!m_paused) {
        m_paused = true;
        m_refreshWanted = false;
        m_timer->stop();
        m_state = State::Paused;
    }
    adopt(epoch, before);
}

void FramePollerWorker::refreshNow()
{
    m_refreshWanted = true;
    if (!m_busy)
        arm(std::max(0, FramePoller::MinimumIntervalMs - sinceLastRequestEnded()));
}

void FramePollerWorker::onTimeout()
{
    if (m_busy || (m_paused && !m_refreshWanted))
        return;
    sendRequest();
}

void FramePollerWorker::sendRequest()
{
    m_busy = true;
    m_shared->busy.store(true);
    m_reportCycle = m_refreshWanted;
    m_refreshWanted = false;
    m_shared->requestCount.fetch_add(1);
    const QNetworkRequest request
        = ApiClient::makeRequest(m_recipe, ApiClient::endpointUrl(m_recipe, m_path), ScreenshotJob::TimeoutMs);
    ApiError policyError;
    // Not resent by Qt after a dropped connection either: the poller's own backoff decides when to ask
    // again (no retries inside retries).
    QNetworkReply *reply = ApiClient::sendWith(threadNetwork(), QByteArrayLiteral("GET"), request, {},
        m_recipe.maxResponseBytes, &policyError, ApiClient::Resend::Forbidden);
    if (!reply) {
        QMetaObject::invokeMethod(
            this, [this, policyError] { onFailed(policyError); }, Qt::QueuedConnection);
        return;
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &FramePollerWorker::onReplyFinished);
}

void FramePollerWorker::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const QByteArray body = reply->readAll();
    ApiError error = ApiClient::errorFromReply(reply, body);
    if (error.isNone())
        error = ScreenshotJob::checkBody(body);
    if (!error.isNone()) {
        if (error.kind == ApiError::Kind::Unauthorized) {
            countEvent();
            Q_EMIT unauthorized();
        }
        ApiClient::redact(m_recipe, error);
        qCDebug(lcApi) << "GET" << m_path << "failed:" << error.kindName() << error.httpStatus << error.serverMessage;
        onFailed(error);
        return;
    }

    const FramePipeline::Result result
        = m_pipeline.process(body, m_targetSize, QDateTime::currentDateTimeUtc(), m_targetRatio);
    switch (result.outcome) {
    case FramePipeline::Outcome::Decoded:
        onDecoded(result.frame);
        break;
    case FramePipeline::Outcome::Unchanged:
        onUnchanged(result.frame);
        break;
    case FramePipeline::Outcome::Failed:
        qCWarning(lcLive) << "screenshot of" << m_sessionId << "unusable:" << result.error;
        onFailed(ApiError::badResponse(result.error));
        break;
    }
}

void FramePollerWorker::onDecoded(const Frame &frame)
{
    Frame changed = frame;
    changed.changedAt = frame.capturedAt;
    m_url = frame.url;
    m_title = frame.title;
    m_unchanged = 0;
    m_failures = 0;
    m_lastError = {};
    if (!m_paused)
        m_state = State::Live;
    m_shared->confirmedAtMs.store(frame.capturedAt.toMSecsSinceEpoch());
    countEvent();
    Q_EMIT frameChanged(changed, status());
    finishCycle();
}

void FramePollerWorker::onUnchanged(const Frame &frame)
{
    const State stateBefore = m_state;
    const int intervalBefore = currentInterval();
    const bool hadError = !m_lastError.isNone();
    // Same pixels on another page still counts as a change; the image keeps its changedAt.
    const bool samePage = frame.url == m_url && frame.title == m_title;
    m_unchanged = samePage ? m_unchanged + 1 : 0;
    m_url = frame.url;
    m_title = frame.title;
    m_failures = 0;
    m_lastError = {};
    if (!m_paused)
        m_state = State::Live;
    m_shared->confirmedAtMs.store(frame.capturedAt.toMSecsSinceEpoch());
    if (!samePage || hadError || m_reportCycle || m_state != stateBefore || currentInterval() != intervalBefore) {
        countEvent();
        Q_EMIT frameRefreshed(frame, status());
    }
    finishCycle();
}

void FramePollerWorker::onFailed(const ApiError &error)
{
    m_lastError = error;
    ++m_failures;
    if (!m_paused) {
        const bool rejection = error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden
            || error.kind == ApiError::Kind::NotFound;
        if (error.isFinal() && !(rejection && m_retryRejections)) {
            m_state = State::Failing;
        } else {
            // Never sooner than the interval: a failure must not speed polling up.
            const int delay = Backoff::delayMs(
                m_failures, {FramePoller::FirstBackoffMs, FramePoller::MaximumBackoffMs}, error, m_intervalMs);
            m_backoffUntil = QDateTime::currentDateTimeUtc().addMSecs(delay);
            m_state = State::BackingOff;
        }
    }
    countEvent();
    Q_EMIT failed(error, status());
    finishCycle();
}

void FramePollerWorker::finishCycle()
{
    m_busy = false;
    m_reportCycle = false;
    m_lastEndedMs = m_clock.elapsed();
    m_shared->busy.store(false);
    if (m_refreshWanted) {
        arm(FramePoller::MinimumIntervalMs);
        return;
    }
    switch (m_state) {
    case State::Live:
        arm(currentInterval());
        break;
    case State::BackingOff:
        arm(int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_backoffUntil))));
        break;
    case State::Paused:
    case State::Failing:
        break;
    }
}

void FramePollerWorker::arm(int delayMs)
{
    m_timer->start(delayMs);
}

int FramePollerWorker::sinceLastRequestEnded() const
{
    if (m_lastEndedMs < 0)
        return std::numeric_limits<int>::max();
    return int(std::min<qint64>(m_clock.elapsed() - m_lastEndedMs, std::numeric_limits<int>::max()));
}

} // namespace agi
