#include "api/createsessionrequest.h"

namespace agi {

QJsonObject CreateSessionRequest::toJson() const
{
    QJsonObject body;
    const auto putString = [&body](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            body.insert(QLatin1String(key), value.trimmed());
    };
    putString("agent_name", agentName);
    if (!webhookUrl.isEmpty())
        body.insert(QLatin1String("webhook_url"), webhookUrl.toString(QUrl::FullyEncoded));
    putString("restore_from_session_id", restoreFromSessionId);
    putString("restore_default_environment_from_user_id", restoreDefaultEnvironmentFromUserId);
    putString("restore_from_environment_id", restoreFromEnvironmentId);
    if (enableMemorySnapshot)
        body.insert(QLatin1String("enable_memory_snapshot"), *enableMemorySnapshot);
    putString("goal", goal);
    if (maxSteps)
        body.insert(QLatin1String("max_steps"), *maxSteps);
    return body;
}

} // namespace agi
