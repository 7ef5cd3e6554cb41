#include "api/navigatejob.h"

#include "api/apiclient.h"
#include "api/jsonread.h"

#include <QJsonDocument>

namespace agi {

NavigateJob::NavigateJob(ApiClient *client, const QString &sessionId, const QUrl &url, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("POST"), ApiClient::sessionPath(sessionId, QStringLiteral("/navigate")), parent)
    , m_requestedUrl(url)
{
    const QJsonObject body {{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}};
    setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    setRetryPolicy(RetryPolicy::Never);
    setTimeout(30000);
}

ApiError NavigateJob::parse(const QByteArray &body)
{
    QJsonObject object;
    if (!body.trimmed().isEmpty()) {
        ApiError error = jsonread::object(body, &object);
        if (!error.isNone())
            return error;
    }
    const QUrl current(jsonread::string(object, QLatin1String("current_url")));
    m_currentUrl = current.isValid() && !current.isEmpty() ? current : m_requestedUrl;
    return {};
}

} // namespace agi
