#include "api/listmodelsjob.h"

#include "api/jsonread.h"

#include <QJsonArray>

namespace agi {

ListModelsJob::ListModelsJob(ApiClient *client, const QString &filter, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("GET"), QStringLiteral("/v1/models"), parent)
{
    if (!filter.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("filter"), filter);
        setQuery(query);
    }
    setRetryPolicy(RetryPolicy::Read);
    setTimeout(30000);
}

ApiError ListModelsJob::parseModels(const QByteArray &body, QStringList *out)
{
    QJsonDocument doc;
    ApiError error = jsonread::document(body, &doc);
    if (!error.isNone())
        return error;
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.isObject() && doc.object().value(QLatin1String("models")).isArray())
        items = doc.object().value(QLatin1String("models")).toArray();
    else
        return ApiError::badResponse(ApiError::tr("expected a list of models"));
    QStringList models;
    for (const QJsonValue item : std::as_const(items)) {
        QString name;
        if (item.isString()) {
            name = item.toString();
        } else if (item.isObject()) {
            name = jsonread::string(item.toObject(), QLatin1String("id"));
            if (name.isEmpty())
                name = jsonread::string(item.toObject(), QLatin1String("name"));
        }
        name = name.trimmed();
        if (!name.isEmpty() && !models.contains(name))
            models.append(name);
    }
    *out = models;
    return {};
}

ApiError ListModelsJob::parse(const QByteArray &body)
{
    return parseModels(body, &m_models);
}

} // namespace agi
