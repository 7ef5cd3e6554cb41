#include "api/sessioncontroljob.h"

#include "api/apiclient.h"
#include "api/jsonread.h"

#include <algorithm>
#include <array>

namespace agi {

SessionControlJob::SessionControlJob(ApiClient *client, const QString &sessionId, Action action, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("POST"),
        ApiClient::sessionPath(sessionId, QLatin1Char('/') + actionName(action)), parent)
    , m_action(action)
{
    setRetryPolicy(RetryPolicy::Never);
    setTimeout(20000);
}

QString SessionControlJob::actionName(Action action)
{
    switch (action) {
    case Action::Pause:
        return QStringLiteral("pause");
    case Action::Resume:
        return QStringLiteral("resume");
    case Action::Cancel:
        break;
    }
    return QStringLiteral("cancel");
}

ApiError SessionControlJob::parse(const QByteArray &body)
{
    // {"success": true, "message": ...} per the docs; tolerate {"status": ...} and an empty body.
    QJsonObject object;
    if (!body.trimmed().isEmpty()) {
        ApiError error = jsonread::object(body, &object);
        if (!error.isNone())
            return error;
    }
    m_serverMessage
        = jsonread::string(object, QLatin1String("message"), jsonread::string(object, QLatin1String("status")));
    return {};
}

bool SessionControlJob::acceptHttpError(const ApiError &error, const QByteArray &body)
{
    if (error.httpStatus < 400 || error.httpStatus > 499)
        return false;
    const std::array words {QLatin1String("already_paused"), QLatin1String("not_paused")};
    const auto *const word = std::ranges::find_if(words, [&error, &body](QLatin1String candidate) {
        return body.contains(candidate.data()) || error.serverMessage.contains(candidate);
    });
    if (word == words.end())
        return false;
    m_alreadyInState = true;
    m_stateText = *word;
    m_serverMessage = error.serverMessage;
    return true;
}

} // namespace agi
