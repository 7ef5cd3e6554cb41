#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

//! Tolerant readers for API JSON: wrong types give a fallback, never a crash.
namespace agi::jsonread {

//! Parses `body` as JSON; kind BadResponse ("malformed JSON ...") when it is not.
ApiError document(const QByteArray &body, QJsonDocument *out);
//! Parses `body` as a JSON object; kind BadResponse when it is not one.
ApiError object(const QByteArray &body, QJsonObject *out);

//! Strings as they are, numbers and booleans as text, anything else `fallback`.
QString string(const QJsonObject &object, QLatin1String key, const QString &fallback = {});
//! Integers, integral doubles and numeric strings; `fallback` otherwise.
qint64 integer(const QJsonValue &value, qint64 fallback = 0);
//! true/false, "true"/"false" and numbers; `fallback` otherwise.
bool boolean(const QJsonValue &value, bool fallback = false);
//! ISO 8601 (with or without milliseconds / offset); invalid QDateTime otherwise.
QDateTime dateTime(const QJsonValue &value);

} // namespace agi::jsonread
