#include "api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <limits>

namespace agi {

namespace {

QString cut(const QString &text)
{
    QString simple = text.simplified();
    if (simple.size() <= ApiError::MaxServerMessageLength)
        return simple;
    return simple.left(ApiError::MaxServerMessageLength - 1) + QChar(0x2026);
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// One FastAPI validation item: {"loc": ["body", "message"], "msg": "...", "type": "..."}.
QString validationItemText(const QJsonValue &item)
{
    if (!item.isObject())
        return scalarText(item);
    const QJsonObject object = item.toObject();
    QString msg = object.value(QLatin1String("msg")).toString();
    if (msg.isEmpty())
        msg = object.value(QLatin1String("message")).toString();
    QStringList loc;
    const QJsonArray locArray = object.value(QLatin1String("loc")).toArray();
    for (const QJsonValue part : locArray) {
        const QString text = scalarText(part);
        if (!text.isEmpty())
            loc.append(text);
    }
    if (loc.isEmpty())
        return msg;
    if (msg.isEmpty())
        return loc.join(QLatin1Char('.'));
    return loc.join(QLatin1Char('.')) + QLatin1String(": ") + msg;
}

QString detailText(const QJsonValue &detail)
{
    if (detail.isString())
        return detail.toString();
    if (detail.isArray()) {
        QStringList parts;
        const QJsonArray items = detail.toArray();
        for (const QJsonValue item : items) {
            const QString text = validationItemText(item);
            if (!text.isEmpty())
                parts.append(text);
        }
        return parts.join(QLatin1String("; "));
    }
    if (detail.isObject()) {
        const QJsonObject object = detail.toObject();
        for (const char *key : {"message", "msg", "error"}) {
            const QJsonValue value = object.value(QLatin1String(key));
            if (value.isString())
                return value.toString();
        }
    }
    return {};
}

// `withReason` has a %1 for the reason; `without` is used when there is none.
QString phrase(const QString &withReason, const QString &without, const QString &reason)
{
    QString trimmed = reason.trimmed();
    while (trimmed.endsWith(QLatin1Char('.')))
        trimmed.chop(1);
    return trimmed.isEmpty() ? without : withReason.arg(trimmed);
}

} // namespace

bool ApiError::isFinal() const
{
    switch (kind) {
    case Kind::None:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::RateLimited:
    case Kind::BadResponse:
        return false;
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Validation:
    case Kind::Conflict:
    case Kind::Cancelled:
    case Kind::Insecure:
    case Kind::Other:
        return true;
    }
    return true;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Insecure:
        return QStringLiteral("insecure");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString ApiError::kindName() const
{
    return kindName(kind);
}

QString ApiError::userMessage() const
{
    QString sentence;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        sentence = phrase(tr("Could not reach the server: %1."), tr("Could not reach the server."), serverMessage);
        break;
    case Kind::Timeout:
        sentence = tr("The server did not answer in time.");
        break;
    case Kind::Unauthorized:
        sentence = tr("The server rejected the API key (401).");
        break;
    case Kind::Forbidden:
        sentence = tr("This API key is not allowed to do that (403).");
        break;
    case Kind::NotFound:
        sentence = aboutSession ? tr("Session not found: it may have ended.")
                                : tr("The server has nothing at this address (404): check the server address in the "
                                     "settings.");
        break;
    case Kind::Validation:
        sentence = phrase(tr("The server refused the request as invalid: %1."),
            tr("The server refused the request as invalid."), serverMessage);
        break;
    case Kind::Conflict:
        sentence = phrase(tr("The session is not in a state that allows this: %1."),
            tr("The session is not in a state that allows this."), serverMessage);
        break;
    case Kind::RateLimited:
        // Only what the server said: whether and when the app tries again is for the caller to tell.
        sentence = retryAfterSeconds >= 0
            ? tr("Rate limited: the server asks to wait %n s.", nullptr, retryAfterSeconds)
            : tr("Rate limited by the server.");
        break;
    case Kind::Server:
        sentence = phrase(tr("The server failed (%1): %2.").arg(httpStatus),
            tr("The server failed (%1).").arg(httpStatus), serverMessage);
        break;
    case Kind::BadResponse:
        // A success status with an unreadable body: the server did act.
        if (httpStatus >= 200 && httpStatus <= 299 && effect != Effect::None)
            sentence = phrase(tr("The server accepted the request, but its answer could not be read: %1."),
                tr("The server accepted the request, but its answer could not be read."), serverMessage);
        else
            sentence = phrase(tr("The server sent an answer the app cannot use: %1."),
                tr("The server sent an answer the app cannot use."), serverMessage);
        break;
    case Kind::Cancelled:
        sentence = tr("The request was cancelled.");
        break;
    case Kind::Insecure:
        sentence
            = phrase(tr("Refused an insecure connection: %1."), tr("Refused an insecure connection."), serverMessage);
        break;
    case Kind::Other:
        sentence = httpStatus > 0 ? phrase(tr("The server refused the request (%1): %2.").arg(httpStatus),
                       tr("The server refused the request (%1).").arg(httpStatus), serverMessage)
                                  : phrase(tr("The request failed: %1."), tr("The request failed."), serverMessage);
        break;
    }
    switch (effect) {
    case Effect::None:
        break;
    case Effect::MaybeCreated:
        sentence += QLatin1Char(' ') + tr("The session may have been created anyway; check the list before retrying.");
        break;
    case Effect::MaybeSent:
        sentence
            += QLatin1Char(' ') + tr("The message may have been sent anyway; check the conversation before retrying.");
        break;
    case Effect::MaybeEnded:
        sentence += QLatin1Char(' ') + tr("The session may have been ended and saved anyway.");
        break;
    }
    return sentence;
}

ApiError ApiError::badResponse(const QString &reason)
{
    ApiError error;
    error.kind = Kind::BadResponse;
    error.serverMessage = cut(reason);
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    return error;
}

ApiError ApiError::insecure(const QString &reason)
{
    ApiError error;
    error.kind = Kind::Insecure;
    error.serverMessage = cut(reason);
    return error;
}

ApiError ApiError::timeout(const QString &reason)
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.serverMessage = cut(reason);
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now)
{
    ApiError error;
    error.httpStatus = status;
    error.serverMessage = extractServerMessage(body);
    error.retryAfterSeconds = parseRetryAfter(retryAfter, now);
    if (status == 401)
        error.kind = Kind::Unauthorized;
    else if (status == 403)
        error.kind = Kind::Forbidden;
    else if (status == 404)
        error.kind = Kind::NotFound;
    else if (status == 409)
        error.kind = Kind::Conflict;
    else if (status == 422)
        error.kind = Kind::Validation;
    else if (status == 429)
        error.kind = Kind::RateLimited;
    else if (status >= 500 && status <= 599)
        error.kind = Kind::Server;
    else
        error.kind = Kind::Other;
    return error;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError code, const QString &reason)
{
    ApiError error;
    error.serverMessage = cut(reason);
    switch (code) {
    case QNetworkReply::NoError:
        error.kind = Kind::None;
        error.serverMessage.clear();
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout looks like in Qt 6.4
    case QNetworkReply::ProxyTimeoutError:
        error.kind = Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        error.kind = Kind::Insecure;
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        error.kind = Kind::BadResponse;
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolFailure:
        error.kind = Kind::Network;
        break;
    case QNetworkReply::ContentReSendError:
        // The connection dropped after the request went out, and it may not be sent again (OneShotBody).
        error.kind = Kind::Network;
        error.serverMessage = tr("the connection closed after the request was sent");
        break;
    default:
        error.kind = Kind::Other;
        break;
    }
    return error;
}

QString ApiError::extractServerMessage(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        const QString detail = detailText(object.value(QLatin1String("detail")));
        if (!detail.isEmpty())
            return cut(detail);
        const QJsonValue message = object.value(QLatin1String("message"));
        if (message.isString() && !message.toString().isEmpty())
            return cut(message.toString());
        const QJsonValue error = object.value(QLatin1String("error"));
        if (error.isString() && !error.toString().isEmpty())
            return cut(error.toString());
        if (error.isObject()) {
            const QString nested = detailText(error);
            if (!nested.isEmpty())
                return cut(nested);
        }
    }
    return cut(QString::fromUtf8(trimmed));
}

int ApiError::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, std::numeric_limits<int>::max()));
    // An HTTP-date ends in "GMT", which Qt's RFC 2822 parser does not take; it means +0000.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 3) + QLatin1String("+0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return -1;
    const qint64 millis = now.msecsTo(date);
    if (millis <= 0)
        return 0;
    return int(qMin<qint64>((millis + 999) / 1000, std::numeric_limits<int>::max()));
}

} // namespace agi
