#include "cli/jsonview.h"

#include "api/executionstatus.h"
#include "api/message.h"
#include "api/session.h"
#include "model/displaytext.h"

#include <QDateTime>

namespace agi::cli {

QJsonObject JsonView::session(const Session &session)
{
    QJsonObject object {
        {QStringLiteral("session_id"), session.id},
        {QStringLiteral("agent_name"), session.agentName},
        {QStringLiteral("status"), session.status.raw},
    };
    if (session.createdAt.isValid())
        object.insert(QStringLiteral("created_at"), session.createdAt.toString(Qt::ISODateWithMs));
    if (!session.vncUrl.isEmpty())
        object.insert(QStringLiteral("vnc_url"), session.vncUrl.toString(QUrl::FullyEncoded));
    if (!session.environmentId.isEmpty())
        object.insert(QStringLiteral("environment_id"), session.environmentId);
    if (!session.goal.isEmpty())
        object.insert(QStringLiteral("goal"), session.goal);
    return object;
}

QJsonObject JsonView::message(const Message &message)
{
    QJsonObject object {
        {QStringLiteral("id"), message.id},
        {QStringLiteral("type"), message.typeText},
        {QStringLiteral("content"), message.content},
    };
    if (message.timestamp.isValid())
        object.insert(QStringLiteral("timestamp"), message.timestamp.toString(Qt::ISODateWithMs));
    if (!message.metadata.isEmpty())
        object.insert(QStringLiteral("metadata"), message.metadata);
    return object;
}

QString JsonView::messageLine(const Message &message)
{
    const QDateTime when = message.timestamp.isValid() ? message.timestamp : QDateTime::currentDateTimeUtc();
    const QString type = message.typeText.isEmpty() ? QStringLiteral("MESSAGE") : message.typeText;
    return when.toLocalTime().toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' ') + type.leftJustified(8)
        + QLatin1Char(' ') + DisplayText::oneLine(message.text());
}

QString JsonView::shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace agi::cli
