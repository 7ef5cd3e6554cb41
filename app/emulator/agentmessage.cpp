#include "agentmessage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace agi::emu {

bool AgentMessage::isSystem() const
{
    return metadata.value(QStringLiteral("origin")).toString() == QLatin1String("system");
}

QString AgentMessage::text() const
{
    if (content.isString())
        return content.toString();
    if (content.isObject() && content.toObject().value(QStringLiteral("summary")).isString())
        return content.toObject().value(QStringLiteral("summary")).toString();
    // A result in the form the task asked for (a JSON array, an object of its fields): the text is
    // that JSON, so a client reading only the text still gets all of it.
    const QJsonDocument document
        = content.isArray() ? QJsonDocument(content.toArray()) : QJsonDocument(content.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonObject AgentMessage::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), type},
        {QStringLiteral("content"), content},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("metadata"), metadata},
    };
}

SessionEvent SessionEvent::fromMessage(const AgentMessage &message)
{
    SessionEvent event;
    event.name = message.type.toLower().toUtf8();
    event.messageId = message.id;
    event.system = message.isSystem();
    const QString text = message.text();
    if (message.type == QLatin1String("ERROR")) {
        event.data.insert(QStringLiteral("error"), text);
        event.data.insert(QStringLiteral("status_code"), 500);
    }
    event.data.insert(QStringLiteral("text"), text);
    event.data.insert(QStringLiteral("content"), text);
    event.data.insert(QStringLiteral("message_id"), message.id);
    if (message.type == QLatin1String("DONE") && (message.content.isObject() || message.content.isArray()))
        event.data.insert(QStringLiteral("result"), message.content);
    if (!message.metadata.isEmpty())
        event.data.insert(QStringLiteral("metadata"), message.metadata);
    return event;
}

QByteArray SessionEvent::toWire() const
{
    QByteArray wire;
    if (messageId > 0)
        wire += "id: " + QByteArray::number(messageId) + '\n';
    wire += "event: " + name + '\n';
    wire += "data: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
    return wire;
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace agi::emu
