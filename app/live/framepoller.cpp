#include "live/framepoller.h"

#include "api/apiclient.h"
#include "live/framepollerworker.h"

#include <QMetaObject>
#include <QThread>

#include <algorithm>

namespace agi {

FramePoller::FramePoller(ApiClient *client, const QString &sessionId, QThread *decodeThread, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sessionId(sessionId)
    , m_shared(std::make_shared<FramePollerShared>())
    , m_worker(new FramePollerWorker(sessionId, m_shared))
{
    Q_ASSERT(client);
    qRegisterMetaType<agi::Frame>();
    qRegisterMetaType<agi::FramePollerStatus>();
    if (!decodeThread) {
        m_ownThread = std::make_unique<QThread>();
        m_ownThread->setObjectName(QStringLiteral("agi-frame-decoder"));
        m_ownThread->start();
        decodeThread = m_ownThread.get();
    }
    m_worker->moveToThread(decodeThread);
    // Queued: the worker's events arrive here, on this object's thread, in the order it sent them.
    connect(m_worker, &FramePollerWorker::frameChanged, this, &FramePoller::onWorkerFrame, Qt::QueuedConnection);
    connect(m_worker, &FramePollerWorker::frameRefreshed, this, &FramePoller::onWorkerRefreshed, Qt::QueuedConnection);
    connect(m_worker, &FramePollerWorker::failed, this, &FramePoller::onWorkerFailed, Qt::QueuedConnection);
    connect(m_worker, &FramePollerWorker::statusChanged, this, &FramePoller::onWorkerStatus, Qt::QueuedConnection);
    connect(
        m_worker, &FramePollerWorker::unauthorized, this,
        [this] {
            ++m_received;
            Q_EMIT m_client->unauthorized();
        },
        Qt::QueuedConnection);
    connect(m_client, &ApiClient::recipeChanged, this, &FramePoller::pushRecipe);
    pushRecipe();
}

FramePoller::~FramePoller()
{
    disconnect(m_worker, nullptr, this, nullptr);
    // After the commands already queued; its destructor aborts a request in flight on its thread.
    m_worker->deleteLater();
    if (m_ownThread) {
        m_ownThread->quit(); // a finishing thread still runs its deferred deletes
        m_ownThread->wait();
    }
}

void FramePoller::pushRecipe()
{
    FramePollerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, recipe = m_client->recipe()] { worker->setRecipe(recipe); }, Qt::QueuedConnection);
}

Frame FramePoller::frame() const
{
    Frame current = m_frame;
    const qint64 confirmed = m_shared->confirmedAtMs.load();
    if (current.capturedAt.isValid() && confirmed > current.capturedAt.toMSecsSinceEpoch())
        current.capturedAt = QDateTime::fromMSecsSinceEpoch(confirmed, Qt::UTC);
    return current;
}

qint64 FramePoller::frameAge() const
{
    if (!m_frame.capturedAt.isValid())
        return -1;
    const qint64 confirmed = std::max(m_frame.capturedAt.toMSecsSinceEpoch(), m_shared->confirmedAtMs.load());
    return std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - confirmed);
}

qint64 FramePoller::unchangedFor() const
{
    if (!m_frame.changedAt.isValid())
        return -1;
    return std::max<qint64>(0, m_frame.changedAt.msecsTo(QDateTime::currentDateTimeUtc()));
}

bool FramePoller::isRequestInFlight() const
{
    // In this order: the worker counts an event before it clears busy.
    return m_shared->busy.load() || m_shared->emitted.load() != m_received || m_shared->seenEpoch.load() != m_epoch;
}

int FramePoller::requestCount() const
{
    return m_shared->requestCount.load();
}

void FramePoller::setInterval(int milliseconds)
{
    const int clamped = std::max(milliseconds, int(MinimumIntervalMs));
    if (clamped == m_intervalMs)
        return;
    m_intervalMs = clamped;
    m_currentIntervalMs = clamped; // the user chose a pace: kept until the frame proves idle again
    FramePollerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, clamped, epoch = nextEpoch()] { worker->setInterval(clamped, epoch); }, Qt::QueuedConnection);
    Q_EMIT intervalChanged(m_intervalMs);
}

void FramePoller::wake()
{
    quint64 epoch = m_epoch;
    if (m_currentIntervalMs != m_intervalMs) {
        m_currentIntervalMs = m_intervalMs;
        epoch = nextEpoch();
    }
    FramePollerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, epoch] { worker->wake(epoch); }, Qt::QueuedConnection);
}

void FramePoller::setRetryRejections(bool retry)
{
    FramePollerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, retry] { worker->setRetryRejections(retry); }, Qt::QueuedConnection);
}

void FramePoller::setTargetSize(QSize size, qreal devicePixelRatio)
{
    FramePollerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, size, devicePixelRatio] { worker->setTarget(size, devicePixelRatio); }, Qt::QueuedConnection);
}

void FramePoller::setThumbnailBox(QSize box)
{
    FramePollerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, box] { worker->setThumbnailBox(box); }, Qt::QueuedConnection);
}

void FramePoller::resume()
{
    if (!m_paused && m_state != State::Failing)
        return;
    m_paused = false;
    // What the worker does too, shown at once.
    if (m_lastError.isNone()) {
        setState(State::Live);
    } else {
        m_backoffUntil = QDateTime::currentDateTimeUtc();
        setState(State::BackingOff);
    }
    FramePollerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, epoch = nextEpoch()] { worker->resume(epoch); }, Qt::QueuedConnection);
}

void FramePoller::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    setState(State::Paused);
    FramePollerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, epoch = nextEpoch()] { worker->pause(epoch); }, Qt::QueuedConnection);
}

void FramePoller::refreshNow()
{
    FramePollerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->refreshNow(); }, Qt::QueuedConnection);
}

bool FramePoller::takeStatus(const FramePollerStatus &status)
{
    if (status.epoch != m_epoch)
        return false; // a command of ours is on its way: the worker's answer to it follows
    m_lastError = status.lastError;
    m_currentIntervalMs = status.currentInterval;
    // Re-emitted while BackingOff when the time it waits until has changed.
    const bool due
        = status.state != m_state || (status.state == State::BackingOff && status.backoffUntil != m_backoffUntil);
    m_state = status.state;
    if (m_state == State::BackingOff)
        m_backoffUntil = status.backoffUntil;
    return due;
}

void FramePoller::onWorkerFrame(const agi::Frame &frame, const agi::FramePollerStatus &status)
{
    ++m_received;
    m_frame = frame;
    if (takeStatus(status))
        Q_EMIT stateChanged(m_state);
    Q_EMIT frameChanged();
    Q_EMIT frameRefreshed();
}

void FramePoller::onWorkerRefreshed(const agi::Frame &frame, const agi::FramePollerStatus &status)
{
    ++m_received;
    m_frame.url = frame.url;
    m_frame.title = frame.title;
    m_frame.capturedAt = frame.capturedAt;
    if (takeStatus(status))
        Q_EMIT stateChanged(m_state);
    Q_EMIT frameRefreshed();
}

void FramePoller::onWorkerFailed(const agi::ApiError &error, const agi::FramePollerStatus &status)
{
    ++m_received;
    const bool due = takeStatus(status);
    Q_EMIT errorOccurred(error);
    if (due)
        Q_EMIT stateChanged(m_state);
}

void FramePoller::onWorkerStatus(const agi::FramePollerStatus &status)
{
    ++m_received;
    const int intervalBefore = m_currentIntervalMs;
    if (takeStatus(status))
        Q_EMIT stateChanged(m_state);
    if (m_currentIntervalMs != intervalBefore)
        Q_EMIT frameRefreshed(); // the idle pace: shown with the frame
}

void FramePoller::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace agi
