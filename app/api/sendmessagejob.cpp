#include "api/sendmessagejob.h"

#include "api/apiclient.h"
#include "api/jsonread.h"

#include <QJsonDocument>

namespace agi {

SendMessageJob::SendMessageJob(
    ApiClient *client, const QString &sessionId, const QString &message, const QUrl &startUrl, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("POST"), ApiClient::sessionPath(sessionId, QStringLiteral("/message")), parent)
{
    QJsonObject body {{QStringLiteral("message"), message}};
    if (!startUrl.isEmpty())
        body.insert(QStringLiteral("start_url"), startUrl.toString(QUrl::FullyEncoded));
    setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    setRetryPolicy(RetryPolicy::Never);
    setUncertainEffect(ApiError::Effect::MaybeSent);
    setTimeout(30000);
}

ApiError SendMessageJob::parse(const QByteArray &body)
{
    QJsonObject object;
    ApiError error = jsonread::object(body, &object);
    if (!error.isNone())
        return error;
    if (!jsonread::boolean(object.value(QLatin1String("success")), true))
        return ApiError::badResponse(
            jsonread::string(object, QLatin1String("message"), ApiError::tr("the server did not accept the message")));
    m_serverMessage = jsonread::string(object, QLatin1String("message"));
    return {};
}

} // namespace agi
