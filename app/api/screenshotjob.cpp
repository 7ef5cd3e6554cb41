#include "api/screenshotjob.h"

#include "api/apiclient.h"

namespace agi {

ScreenshotJob::ScreenshotJob(ApiClient *client, const QString &sessionId, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("GET"), ApiClient::sessionPath(sessionId, QStringLiteral("/screenshot")), parent)
    , m_sessionId(sessionId)
{
    setRetryPolicy(RetryPolicy::Read);
    setTimeout(30000);
}

ApiError ScreenshotJob::parse(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return ApiError::badResponse(tr("empty screenshot answer"));
    m_body = body;
    return {};
}

} // namespace agi
