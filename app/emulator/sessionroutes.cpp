#include "sessionroutes.h"

#include "createrequest.h"
#include "requestvalidation.h"
#include "sessionstore.h"
#include "snapshotstore.h"

#include <QJsonArray>

namespace agi::emu {

namespace {

using Check = RequestValidation;

EmulatorResponse success(const QString &message)
{
    return EmulatorResponse::json(
        QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("message"), message}});
}

QString shortId(const QString &id)
{
    return id.left(8);
}

} // namespace

SessionRoutes::SessionRoutes(SessionStore *sessions, SnapshotStore *snapshots)
    : m_sessions(sessions)
    , m_snapshots(snapshots)
{ }

EmulatorResponse SessionRoutes::sessionNotFound()
{
    return EmulatorResponse::detail(404, QStringLiteral("Session not found"));
}

EmulatorResponse SessionRoutes::create(const ApiRequest &request)
{
    CreateRequest parsed;
    if (auto error = CreateRequest::parse(request.body, &parsed))
        return *error;
    SessionStore::Request &create = parsed.session;
    create.userId = request.userId;
    const QString &fromSession = parsed.fromSession;
    const QString &fromUser = parsed.fromUser;
    const QString &fromEnvironment = parsed.fromEnvironment;

    std::optional<Snapshot> snapshot;
    QString origin;
    if (!fromSession.isEmpty()) {
        snapshot = m_snapshots->bySession(request.userId, fromSession);
        if (!snapshot)
            return EmulatorResponse::detail(404, QStringLiteral("Snapshot not found for session %1").arg(fromSession));
    } else if (!fromEnvironment.isEmpty()) {
        // Part A: an unknown environment is no error; the session starts with a fresh browser
        // (and a fresh environment), as the official SDK's live test expects.
        snapshot = m_snapshots->byEnvironment(request.userId, fromEnvironment);
        origin = QStringLiteral(", environment %1").arg(shortId(fromEnvironment));
    } else if (!fromUser.isEmpty()) {
        if (fromUser == request.userId)
            snapshot = m_snapshots->defaultFor(fromUser);
        if (!snapshot)
            return EmulatorResponse::detail(
                404, QStringLiteral("No default environment saved for user %1").arg(fromUser));
        origin = QStringLiteral(", default environment");
    }
    if (snapshot)
        create.environmentId = snapshot->environmentId;
    EmulatedSession *session = m_sessions->create(create);
    if (snapshot)
        session->restore(*snapshot,
            QStringLiteral("Restored from snapshot of session %1 (%2%3)")
                .arg(shortId(snapshot->sessionId), snapshot->mode, origin));
    session->open();
    return EmulatorResponse::json(session->toJson());
}

EmulatorResponse SessionRoutes::list(const ApiRequest &request)
{
    QJsonArray array;
    for (const EmulatedSession *session : m_sessions->list(request.userId))
        array.append(session->toListItem());
    return EmulatorResponse::json(array);
}

EmulatorResponse SessionRoutes::get(const ApiRequest &request)
{
    const EmulatedSession *session = m_sessions->find(request.userId, request.sessionId);
    return session ? EmulatorResponse::json(session->toJson()) : sessionNotFound();
}

EmulatorResponse SessionRoutes::remove(const ApiRequest &request)
{
    QString mode = QStringLiteral("none");
    if (request.query.hasQueryItem(QStringLiteral("save_snapshot_mode")))
        mode = request.query.queryItemValue(QStringLiteral("save_snapshot_mode"), QUrl::FullyDecoded);
    if (mode != QLatin1String("none") && mode != QLatin1String("memory") && mode != QLatin1String("filesystem"))
        return EmulatorResponse::validation({QStringLiteral("query"), QStringLiteral("save_snapshot_mode")},
            QStringLiteral("Input should be 'none', 'memory' or 'filesystem'"), QStringLiteral("enum"));
    bool asDefault = false;
    if (auto error = Check::queryBool(request.query, QStringLiteral("save_as_default"), &asDefault))
        return *error;
    if (asDefault && mode == QLatin1String("none"))
        return EmulatorResponse::validation({QStringLiteral("query"), QStringLiteral("save_as_default")},
            QStringLiteral("Value error, save_as_default requires save_snapshot_mode "
                           "memory or filesystem"),
            QStringLiteral("value_error"));
    EmulatedSession *session = m_sessions->find(request.userId, request.sessionId);
    if (!session)
        return EmulatorResponse::json(QJsonObject {{QStringLiteral("success"), true},
            {QStringLiteral("deleted"), false}, {QStringLiteral("message"), QStringLiteral("Session not found")}});
    session->cancel();
    if (mode != QLatin1String("none")) {
        Snapshot snapshot;
        snapshot.userId = request.userId;
        snapshot.sessionId = session->id();
        snapshot.environmentId = session->info().environmentId;
        snapshot.mode = mode;
        snapshot.createdAt = isoNow();
        snapshot.page = session->page();
        snapshot.page.highlighted = -1;
        snapshot.page.agentAction.clear();
        snapshot.page.restoredFrom.clear();
        snapshot.browserState = session->browserState();
        m_snapshots->save(snapshot, asDefault);
    }
    m_sessions->remove(session);
    return EmulatorResponse::json(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("deleted"), true},
        {QStringLiteral("message"), QStringLiteral("Session deleted successfully")}});
}

EmulatorResponse SessionRoutes::removeAll(const ApiRequest &request)
{
    const int removed = m_sessions->removeAll(request.userId);
    return EmulatorResponse::json(
        QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("deleted"), removed > 0},
            {QStringLiteral("message"), QStringLiteral("Sessions deleted successfully")}});
}

EmulatorResponse SessionRoutes::message(const ApiRequest &request)
{
    QString text;
    if (auto error = Check::requiredString(request.body, QStringLiteral("message"), &text))
        return *error;
    const QStringList loc {QStringLiteral("body"), QStringLiteral("message")};
    if (text.isEmpty())
        return EmulatorResponse::validation(
            loc, QStringLiteral("String should have at least 1 character"), QStringLiteral("string_too_short"));
    if (text.size() > 10000)
        return EmulatorResponse::validation(
            loc, QStringLiteral("String should have at most 10000 characters"), QStringLiteral("string_too_long"));
    QString startUrl;
    bool hasStartUrl = false;
    if (auto error = Check::string(request.body, QStringLiteral("start_url"), &startUrl, &hasStartUrl))
        return *error;
    if (hasStartUrl) {
        if (auto error = Check::httpUrl({QStringLiteral("body"), QStringLiteral("start_url")}, startUrl))
            return *error;
    }
    EmulatedSession *session = m_sessions->find(request.userId, request.sessionId);
    if (!session)
        return sessionNotFound();
    session->sendMessage(text, hasStartUrl ? startUrl : QString());
    return success(QStringLiteral("Message sent successfully"));
}

EmulatorResponse SessionRoutes::status(const ApiRequest &request)
{
    const EmulatedSession *session = m_sessions->find(request.userId, request.sessionId);
    if (!session)
        return sessionNotFound();
    return EmulatorResponse::json(QJsonObject {{QStringLiteral("status"), session->execStatus()}});
}

EmulatorResponse SessionRoutes::messages(const ApiRequest &request)
{
    qint64 afterId = 0;
    bool sanitize = true;
    if (auto error = Check::queryInt(request.query, QStringLiteral("after_id"), &afterId))
        return *error;
    if (auto error = Check::queryBool(request.query, QStringLiteral("sanitize"), &sanitize))
        return *error;
    const EmulatedSession *session = m_sessions->find(request.userId, request.sessionId);
    if (!session)
        return sessionNotFound();
    QJsonArray array;
    for (const AgentMessage &message : session->messages(afterId, sanitize))
        array.append(message.toJson());
    return EmulatorResponse::json(QJsonObject {{QStringLiteral("messages"), array},
        {QStringLiteral("status"), session->execStatus()}, {QStringLiteral("has_agent"), true}});
}

EmulatorResponse SessionRoutes::pause(const ApiRequest &request)
{
    EmulatedSession *session = m_sessions->find(request.userId, request.sessionId);
    if (!session)
        return sessionNotFound();
    switch (session->pause()) {
    case EmulatedSession::Control::AlreadyPaused:
        return EmulatorResponse::detail(409, QStringLiteral("already_paused: the session is already paused"));
    case EmulatedSession::Control::NotPaused:
    case EmulatedSession::Control::Ok:
        break;
    }
    return success(QStringLiteral("Session paused successfully"));
}

EmulatorResponse SessionRoutes::resume(const ApiRequest &request)
{
    EmulatedSession *session = m_sessions->find(request.userId, request.sessionId);
    if (!session)
        return sessionNotFound();
    if (session->resume() == EmulatedSession::Control::NotPaused)
        return EmulatorResponse::detail(409, QStringLiteral("not_paused: the session is not paused"));
    return success(QStringLiteral("Session resumed successfully"));
}

EmulatorResponse SessionRoutes::cancel(const ApiRequest &request)
{
    EmulatedSession *session = m_sessions->find(request.userId, request.sessionId);
    if (!session)
        return sessionNotFound();
    session->cancel();
    return success(QStringLiteral("Session cancelled successfully"));
}

EmulatorResponse SessionRoutes::navigate(const ApiRequest &request)
{
    QString url;
    if (auto error = Check::requiredString(request.body, QStringLiteral("url"), &url))
        return *error;
    if (url.size() > 2000 || !Check::isHttpUrl(url))
        return EmulatorResponse::detail(400,
            QStringLiteral("Invalid URL format: the URL must be absolute, start with "
                           "http:// or https:// and be at most 2000 characters"));
    EmulatedSession *session = m_sessions->find(request.userId, request.sessionId);
    if (!session)
        return sessionNotFound();
    session->navigate(url);
    return EmulatorResponse::json(QJsonObject {{QStringLiteral("current_url"), session->page().address()}});
}

EmulatorResponse SessionRoutes::screenshot(const ApiRequest &request)
{
    EmulatedSession *session = m_sessions->find(request.userId, request.sessionId);
    if (!session)
        return sessionNotFound();
    return EmulatorResponse::json(QJsonObject {{QStringLiteral("screenshot"), QString::fromLatin1(session->dataUrl())},
        {QStringLiteral("url"), session->page().address()}, {QStringLiteral("title"), session->page().title}});
}

EmulatorResponse SessionRoutes::models(const ApiRequest &request)
{
    const QString filter = request.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    QStringList models;
    if (filter.isEmpty() || filter == QLatin1String("cdp"))
        models = CreateRequest::browserModels();
    else if (filter == QLatin1String("desktop"))
        models = CreateRequest::desktopModels();
    else
        return EmulatorResponse::validation({QStringLiteral("query"), QStringLiteral("filter")},
            QStringLiteral("Input should be 'cdp' or 'desktop'"), QStringLiteral("enum"));
    return EmulatorResponse::json(QJsonObject {{QStringLiteral("models"), QJsonArray::fromStringList(models)}});
}

std::optional<EmulatorResponse> SessionRoutes::eventOptions(const ApiRequest &request, SseStream::Options *options)
{
    if (auto error = Check::queryBool(request.query, QStringLiteral("include_history"), &options->includeHistory))
        return error;
    if (auto error = Check::queryBool(request.query, QStringLiteral("sanitize"), &options->sanitize))
        return error;
    if (auto error = Check::queryInt(request.query, QStringLiteral("after_id"), &options->afterId))
        return error;
    const QString types = request.query.queryItemValue(QStringLiteral("event_types"), QUrl::FullyDecoded);
    for (const QString &type : types.split(QLatin1Char(','), Qt::SkipEmptyParts))
        options->eventTypes.insert(type.trimmed().toLower().toUtf8());
    if (!m_sessions->find(request.userId, request.sessionId))
        return sessionNotFound();
    return std::nullopt;
}

} // namespace agi::emu
