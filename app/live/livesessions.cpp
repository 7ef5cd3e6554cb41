#include "live/livesessions.h"

#include "live/livesession.h"

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
        live = new LiveSession(m_client, session, &m_decodeThread, m_intervalMs, this);
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
