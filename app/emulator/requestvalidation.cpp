#include "requestvalidation.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>
#include <QUrl>

namespace agi::emu {

namespace {

QStringList bodyLoc(const QString &name)
{
    return {QStringLiteral("body"), name};
}

} // namespace

RequestValidation::Error RequestValidation::parseBody(const QByteArray &bytes, QJsonObject *body)
{
    if (bytes.trimmed().isEmpty()) {
        *body = {};
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return EmulatorResponse::validation({QStringLiteral("body"), QString::number(error.offset)},
            QStringLiteral("JSON decode error"), QStringLiteral("json_invalid"));
    if (!document.isObject())
        return EmulatorResponse::validation({QStringLiteral("body")},
            QStringLiteral("Input should be a valid dictionary or object to extract "
                           "fields from"),
            QStringLiteral("model_attributes_type"));
    *body = document.object();
    return std::nullopt;
}

RequestValidation::Error RequestValidation::string(
    const QJsonObject &body, const QString &name, QString *out, bool *present)
{
    if (present)
        *present = false;
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return EmulatorResponse::validation(
            bodyLoc(name), QStringLiteral("Input should be a valid string"), QStringLiteral("string_type"));
    if (present)
        *present = true;
    *out = value.toString();
    return std::nullopt;
}

RequestValidation::Error RequestValidation::requiredString(const QJsonObject &body, const QString &name, QString *out)
{
    bool present = false;
    if (Error error = string(body, name, out, &present))
        return error;
    if (!present)
        return EmulatorResponse::validation(bodyLoc(name), QStringLiteral("Field required"), QStringLiteral("missing"));
    return std::nullopt;
}

RequestValidation::Error RequestValidation::boolean(const QJsonObject &body, const QString &name)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull() || value.isBool())
        return std::nullopt;
    return EmulatorResponse::validation(
        bodyLoc(name), QStringLiteral("Input should be a valid boolean"), QStringLiteral("bool_type"));
}

RequestValidation::Error RequestValidation::integer(const QJsonObject &body, const QString &name)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
        return std::nullopt;
    return EmulatorResponse::validation(
        bodyLoc(name), QStringLiteral("Input should be a valid integer"), QStringLiteral("int_type"));
}

bool RequestValidation::isHttpUrl(const QString &value)
{
    if (!value.startsWith(QLatin1String("http://")) && !value.startsWith(QLatin1String("https://")))
        return false;
    const QUrl url(value, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

RequestValidation::Error RequestValidation::httpUrl(const QStringList &loc, const QString &value)
{
    if (value.size() > 2000)
        return EmulatorResponse::validation(
            loc, QStringLiteral("String should have at most 2000 characters"), QStringLiteral("string_too_long"));
    if (!isHttpUrl(value))
        return EmulatorResponse::validation(
            loc, QStringLiteral("Value error, URL must start with http:// or https://"), QStringLiteral("value_error"));
    return std::nullopt;
}

RequestValidation::Error RequestValidation::queryBool(const QUrlQuery &query, const QString &name, bool *out)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded).toLower();
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes"),
        QStringLiteral("on"), QStringLiteral("t"), QStringLiteral("y")};
    static const QStringList no = {QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"),
        QStringLiteral("off"), QStringLiteral("f"), QStringLiteral("n")};
    if (yes.contains(value)) {
        *out = true;
        return std::nullopt;
    }
    if (no.contains(value)) {
        *out = false;
        return std::nullopt;
    }
    return EmulatorResponse::validation({QStringLiteral("query"), name},
        QStringLiteral("Input should be a valid boolean, unable to interpret input"), QStringLiteral("bool_parsing"));
}

RequestValidation::Error RequestValidation::queryInt(const QUrlQuery &query, const QString &name, qint64 *out)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = query.queryItemValue(name, QUrl::FullyDecoded).trimmed().toLongLong(&ok);
    if (!ok)
        return EmulatorResponse::validation({QStringLiteral("query"), name},
            QStringLiteral("Input should be a valid integer, unable to parse string "
                           "as an integer"),
            QStringLiteral("int_parsing"));
    *out = value;
    return std::nullopt;
}

} // namespace agi::emu
