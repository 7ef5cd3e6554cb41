#include "api/apiclient.h"

#include "api/apilogging.h"
#include "api/oneshotbody.h"
#include "api/serveraddress.h"
#include "api/streamnetworks.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QStringList>
#include <QVariant>

namespace agi {

namespace {

// Set on a reply the client aborted itself, so the job reports why instead of "operation canceled".
constexpr char AbortErrorProperty[] = "agiAbortError";

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPortA = a.scheme() == QLatin1String("https") ? 443 : 80;
    const int defaultPortB = b.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPortA) == b.port(defaultPortB);
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

ApiClient::~ApiClient() = default;

QNetworkReply *ApiClient::openStream(const QNetworkRequest &request, ApiError *error)
{
    if (!m_separateStreams)
        return send(QByteArrayLiteral("GET"), request, {}, 0, error);
    if (!m_streams)
        m_streams = new StreamNetworks(m_network, this);
    QNetworkAccessManager *network = m_streams->available();
    QNetworkReply *reply = sendWith(network, QByteArrayLiteral("GET"), request, {}, 0, error);
    if (reply)
        m_streams->hold(network, reply);
    return reply;
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    QUrl base = url;
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path, QUrl::TolerantMode);
    base.setQuery(QString());
    base.setFragment(QString());
    if (base == m_recipe.baseUrl)
        return;
    m_recipe.baseUrl = base;
    Q_EMIT recipeChanged();
}

void ApiClient::setApiKey(const QByteArray &key)
{
    const QByteArray trimmed = key.trimmed();
    if (trimmed == m_recipe.apiKey)
        return;
    m_recipe.apiKey = trimmed;
    Q_EMIT recipeChanged();
}

void ApiClient::setMaxResponseBytes(qint64 bytes)
{
    if (bytes == m_recipe.maxResponseBytes)
        return;
    m_recipe.maxResponseBytes = bytes;
    Q_EMIT recipeChanged();
}

void ApiClient::setTimeoutOverride(int milliseconds)
{
    if (milliseconds == m_recipe.timeoutOverrideMs)
        return;
    m_recipe.timeoutOverrideMs = milliseconds;
    Q_EMIT recipeChanged();
}

QUrl ApiClient::endpointUrl(const Recipe &recipe, const QString &path, const QUrlQuery &query)
{
    QUrl url = recipe.baseUrl;
    url.setPath(recipe.baseUrl.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString ApiClient::sessionPath(const QString &sessionId, const QString &suffix)
{
    return QLatin1String("/v1/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(sessionId)) + suffix;
}

ApiError ApiClient::checkUrl(const QUrl &url)
{
    switch (ServerAddress::check(url)) {
    case ServerAddress::Verdict::Allowed:
        return {};
    case ServerAddress::Verdict::Invalid:
        break;
    case ServerAddress::Verdict::PlainHttpElsewhere:
        return ApiError::insecure(tr("plain http is only allowed to this computer; use https for %1").arg(url.host()));
    case ServerAddress::Verdict::UnsupportedScheme:
        return ApiError::insecure(tr("unsupported scheme \"%1\"").arg(url.scheme().toLower()));
    }
    ApiError error;
    error.kind = ApiError::Kind::Other;
    error.serverMessage = tr("the server address is not a valid URL");
    return error;
}

QNetworkRequest ApiClient::makeRequest(const Recipe &recipe, const QUrl &url, int timeoutMs, const QByteArray &accept)
{
    QNetworkRequest request(url);
    if (!recipe.apiKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + recipe.apiKey);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("agi-monitor/" AGI_VERSION));
    request.setRawHeader(QByteArrayLiteral("Accept"), accept);
    // The Authorization header must never follow a redirect to another origin: we vet each one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(recipe.timeoutOverrideMs > 0 ? recipe.timeoutOverrideMs : timeoutMs);
    return request;
}

QNetworkReply *ApiClient::sendWith(QNetworkAccessManager *network, const QByteArray &verb,
    const QNetworkRequest &request, const QByteArray &body, qint64 maxBytes, ApiError *error, Resend resend)
{
    const ApiError policy = checkUrl(request.url());
    if (!policy.isNone()) {
        qCWarning(lcApi) << "refused to send" << verb << request.url().toDisplayString(QUrl::RemoveQuery) << ":"
                         << policy.serverMessage;
        if (error)
            *error = policy;
        return nullptr;
    }
    QNetworkRequest prepared = request;
    if (verb == "POST" || verb == "PUT" || verb == "PATCH" || !body.isEmpty())
        prepared.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QNetworkReply *reply = nullptr;
    if (resend == Resend::Forbidden) {
        // Streamed from a body that cannot be rewound: see OneShotBody.
        prepared.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        prepared.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *data = new OneShotBody(body);
        reply = network->sendCustomRequest(prepared, verb, data);
        data->setParent(reply);
    } else if (verb == "GET")
        reply = network->get(prepared);
    else if (verb == "DELETE" && body.isEmpty())
        reply = network->deleteResource(prepared);
    else if (verb == "POST")
        reply = network->post(prepared, body);
    else
        reply = network->sendCustomRequest(prepared, verb, body);
    qCDebug(lcApi) << verb << prepared.url().toDisplayString();
    guard(reply, maxBytes);
    return reply;
}

void ApiClient::guard(QNetworkReply *reply, qint64 maxBytes)
{
    const QUrl origin = reply->request().url();
    connect(reply, &QNetworkReply::redirected, reply, [reply, origin](const QUrl &target) {
        const QUrl resolved = origin.resolved(target);
        if (sameOrigin(origin, resolved)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        abortWith(reply, ApiError::insecure(tr("refused a redirect to another server (%1)").arg(resolved.host())));
    });
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &sslError : errors)
            reasons.append(sslError.errorString());
        // Never ignoreSslErrors(): a bad certificate is an error the user must see.
        abortWith(reply, ApiError::insecure(tr("TLS error: %1").arg(reasons.join(QLatin1String("; ")))));
    });
#endif
    if (maxBytes <= 0)
        return;
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes)
            abortWith(reply, ApiError::badResponse(tr("response too large")));
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64) {
        if (received > maxBytes)
            abortWith(reply, ApiError::badResponse(tr("response too large")));
    });
}

void ApiClient::abortWith(QNetworkReply *reply, const ApiError &error)
{
    if (!reply || reply->property(AbortErrorProperty).isValid())
        return;
    qCWarning(lcApi) << "aborting" << reply->request().url().toDisplayString(QUrl::RemoveQuery) << ":"
                     << error.kindName() << error.serverMessage;
    reply->setProperty(AbortErrorProperty, QVariant::fromValue(error));
    reply->abort();
}

ApiError ApiClient::errorFromReply(QNetworkReply *reply, const QByteArray &body)
{
    const QVariant aborted = reply->property(AbortErrorProperty);
    if (aborted.isValid())
        return aborted.value<ApiError>();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return ApiError::fromHttp(status, body, reply->rawHeader(QByteArrayLiteral("Retry-After")));
    if (reply->error() != QNetworkReply::NoError) {
        ApiError error = ApiError::fromNetworkError(reply->error(), reply->errorString());
        error.httpStatus = status;
        return error;
    }
    if (status >= 200 && status <= 299) {
        // QNetworkAccessManager may finish a reply without error when the server closes the
        // connection before the announced body is complete; a cut answer is a network failure.
        const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
        if (announced.isValid() && !reply->hasRawHeader(QByteArrayLiteral("Content-Encoding"))
            && body.size() < announced.toLongLong()) {
            return ApiError::fromNetworkError(QNetworkReply::RemoteHostClosedError,
                tr("the connection closed after %1 of %2 bytes").arg(body.size()).arg(announced.toLongLong()));
        }
        return {};
    }
    if (status == 0)
        return ApiError::badResponse(tr("no HTTP status in the answer"));
    ApiError error = ApiError::fromHttp(status, body);
    error.kind = ApiError::Kind::Other;
    return error;
}

void ApiClient::redact(const Recipe &recipe, ApiError &error)
{
    if (recipe.apiKey.size() >= 4)
        error.serverMessage.replace(QString::fromUtf8(recipe.apiKey), QStringLiteral("***"));
}

} // namespace agi
