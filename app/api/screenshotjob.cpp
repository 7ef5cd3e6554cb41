#include "api/screenshotjob.h"

#include "api/apiclient.h"

namespace agi {

ScreenshotJob::ScreenshotJob(ApiClient *client, const QString &sessionId, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("GET"), path(sessionId), parent)
    , m_sessionId(sessionId)
{
    setRetryPolicy(RetryPolicy::Read);
    setTimeout(TimeoutMs);
}

QString ScreenshotJob::path(const QString &sessionId)
{
    return ApiClient::sessionPath(sessionId, QStringLiteral("/screenshot"));
}

ApiError ScreenshotJob::checkBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return ApiError::badResponse(tr("empty screenshot answer"));
    return {};
}

ApiError ScreenshotJob::parse(const QByteArray &body)
{
    ApiError error = checkBody(body);
    if (error.isNone())
        m_body = body;
    return error;
}

} // namespace agi
