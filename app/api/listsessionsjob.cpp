#include "api/listsessionsjob.h"

#include "api/apilogging.h"
#include "api/jsonread.h"

#include <QJsonArray>

namespace agi {

ListSessionsJob::ListSessionsJob(ApiClient *client, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("GET"), QStringLiteral("/v1/sessions"), parent)
{
    setRetryPolicy(RetryPolicy::Read);
    setTimeout(30000);
}

ApiError ListSessionsJob::parseSessions(const QByteArray &body, QList<Session> *out)
{
    QJsonDocument doc;
    ApiError error = jsonread::document(body, &doc);
    if (!error.isNone())
        return error;
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else if (doc.isObject() && doc.object().value(QLatin1String("sessions")).isArray()) {
        items = doc.object().value(QLatin1String("sessions")).toArray();
    } else {
        return ApiError::badResponse(ApiError::tr("expected a list of sessions"));
    }
    QList<Session> sessions;
    sessions.reserve(items.size());
    for (const QJsonValue item : std::as_const(items)) {
        const std::optional<Session> session = Session::fromJson(item.toObject());
        if (session)
            sessions.append(*session);
        else
            qCDebug(lcApi) << "skipped a session entry without session_id";
    }
    *out = sessions;
    return {};
}

ApiError ListSessionsJob::parse(const QByteArray &body)
{
    return parseSessions(body, &m_sessions);
}

} // namespace agi
