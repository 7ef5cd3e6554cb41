#include "api/messagespage.h"

#include "api/jsonread.h"

#include <QJsonArray>

#include <algorithm>

namespace agi {

qint64 MessagesPage::lastId(qint64 fallback) const
{
    qint64 last = fallback;
    for (const Message &message : messages)
        last = std::max(last, message.id);
    return last;
}

ApiError MessagesPage::fromJson(const QByteArray &body, MessagesPage *out)
{
    QJsonDocument doc;
    ApiError error = jsonread::document(body, &doc);
    if (!error.isNone())
        return error;
    QJsonArray items;
    MessagesPage page;
    if (doc.isArray()) {
        items = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject object = doc.object();
        const QJsonValue list = object.value(QLatin1String("messages"));
        if (!list.isArray() && !list.isUndefined() && !list.isNull())
            return ApiError::badResponse(ApiError::tr("messages is not a list"));
        items = list.toArray();
        page.status = ExecutionStatus::fromString(jsonread::string(object, QLatin1String("status")));
        const QJsonValue hasAgent = object.contains(QLatin1String("has_agent"))
            ? object.value(QLatin1String("has_agent"))
            : object.value(QLatin1String("hasAgent"));
        page.hasAgent = jsonread::boolean(hasAgent);
    } else {
        return ApiError::badResponse(ApiError::tr("expected a JSON object with messages"));
    }
    for (const QJsonValue item : std::as_const(items)) {
        const std::optional<Message> message = Message::fromJson(item.toObject());
        if (message)
            page.messages.append(*message);
    }
    std::stable_sort(
        page.messages.begin(), page.messages.end(), [](const Message &a, const Message &b) { return a.id < b.id; });
    *out = page;
    return {};
}

} // namespace agi
