#include "api/session.h"

#include "api/jsonread.h"

namespace agi {

std::optional<Session> Session::fromJson(const QJsonObject &object)
{
    Session session;
    session.id = jsonread::string(object, QLatin1String("session_id"));
    if (session.id.isEmpty())
        session.id = jsonread::string(object, QLatin1String("id"));
    if (session.id.trimmed().isEmpty())
        return std::nullopt;
    session.agentName = jsonread::string(object, QLatin1String("agent_name"));
    session.status = SessionStatus::fromString(jsonread::string(object, QLatin1String("status")));
    session.createdAt = jsonread::dateTime(object.value(QLatin1String("created_at")));
    const QString vnc = jsonread::string(object, QLatin1String("vnc_url"));
    if (!vnc.isEmpty()) {
        const QUrl url(vnc, QUrl::StrictMode);
        if (url.isValid() && !url.isRelative())
            session.vncUrl = url;
    }
    session.environmentId = jsonread::string(object, QLatin1String("environment_id"));
    session.goal = jsonread::string(object, QLatin1String("goal"));
    return session;
}

Session Session::completedWith(const Session &details) const
{
    Session out = *this;
    if (details.id != id)
        return out;
    if (out.vncUrl.isEmpty())
        out.vncUrl = details.vncUrl;
    if (out.environmentId.isEmpty())
        out.environmentId = details.environmentId;
    if (out.goal.isEmpty())
        out.goal = details.goal;
    return out;
}

} // namespace agi
