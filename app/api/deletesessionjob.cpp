#include "api/deletesessionjob.h"

#include "api/apiclient.h"
#include "api/jsonread.h"

namespace agi {

DeleteSessionJob::DeleteSessionJob(
    ApiClient *client, const QString &sessionId, SnapshotMode mode, bool saveAsDefault, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("DELETE"), ApiClient::sessionPath(sessionId), parent)
    , m_sessionId(sessionId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("save_snapshot_mode"), snapshotModeName(mode));
    if (saveAsDefault)
        query.addQueryItem(QStringLiteral("save_as_default"), QStringLiteral("true"));
    setQuery(query);
    if (mode == SnapshotMode::None) {
        // Ending twice is harmless: a lost answer is followed by one more try, whose "deleted:false"
        // means the first one ended it.
        setRetryPolicy(RetryPolicy::Once);
    } else {
        // A save is never repeated behind the user's back; a lost answer is checked instead.
        setRetryPolicy(RetryPolicy::Never);
        setUncertainEffect(ApiError::Effect::MaybeEnded);
    }
    setTimeout(20000);
}

ApiError DeleteSessionJob::parseOutcome(const QByteArray &body, bool retried, DeleteOutcome *out)
{
    QJsonObject object;
    ApiError error = jsonread::object(body, &object);
    if (!error.isNone())
        return error;
    if (!object.contains(QLatin1String("deleted")) && !object.contains(QLatin1String("success")))
        return ApiError::badResponse(ApiError::tr("the answer says neither deleted nor success"));
    DeleteOutcome outcome;
    // Without `deleted`, a plain {"success": true} is the only claim we have.
    outcome.deleted = jsonread::boolean(
        object.value(QLatin1String("deleted")), jsonread::boolean(object.value(QLatin1String("success"))));
    outcome.message = jsonread::string(object, QLatin1String("message"));
    outcome.probablyAlreadyEnded = retried && !outcome.deleted;
    *out = outcome;
    return {};
}

ApiError DeleteSessionJob::parse(const QByteArray &body)
{
    return parseOutcome(body, attempt() > 1, &m_outcome);
}

bool DeleteSessionJob::acceptHttpError(const ApiError &error, const QByteArray & /*body*/)
{
    // A 404 after a lost first answer is the same news as deleted:false: it is most likely gone already.
    if (error.kind != ApiError::Kind::NotFound || attempt() < 2)
        return false;
    m_outcome = DeleteOutcome {false, error.serverMessage, true};
    return true;
}

} // namespace agi
