#include "emulatortestutil.h"

#include <QJsonDocument>

namespace agi::test {

QJsonObject SessionApi::create(const QJsonObject &body)
{
    const ProbeReply reply = m_probe.post(QStringLiteral("/v1/sessions"), QJsonDocument(body).toJson());
    return reply.status == 200 ? reply.json().object() : QJsonObject();
}

QString SessionApi::start(const QString &task)
{
    const QString id = create().value(QStringLiteral("session_id")).toString();
    if (id.isEmpty())
        qWarning("the emulator did not create a session");
    else if (!task.isEmpty() && sendMessage(id, task).status != 200)
        qWarning("the emulator did not take the task");
    return id;
}

ProbeReply SessionApi::sendMessage(const QString &id, const QString &text)
{
    const QJsonObject body {{QStringLiteral("message"), text}};
    return m_probe.post(QStringLiteral("/v1/sessions/%1/message").arg(id), QJsonDocument(body).toJson());
}

QString SessionApi::executionStatus(const QString &id)
{
    return m_probe.get(QStringLiteral("/v1/sessions/%1/status").arg(id))
        .json()
        .object()
        .value(QStringLiteral("status"))
        .toString();
}

QString SessionApi::sessionStatus(const QString &id)
{
    return m_probe.get(QStringLiteral("/v1/sessions/%1").arg(id))
        .json()
        .object()
        .value(QStringLiteral("status"))
        .toString();
}

QJsonArray SessionApi::messages(const QString &id, int afterId, bool sanitize)
{
    const QString query = QStringLiteral("after_id=%1&sanitize=%2")
                              .arg(afterId)
                              .arg(sanitize ? QStringLiteral("true") : QStringLiteral("false"));
    return m_probe.get(QStringLiteral("/v1/sessions/%1/messages").arg(id), query)
        .json()
        .object()
        .value(QStringLiteral("messages"))
        .toArray();
}

SessionApi::Shot SessionApi::screenshot(const QString &id)
{
    const QJsonObject object = m_probe.get(QStringLiteral("/v1/sessions/%1/screenshot").arg(id)).json().object();
    Shot shot;
    const QString dataUrl = object.value(QStringLiteral("screenshot")).toString();
    const QString prefix = QStringLiteral("data:image/jpeg;base64,");
    if (dataUrl.startsWith(prefix))
        shot.jpeg = QByteArray::fromBase64(dataUrl.mid(prefix.size()).toLatin1());
    shot.url = object.value(QStringLiteral("url")).toString();
    shot.title = object.value(QStringLiteral("title")).toString();
    return shot;
}

} // namespace agi::test
