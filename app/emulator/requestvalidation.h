#pragma once

#include "responsewriter.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace agi::emu {

//! FastAPI-like checks of body fields and query parameters; each returns the 422 to answer, or
//! nullopt and the value.
class RequestValidation final
{
public:
    using Error = std::optional<EmulatorResponse>;

    //! A request body: empty is an empty object; anything else must be a JSON object.
    static Error parseBody(const QByteArray &bytes, QJsonObject *body);
    //! Absent or null leaves *out untouched and *present false.
    static Error string(const QJsonObject &body, const QString &name, QString *out, bool *present = nullptr);
    static Error requiredString(const QJsonObject &body, const QString &name, QString *out);
    static Error boolean(const QJsonObject &body, const QString &name);
    static Error integer(const QJsonObject &body, const QString &name);
    //! http(s) URL of at most 2000 characters.
    static Error httpUrl(const QStringList &loc, const QString &value);
    static Error queryBool(const QUrlQuery &query, const QString &name, bool *out);
    static Error queryInt(const QUrlQuery &query, const QString &name, qint64 *out);
    static bool isHttpUrl(const QString &value);
};

} // namespace agi::emu
