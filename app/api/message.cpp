#include "api/message.h"

#include "api/jsonread.h"

#include <QJsonArray>
#include <QStringList>

#include <limits>

namespace agi {

namespace {

QString scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const qint64 integral = jsonread::integer(value, std::numeric_limits<qint64>::min());
        return integral != std::numeric_limits<qint64>::min() ? QString::number(integral)
                                                              : QString::number(value.toDouble());
    }
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

bool isScalar(const QJsonValue &value)
{
    return !value.isObject() && !value.isArray() && !value.isUndefined();
}

void render(const QJsonValue &value, int depth, QStringList &lines);

void renderEntry(const QString &label, const QJsonValue &value, int depth, QStringList &lines)
{
    const QString indent(qsizetype {depth} * 2, QLatin1Char(' '));
    if (isScalar(value)) {
        lines.append(indent + label + scalar(value));
        return;
    }
    if (value.isArray() && value.toArray().isEmpty())
        return;
    if (value.isObject() && value.toObject().isEmpty())
        return;
    lines.append(indent + label.trimmed());
    render(value, depth + 1, lines);
}

void render(const QJsonValue &value, int depth, QStringList &lines)
{
    const QString indent(qsizetype {depth} * 2, QLatin1Char(' '));
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            renderEntry(it.key() + QLatin1String(": "), it.value(), depth, lines);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array) {
            if (isScalar(item)) {
                lines.append(indent + QLatin1String("- ") + scalar(item));
            } else {
                // Objects in a list: a dash on the first line, the rest indented under it.
                QStringList nested;
                render(item, 0, nested);
                for (qsizetype i = 0; i < nested.size(); ++i)
                    lines.append(indent + (i == 0 ? QLatin1String("- ") : QLatin1String("  ")) + nested.at(i));
            }
        }
    } else if (!value.isUndefined()) {
        lines.append(indent + scalar(value));
    }
}

} // namespace

QString Message::renderJson(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isObject()) {
        // A summary-like field reads best first, then everything else.
        QJsonObject object = value.toObject();
        for (const char *key : {"summary", "text", "content", "message"}) {
            const QJsonValue lead = object.value(QLatin1String(key));
            if (lead.isString()) {
                object.remove(QLatin1String(key));
                QStringList lines {lead.toString()};
                render(object, 0, lines);
                return lines.join(QLatin1Char('\n'));
            }
        }
    }
    QStringList lines;
    render(value, 0, lines);
    return lines.join(QLatin1Char('\n'));
}

QString Message::text() const
{
    return renderJson(content);
}

Message::Type Message::typeFromString(const QString &text)
{
    const QString key = text.trimmed().toUpper();
    if (key == QLatin1String("THOUGHT"))
        return Type::Thought;
    if (key == QLatin1String("QUESTION"))
        return Type::Question;
    if (key == QLatin1String("USER"))
        return Type::User;
    if (key == QLatin1String("DONE"))
        return Type::Done;
    if (key == QLatin1String("ERROR"))
        return Type::Error;
    if (key == QLatin1String("LOG"))
        return Type::Log;
    if (key == QLatin1String("STEP"))
        return Type::Step;
    return Type::Unknown;
}

std::optional<Message> Message::fromJson(const QJsonObject &object)
{
    if (!object.contains(QLatin1String("type")) && !object.contains(QLatin1String("content")))
        return std::nullopt;
    Message message;
    message.id = jsonread::integer(object.value(QLatin1String("id")));
    message.typeText = jsonread::string(object, QLatin1String("type"));
    message.type = typeFromString(message.typeText);
    message.content = object.value(QLatin1String("content"));
    if (message.content.isUndefined())
        message.content = QJsonValue(QJsonValue::Null);
    message.timestamp = jsonread::dateTime(object.value(QLatin1String("timestamp")));
    message.metadata = object.value(QLatin1String("metadata")).toObject();
    return message;
}

Message Message::fromStep(const QJsonObject &data)
{
    Message step;
    step.type = Type::Step;
    step.typeText = QStringLiteral("STEP");
    QJsonValue description = data.value(QLatin1String("text"));
    if (!description.isString())
        description = data.value(QLatin1String("content"));
    if (!description.isString())
        description = data.value(QLatin1String("action"));
    step.content = description.isString() ? description : QJsonValue(QString());
    step.timestamp = jsonread::dateTime(data.value(QLatin1String("timestamp")));
    step.metadata = data;
    step.metadata.remove(QLatin1String("text"));
    step.metadata.remove(QLatin1String("content"));
    return step;
}

QString Message::pageUrl() const
{
    return metadata.value(QLatin1String("url")).toString();
}

QString Message::pageTitle() const
{
    return metadata.value(QLatin1String("title")).toString();
}

} // namespace agi
