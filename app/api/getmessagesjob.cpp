#include "api/getmessagesjob.h"

#include "api/apiclient.h"

namespace agi {

GetMessagesJob::GetMessagesJob(
    ApiClient *client, const QString &sessionId, qint64 afterId, bool sanitize, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("GET"), ApiClient::sessionPath(sessionId, QStringLiteral("/messages")), parent)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after_id"), QString::number(afterId));
    query.addQueryItem(QStringLiteral("sanitize"), sanitize ? QStringLiteral("true") : QStringLiteral("false"));
    setQuery(query);
    setRetryPolicy(RetryPolicy::Read);
    setTimeout(60000);
}

ApiError GetMessagesJob::parse(const QByteArray &body)
{
    return MessagesPage::fromJson(body, &m_page);
}

} // namespace agi
