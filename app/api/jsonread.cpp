#include "api/jsonread.h"

#include <algorithm>
#include <cmath>

namespace agi::jsonread {

ApiError document(const QByteArray &body, QJsonDocument *out)
{
    QJsonParseError parseError;
    *out = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::badResponse(
            ApiError::tr("malformed JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    return {};
}

ApiError object(const QByteArray &body, QJsonObject *out)
{
    QJsonDocument doc;
    ApiError error = document(body, &doc);
    if (!error.isNone())
        return error;
    if (!doc.isObject())
        return ApiError::badResponse(ApiError::tr("expected a JSON object"));
    *out = doc.object();
    return {};
}

QString string(const QJsonObject &object, QLatin1String key, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9.0e15)
            return QString::number(qint64(number));
        return QString::number(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return fallback;
    }
}

qint64 integer(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::trunc(number) == number && std::abs(number) < 9.0e15)
            return qint64(number);
        return fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

bool boolean(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
    }
    return fallback;
}

QDateTime dateTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    // Timestamps without an offset are UTC in this API.
    const QString timePart = text.mid(std::max<qsizetype>(0, text.indexOf(QLatin1Char('T'))));
    const bool hasOffset = timePart.contains(QLatin1Char('Z')) || timePart.contains(QLatin1Char('z'))
        || timePart.contains(QLatin1Char('+')) || timePart.contains(QLatin1Char('-'));
    if (!hasOffset)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}

} // namespace agi::jsonread
