#include "model/agentresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace agi {

namespace {

constexpr int kNamedItems = 3;

// The first string an item holds: its name, more or less ("airline", "title" ...), or the item itself.
QString nameOf(const QJsonValue &item)
{
    if (item.isString())
        return item.toString();
    if (item.isDouble())
        return QString::number(item.toDouble());
    const QJsonObject object = item.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString() && !it.value().toString().trimmed().isEmpty())
            return it.value().toString().simplified();
    }
    return {};
}

} // namespace

QJsonValue AgentResult::of(const Message &message)
{
    if (message.content.isObject() || message.content.isArray())
        return message.content;
    QJsonValue result = message.metadata.value(QLatin1String("result"));
    if (result.isObject() || result.isArray())
        return result;
    return {};
}

QString AgentResult::summary(const QJsonValue &result)
{
    if (result.isObject()) {
        const QJsonObject object = result.toObject();
        for (const char *key : {"summary", "message", "text", "result"}) {
            const QJsonValue value = object.value(QLatin1String(key));
            if (value.isString())
                return value.toString();
        }
        QStringList keys = object.keys().mid(0, kNamedItems);
        if (object.size() > keys.size())
            keys.append(QStringLiteral("\u2026"));
        return tr("%n field(s): %1", nullptr, int(object.size())).arg(keys.join(QStringLiteral(", ")));
    }
    if (result.isArray()) {
        const QJsonArray array = result.toArray();
        QStringList names;
        for (qsizetype i = 0; i < array.size() && names.size() < kNamedItems; ++i) {
            if (const QString name = nameOf(array.at(i)); !name.isEmpty())
                names.append(name);
        }
        if (names.isEmpty())
            return tr("%n item(s)", nullptr, int(array.size()));
        if (array.size() > names.size())
            names.append(QStringLiteral("\u2026"));
        return tr("%n item(s): %1", nullptr, int(array.size())).arg(names.join(QStringLiteral(", ")));
    }
    return {};
}

bool AgentResult::textIsResult(const Message &message)
{
    const QJsonValue result = of(message);
    if (!result.isObject() && !result.isArray())
        return false;
    if (!message.content.isString())
        return true; // the content is the result
    const QJsonDocument written = QJsonDocument::fromJson(message.content.toString().toUtf8());
    return (written.isObject() && QJsonValue(written.object()) == result)
        || (written.isArray() && QJsonValue(written.array()) == result);
}

QString AgentResult::lineFor(const Message &message)
{
    const QJsonValue result = of(message);
    return result.isObject() || result.isArray() ? summary(result) : message.text();
}

} // namespace agi
