#include "live/framepoller.h"

#include "api/backoff.h"
#include "api/screenshotjob.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

namespace agi {
Q_DECLARE_LOGGING_CATEGORY(lcLive)

FramePoller::FramePoller(ApiClient *client, const QString &sessionId, QThread *decodeThread, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sessionId(sessionId)
    , m_decoder(decodeThread)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early: sooner than the interval
    connect(&m_timer, &QTimer::timeout, this, &FramePoller::onTimeout);
    connect(&m_decoder, &FrameDecoder::decoded, this, &FramePoller::onDecoded);
    connect(&m_decoder, &FrameDecoder::unchanged, this, &FramePoller::onUnchanged);
    connect(&m_decoder, &FrameDecoder::failed, this, &FramePoller::onDecodeFailed);
    m_clock.start();
}

FramePoller::~FramePoller()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
    }
}

qint64 FramePoller::frameAge() const
{
    if (!m_frame.capturedAt.isValid())
        return -1;
    return std::max<qint64>(0, m_frame.capturedAt.msecsTo(QDateTime::currentDateTimeUtc()));
}

qint64 FramePoller::unchangedFor() const
{
    if (!m_frame.changedAt.isValid())
        return -1;
    return std::max<qint64>(0, m_frame.changedAt.msecsTo(QDateTime::currentDateTimeUtc()));
}

void FramePoller::setInterval(int milliseconds)
{
    const int clamped = std::max(milliseconds, int(MinimumIntervalMs));
    if (clamped == m_intervalMs)
        return;
    m_intervalMs = clamped;
    m_unchanged = 0; // the user chose a pace: keep it until the frame proves idle again
    if (m_state == State::Live && m_timer.isActive())
        arm(std::max(0, m_intervalMs - sinceLastRequestEnded()));
    Q_EMIT intervalChanged(m_intervalMs);
}

namespace {

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

int FramePoller::currentInterval() const
{
    const int steps = m_unchanged - IdleAfterUnchanged + 1;
    if (steps <= 0)
        return m_intervalMs;
    const qint64 slowed = qint64(m_intervalMs) << std::min(steps, 16);
    return int(std::min<qint64>(slowed, std::max(m_intervalMs, idleCeilingMs())));
}

void FramePoller::wake()
{
    if (m_unchanged == 0)
        return;
    m_unchanged = 0;
    if (m_state == State::Live && m_timer.isActive())
        arm(std::max(0, m_intervalMs - sinceLastRequestEnded()));
}

void FramePoller::markUnchanged(bool unchanged)
{
    m_unchanged = unchanged ? m_unchanged + 1 : 0;
}

void FramePoller::resume()
{
    if (!m_paused && m_state != State::Failing)
        return;
    m_paused = false;
    if (m_lastError.isNone()) {
        setState(State::Live);
    } else {
        // A resume is the user's go-ahead: try again soon, as after "refresh now".
        m_backoffUntil = QDateTime::currentDateTimeUtc();
        setState(State::BackingOff);
    }
    if (!m_busy)
        arm(std::max(0, MinimumIntervalMs - sinceLastRequestEnded()));
}

void FramePoller::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_refreshWanted = false;
    m_timer.stop();
    setState(State::Paused);
}

void FramePoller::refreshNow()
{
    if (m_busy) {
        m_refreshWanted = true;
        return;
    }
    m_refreshWanted = true;
    arm(std::max(0, MinimumIntervalMs - sinceLastRequestEnded()));
}

void FramePoller::onTimeout()
{
    if (m_busy || (m_paused && !m_refreshWanted))
        return;
    sendRequest();
}

void FramePoller::sendRequest()
{
    m_busy = true;
    m_refreshWanted = false;
    ++m_requestCount;
    auto *job = new ScreenshotJob(m_client, m_sessionId, this);
    job->setRetryPolicy(ApiJob::RetryPolicy::Never); // the poller's backoff is the one retry loop
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this, job] { onSucceeded(job->body()); });
    connect(job, &ApiJob::failed, this, &FramePoller::onFailed);
    job->start();
}

void FramePoller::onSucceeded(const QByteArray &body)
{
    m_job.clear();
    m_decoder.decode(body, m_targetSize, ++m_sequence, QDateTime::currentDateTimeUtc(), m_targetRatio);
}

void FramePoller::onDecoded(quint64 sequence, const agi::Frame &frame)
{
    if (sequence != m_sequence)
        return;
    m_frame = frame;
    m_frame.changedAt = frame.capturedAt;
    markUnchanged(false);
    m_failures = 0;
    m_lastError = {};
    if (!m_paused)
        setState(State::Live);
    Q_EMIT frameChanged();
    Q_EMIT frameRefreshed();
    finishCycle();
}

void FramePoller::onUnchanged(quint64 sequence, const agi::Frame &frame)
{
    if (sequence != m_sequence)
        return;
    // Same pixels on another page still counts as a change; the image keeps its changedAt.
    markUnchanged(frame.url == m_frame.url && frame.title == m_frame.title);
    m_frame.url = frame.url;
    m_frame.title = frame.title;
    m_frame.capturedAt = frame.capturedAt;
    m_failures = 0;
    m_lastError = {};
    if (!m_paused)
        setState(State::Live);
    Q_EMIT frameRefreshed();
    finishCycle();
}

void FramePoller::onDecodeFailed(quint64 sequence, const QString &reason)
{
    if (sequence != m_sequence)
        return;
    qCWarning(lcLive) << "screenshot of" << m_sessionId << "unusable:" << reason;
    onFailed(ApiError::badResponse(reason));
}

void FramePoller::onFailed(const ApiError &error)
{
    m_job.clear();
    m_lastError = error;
    ++m_failures;
    Q_EMIT errorOccurred(error);
    if (m_paused) {
        finishCycle();
        return;
    }
    if (error.isFinal()) {
        setState(State::Failing);
        finishCycle();
        return;
    }
    // Never sooner than the interval: a failure must not speed polling up.
    const int delay = Backoff::delayMs(m_failures, {FirstBackoffMs, MaximumBackoffMs}, error, m_intervalMs);
    m_backoffUntil = QDateTime::currentDateTimeUtc().addMSecs(delay);
    // Re-emitted even when already BackingOff: the time it waits until has changed.
    m_state = State::BackingOff;
    Q_EMIT stateChanged(m_state);
    finishCycle();
}

void FramePoller::finishCycle()
{
    m_busy = false;
    m_lastEndedMs = m_clock.elapsed();
    if (m_refreshWanted) {
        arm(MinimumIntervalMs);
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

void FramePoller::arm(int delayMs)
{
    m_timer.start(delayMs);
}

int FramePoller::sinceLastRequestEnded() const
{
    if (m_lastEndedMs < 0)
        return std::numeric_limits<int>::max();
    return int(std::min<qint64>(m_clock.elapsed() - m_lastEndedMs, std::numeric_limits<int>::max()));
}

void FramePoller::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace agi
