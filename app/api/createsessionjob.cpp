#include "api/createsessionjob.h"

#include "api/apiclient.h"
#include "api/jsonread.h"

#include <QJsonDocument>

namespace agi {

CreateSessionJob::CreateSessionJob(ApiClient *client, const CreateSessionRequest &request, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("POST"), QStringLiteral("/v1/sessions"), parent)
{
    setJsonBody(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    setRetryPolicy(RetryPolicy::Never);
    setUncertainEffect(ApiError::Effect::MaybeCreated);
    setTimeout(20000);
}

ApiError CreateSessionJob::parseSession(const QByteArray &body, Session *out)
{
    QJsonObject object;
    ApiError error = jsonread::object(body, &object);
    if (!error.isNone())
        return error;
    const std::optional<Session> session = Session::fromJson(object);
    if (!session)
        return ApiError::badResponse(ApiError::tr("the session has no session_id"));
    *out = *session;
    return {};
}

ApiError CreateSessionJob::parse(const QByteArray &body)
{
    return parseSession(body, &m_session);
}

} // namespace agi
