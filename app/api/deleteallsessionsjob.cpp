#include "api/deleteallsessionsjob.h"

#include "api/deletesessionjob.h"

namespace agi {

DeleteAllSessionsJob::DeleteAllSessionsJob(ApiClient *client, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("DELETE"), QStringLiteral("/v1/sessions"), parent)
{
    setRetryPolicy(RetryPolicy::Once);
    setTimeout(20000);
}

ApiError DeleteAllSessionsJob::parse(const QByteArray &body)
{
    return DeleteSessionJob::parseOutcome(body, attempt() > 1, &m_outcome);
}

} // namespace agi
