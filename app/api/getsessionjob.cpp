#include "api/getsessionjob.h"

#include "api/apiclient.h"
#include "api/createsessionjob.h"

namespace agi {

GetSessionJob::GetSessionJob(ApiClient *client, const QString &sessionId, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("GET"), ApiClient::sessionPath(sessionId), parent)
{
    setRetryPolicy(RetryPolicy::Read);
    setTimeout(30000);
}

ApiError GetSessionJob::parse(const QByteArray &body)
{
    return CreateSessionJob::parseSession(body, &m_session);
}

} // namespace agi
