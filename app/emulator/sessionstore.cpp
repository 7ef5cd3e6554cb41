#include "sessionstore.h"

#include "seededids.h"

#include <QTimer>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace agi::emu {

SessionStore::SessionStore(
    quint32 seed, double speed, const FrameRenderer *renderer, WebhookDispatcher *webhooks, QObject *parent)
    : QObject(parent)
    , m_seed(seed)
    , m_speed(speed > 0 ? speed : 1.0)
    , m_renderer(renderer)
    , m_webhooks(webhooks)
{ }

SessionStore::~SessionStore()
{
    qDeleteAll(m_sessions);
}

EmulatedSession *SessionStore::create(const Request &request)
{
    QRandomGenerator generator = SeededIds::generator(m_seed, SeededIds::Session, m_createdCount++);
    EmulatedSession::Info info;
    info.id = SeededIds::uuid(generator);
    info.environmentId = SeededIds::uuid(generator);
    if (!request.environmentId.isEmpty())
        info.environmentId = request.environmentId;
    info.seed = generator.generate();
    info.userId = request.userId;
    info.agentName = request.agentName;
    info.goal = request.goal;
    info.sessionType = request.sessionType;
    info.webhookUrl = request.webhookUrl;
    info.createdAt = isoNow();
    info.vncUrl = m_baseUrl.toString() + QStringLiteral("/vnc/") + info.id;

    auto *session = new EmulatedSession(info, m_renderer, m_webhooks, m_speed, this);
    m_sessions.append(session);
    if (m_slowStart) {
        session->startInitializing();
        QTimer::singleShot(int(std::lround(400 / m_speed)), session, &EmulatedSession::becomeReady);
    }
    Q_EMIT created(session);
    return session;
}

EmulatedSession *SessionStore::find(const QString &userId, const QString &id) const
{
    EmulatedSession *session = findAny(id);
    return session && session->info().userId == userId ? session : nullptr;
}

EmulatedSession *SessionStore::findAny(const QString &id) const
{
    for (EmulatedSession *session : m_sessions) {
        if (session->id() == id)
            return session;
    }
    return nullptr;
}

QList<EmulatedSession *> SessionStore::list(const QString &userId) const
{
    QList<EmulatedSession *> result;
    std::copy_if(m_sessions.crbegin(), m_sessions.crend(), std::back_inserter(result),
        [&userId](const EmulatedSession *session) { return session->info().userId == userId; });
    return result;
}

void SessionStore::remove(EmulatedSession *session)
{
    if (!m_sessions.removeOne(session))
        return;
    session->terminate();
    session->deleteLater();
}

int SessionStore::removeAll(const QString &userId)
{
    const QList<EmulatedSession *> owned = list(userId);
    for (EmulatedSession *session : owned)
        remove(session);
    return int(owned.size());
}

} // namespace agi::emu
