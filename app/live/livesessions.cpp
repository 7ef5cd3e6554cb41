#include "live/livesessions.h"

#include "live/livesession.h"

#include <QDir>
#include <QSet>

#include <algorithm>
#include <utility>

namespace agi {

LiveSessionHandle::LiveSessionHandle(LiveSession *session)
    : m_session(session)
{
    ++session->m_holders;
}

LiveSessionHandle::~LiveSessionHandle()
{
    reset();
}

LiveSessionHandle::LiveSessionHandle(LiveSessionHandle &&other) noexcept
    : m_session(std::exchange(other.m_session, nullptr))
    , m_watching(std::exchange(other.m_watching, false))
    , m_following(std::exchange(other.m_following, false))
    , m_ownIntervalMs(std::exchange(other.m_ownIntervalMs, 0))
{ }

LiveSessionHandle &LiveSessionHandle::operator=(LiveSessionHandle &&other) noexcept
{
    if (this != &other) {
        reset();
        m_session = std::exchange(other.m_session, nullptr);
        m_watching = std::exchange(other.m_watching, false);
        m_following = std::exchange(other.m_following, false);
        m_ownIntervalMs = std::exchange(other.m_ownIntervalMs, 0);
    }
    return *this;
}

void LiveSessionHandle::setWatching(bool watching)
{
    if (!m_session || watching == m_watching)
        return;
    m_watching = watching;
    if (watching)
        m_session->addWatcher(m_ownIntervalMs);
    else
        m_session->removeWatcher(m_ownIntervalMs);
}

void LiveSessionHandle::setFrameInterval(int milliseconds)
{
    milliseconds = std::max(0, milliseconds);
    if (milliseconds == m_ownIntervalMs)
        return;
    const int before = m_ownIntervalMs;
    m_ownIntervalMs = milliseconds;
    if (m_session && m_watching)
        m_session->changeWatcherInterval(before, milliseconds);
}

void LiveSessionHandle::setFollowing(bool following)
{
    if (!m_session || following == m_following)
        return;
    m_following = following;
    if (following)
        m_session->addFollower();
    else
        m_session->removeFollower();
}

void LiveSessionHandle::reset()
{
    LiveSession *session = m_session.data();
    if (!session)
        return;
    setWatching(false);
    setFollowing(false);
    m_session = nullptr;
    --session->m_holders;
    if (auto *owner = qobject_cast<LiveSessions *>(session->parent()))
        owner->release(session);
}

LiveSessions::LiveSessions(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_decodeThread.setObjectName(QStringLiteral("agi-frame-decoder"));
    m_decodeThread.start();
}

LiveSessions::~LiveSessions()
{
    // The sessions (with those evicted but not yet deleted) go first: their pollers' workers, with
    // any request in flight, are deleted on the thread before it stops, and its network manager last.
    m_sessions.clear();
    qDeleteAll(findChildren<LiveSession *>(Qt::FindDirectChildrenOnly));
    m_decodeThread.quit();
    m_decodeThread.wait();
}

LiveSessionHandle LiveSessions::acquire(const Session &session)
{
    LiveSession *live = m_sessions.value(session.id);
    if (!live) {
        live = new LiveSession(m_client, session, historyFor(session.id), &m_decodeThread, m_intervalMs, this);
        connect(live, &LiveSession::historyChanged, this, &LiveSessions::trimHistories);
        live->setKeyAccepted(m_keyAccepted);
        m_sessions.insert(session.id, live);
    } else {
        m_idle.removeAll(session.id);
        if (!session.status.raw.isEmpty())
            live->setSession(session.completedWith(live->session()));
    }
    return LiveSessionHandle(live);
}

LiveSession *LiveSessions::find(const QString &sessionId) const
{
    return m_sessions.value(sessionId);
}

void LiveSessions::setFrameInterval(int milliseconds)
{
    milliseconds = std::max(0, milliseconds);
    if (milliseconds == m_intervalMs)
        return;
    m_intervalMs = milliseconds;
    for (LiveSession *session : std::as_const(m_sessions))
        session->setFrameInterval(milliseconds);
    Q_EMIT frameIntervalChanged(milliseconds);
}

void LiveSessions::updateFromList(const QList<Session> &listed)
{
    QSet<QString> present;
    for (const Session &session : listed) {
        present.insert(session.id);
        if (LiveSession *live = m_sessions.value(session.id)) {
            // The list leaves out what only GET /sessions/{id} tells: keep what the details said.
            live->setSession(session.completedWith(live->session()));
            live->setListed(true);
        }
    }
    for (LiveSession *live : std::as_const(m_sessions)) {
        if (!present.contains(live->sessionId()))
            live->setListed(false);
    }
}

void LiveSessions::setKeyAccepted(bool accepted)
{
    m_keyAccepted = accepted;
    for (LiveSession *session : std::as_const(m_sessions))
        session->setKeyAccepted(accepted);
}

void LiveSessions::setDetailsProblem(const QString &sessionId, const ApiError &problem)
{
    if (LiveSession *live = m_sessions.value(sessionId))
        live->setDetailsProblem(problem);
}

void LiveSessions::updateSession(const Session &session)
{
    if (LiveSession *live = m_sessions.value(session.id))
        live->setSession(session);
}

void LiveSessions::release(LiveSession *session)
{
    if (session->m_holders > 0)
        return;
    m_idle.removeAll(session->sessionId());
    m_idle.append(session->sessionId());
    while (m_idle.size() > KeptIdle) {
        LiveSession *oldest = m_sessions.take(m_idle.takeFirst());
        // Later: the release may come from inside one of its own signals.
        if (oldest)
            oldest->deleteLater();
    }
}

} // namespace agi

namespace agi {

FrameHistory *LiveSessions::historyFor(const QString &sessionId)
{
    auto found = m_histories.find(sessionId);
    if (found != m_histories.end())
        return found->second.get();
    auto history = std::make_unique<FrameHistory>(m_historyFrames, m_historyBytes);
    if (!m_historyRoot.isEmpty()) {
        QString error;
        if (!history->open(
                FrameHistory::sessionDirectory(m_historyRoot, sessionId), FrameHistory::Access::ReadWrite, &error)) {
            m_historyProblem = error;
            Q_EMIT historyProblemFound(error);
        }
        reportProblem(*history);
    }
    return m_histories.emplace(sessionId, std::move(history)).first->second.get();
}

void LiveSessions::reportProblem(const FrameHistory &history)
{
    if (history.problem().isEmpty())
        return;
    m_historyProblem = history.problem();
    Q_EMIT historyProblemFound(history.problem());
}

void LiveSessions::setHistoryRoot(const QString &root)
{
    if (root == m_historyRoot)
        return;
    m_historyRoot = root;
    if (root.isEmpty())
        return;
    // The histories of sessions not held yet: their bytes count towards the total bound.
    const QStringList folders = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &sessionId : folders)
        historyFor(sessionId);
    // Histories made before the root was set (in memory) start again on disk.
    for (auto &[sessionId, history] : m_histories) {
        if (history->directory().isEmpty())
            history->open(FrameHistory::sessionDirectory(root, sessionId), FrameHistory::Access::ReadWrite);
    }
    trimHistories();
}

void LiveSessions::setHistoryLimits(int maximumFrames, qint64 maximumBytes)
{
    m_historyFrames = std::max(1, maximumFrames);
    m_historyBytes = std::max<qint64>(1, maximumBytes);
    for (auto &entry : m_histories)
        entry.second->setMaximums(m_historyFrames, m_historyBytes);
    trimHistories();
}

qint64 LiveSessions::historyBytes() const
{
    qint64 total = 0;
    for (const auto &entry : m_histories)
        total += entry.second->bytes();
    return total;
}

const FrameHistory &LiveSessions::historyOf(const QString &sessionId)
{
    return *historyFor(sessionId);
}

bool LiveSessions::hasStoredHistory(const QString &sessionId) const
{
    const auto found = m_histories.find(sessionId);
    return found != m_histories.end() && !found->second->isEmpty();
}

void LiveSessions::forgetHistory(const QString &sessionId)
{
    const auto found = m_histories.find(sessionId);
    if (found != m_histories.end()) {
        found->second->clear();
    } else if (!m_historyRoot.isEmpty()) {
        QDir(FrameHistory::sessionDirectory(m_historyRoot, sessionId)).removeRecursively();
    }
    if (LiveSession *live = m_sessions.value(sessionId))
        Q_EMIT live->historyChanged();
    Q_EMIT historyForgotten(sessionId);
}

void LiveSessions::trimHistories()
{
    // Over the total: the oldest frame of all sessions goes first. A session still held keeps its
    // latest frame; one that is not (ended, or no longer listed at all) can lose every frame, and
    // its folder with the last one.
    qint64 total = historyBytes();
    while (total > m_historyBytes) {
        FrameHistory *oldest = nullptr;
        QString oldestId;
        for (auto &[sessionId, history] : m_histories) {
            const int keep = m_sessions.contains(sessionId) ? 1 : 0;
            if (history->size() <= keep)
                continue;
            if (!oldest || history->at(0).changedAt < oldest->at(0).changedAt) {
                oldest = history.get();
                oldestId = sessionId;
            }
        }
        if (!oldest)
            break;
        const qint64 before = oldest->bytes();
        oldest->removeOldest();
        total -= before - oldest->bytes();
        if (oldest->isEmpty() && !m_sessions.contains(oldestId)) {
            oldest->clear();
            m_histories.erase(oldestId);
        }
    }
}

} // namespace agi
