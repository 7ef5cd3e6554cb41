#include "live/livesession.h"

#include "live/framepoller.h"
#include "live/messagefeed.h"
#include "model/messagemodel.h"

#include <QLoggingCategory>

#include <algorithm>

namespace agi {
Q_DECLARE_LOGGING_CATEGORY(lcLive)

LiveSession::LiveSession(ApiClient *client, const Session &session, FrameHistory *history, QThread *decodeThread,
    int intervalMs, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_poller(new FramePoller(client, session.id, decodeThread, this))
    , m_feed(new MessageFeed(client, session.id, this))
    , m_history(history)
    , m_intervalMs(intervalMs)
{
    if (intervalMs > 0)
        m_poller->setInterval(intervalMs);
    connect(m_poller, &FramePoller::frameChanged, this, [this] {
        m_history->append(m_poller->frame(), m_feed->messages()->lastId());
        Q_EMIT historyChanged();
    });
    connect(m_poller, &FramePoller::frameRefreshed, this, [this] { m_history->confirm(m_poller->frame()); });
    // A new message or status means the agent moved on: the frame is likely to follow.
    connect(m_feed->messages(), &QAbstractItemModel::rowsInserted, m_poller, &FramePoller::wake);
    connect(m_feed, &MessageFeed::statusChanged, m_poller, &FramePoller::wake);
}

LiveSession::~LiveSession() = default;

void LiveSession::setSession(const Session &session)
{
    if (session == m_session)
        return;
    const bool statusChanged = session.status != m_session.status;
    const bool runsAgain = statusChanged && session.status.value == SessionStatus::Value::Running;
    m_session = session;
    if (statusChanged)
        m_poller->wake();
    if (runsAgain)
        m_feed->taskMayHaveRestarted();
    updateRunning();
    Q_EMIT sessionChanged();
}

void LiveSession::setListed(bool listed)
{
    if (listed == m_listed)
        return;
    m_listed = listed;
    qCDebug(lcLive) << m_session.id << (listed ? "is listed again" : "left the list");
    updateRunning();
    Q_EMIT sessionChanged();
}

void LiveSession::setDetailsProblem(const ApiError &problem)
{
    if (problem == m_detailsProblem)
        return;
    m_detailsProblem = problem;
    Q_EMIT sessionChanged();
}

void LiveSession::setKeyAccepted(bool accepted)
{
    if (accepted == m_keyAccepted)
        return;
    m_keyAccepted = accepted;
    updateRunning();
}

void LiveSession::setFrameInterval(int milliseconds)
{
    m_intervalMs = std::max(0, milliseconds);
    applyInterval();
    updateRunning();
}

void LiveSession::addWatcher(int ownIntervalMs)
{
    ++m_watchers;
    if (ownIntervalMs > 0)
        m_ownIntervals.insert(ownIntervalMs);
    applyInterval();
    updateRunning();
}

void LiveSession::removeWatcher(int ownIntervalMs)
{
    m_watchers = std::max(0, m_watchers - 1);
    if (const auto it = m_ownIntervals.find(ownIntervalMs); ownIntervalMs > 0 && it != m_ownIntervals.end())
        m_ownIntervals.erase(it);
    applyInterval();
    updateRunning();
}

void LiveSession::changeWatcherInterval(int beforeMs, int afterMs)
{
    if (const auto it = m_ownIntervals.find(beforeMs); beforeMs > 0 && it != m_ownIntervals.end())
        m_ownIntervals.erase(it);
    if (afterMs > 0)
        m_ownIntervals.insert(afterMs);
    applyInterval();
    updateRunning();
}

int LiveSession::effectiveInterval() const
{
    const bool sharedWatched = m_watchers > int(m_ownIntervals.size()) || m_watchers == 0;
    int interval = sharedWatched ? m_intervalMs : 0;
    if (!m_ownIntervals.empty())
        interval = interval > 0 ? std::min(interval, *m_ownIntervals.begin()) : *m_ownIntervals.begin();
    return interval;
}

void LiveSession::applyInterval()
{
    const int interval = effectiveInterval();
    if (interval > 0)
        m_poller->setInterval(interval);
}

void LiveSession::addFollower()
{
    ++m_followers;
    updateRunning();
}

void LiveSession::removeFollower()
{
    m_followers = std::max(0, m_followers - 1);
    updateRunning();
}

void LiveSession::updateRunning()
{
    // A 401/403/404 on the screenshot of a session the list still shows, with a key the list takes,
    // is passing: tried again with backoff rather than stopping the frames.
    const bool retryRejections = m_listed && m_keyAccepted;
    if (retryRejections != m_retryRejections) {
        m_retryRejections = retryRejections;
        m_poller->setRetryRejections(retryRejections);
    }
    const bool watched = m_watchers > 0 && m_listed;
    const bool polling = watched && !m_session.status.isFinal() && effectiveInterval() > 0;
    if (polling != m_polling) {
        m_polling = polling;
        if (polling)
            m_poller->resume();
        else
            m_poller->pause();
        Q_EMIT pollingChanged(polling);
    }
    // Paused or finished: still show once what the browser looks like (refreshNow() coalesces).
    if (watched && !polling && m_poller->frame().isNull() && m_poller->requestCount() == 0)
        m_poller->refreshNow();
    m_followingMessages = watched || (m_followers > 0 && m_listed);
    if (m_followingMessages)
        m_feed->start();
    else
        m_feed->stop();
}

} // namespace agi
