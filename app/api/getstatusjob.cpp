#include "api/getstatusjob.h"

#include "api/apiclient.h"
#include "api/jsonread.h"

namespace agi {

GetStatusJob::GetStatusJob(ApiClient *client, const QString &sessionId, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("GET"), ApiClient::sessionPath(sessionId, QStringLiteral("/status")), parent)
{
    setRetryPolicy(RetryPolicy::Read);
    setTimeout(20000);
}

ApiError GetStatusJob::parseStatus(const QByteArray &body, ExecutionStatus *out)
{
    QJsonObject object;
    ApiError error = jsonread::object(body, &object);
    if (!error.isNone())
        return error;
    if (!object.value(QLatin1String("status")).isString())
        return ApiError::badResponse(ApiError::tr("the answer has no status"));
    *out = ExecutionStatus::fromString(object.value(QLatin1String("status")).toString());
    return {};
}

ApiError GetStatusJob::parse(const QByteArray &body)
{
    return parseStatus(body, &m_status);
}

} // namespace agi
