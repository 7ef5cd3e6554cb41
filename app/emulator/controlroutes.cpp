#include "controlroutes.h"

#include "emulatedsession.h"
#include "faultinjector.h"
#include "requestlog.h"
#include "requestvalidation.h"
#include "sessionstore.h"
#include "snapshotstore.h"

#include <QJsonArray>

#include <algorithm>

namespace agi::emu {

ControlRoutes::ControlRoutes(FaultInjector *faults, RequestLog *log, SnapshotStore *snapshots, SessionStore *sessions)
    : m_faults(faults)
    , m_log(log)
    , m_snapshots(snapshots)
    , m_sessions(sessions)
{ }

EmulatorResponse ControlRoutes::emulator(const QString &name, const QByteArray &method, const QByteArray &body)
{
    const auto notAllowed = [] { return EmulatorResponse::detail(405, QStringLiteral("Method Not Allowed")); };
    if (name == QLatin1String("health"))
        return method == "GET" ? EmulatorResponse::json(QJsonObject {{QStringLiteral("ok"), true}}) : notAllowed();
    if (name == QLatin1String("faults"))
        return faults(method, body);
    if (name == QLatin1String("requests")) {
        if (method == "GET")
            return EmulatorResponse::json(m_log->toJson());
        if (method == "DELETE") {
            m_log->clear();
            return EmulatorResponse::json(QJsonObject {{QStringLiteral("success"), true}});
        }
        return notAllowed();
    }
    if (name == QLatin1String("snapshots"))
        return method == "GET" ? EmulatorResponse::json(m_snapshots->toJson()) : notAllowed();
    return EmulatorResponse::detail(404, QStringLiteral("Not Found"));
}

EmulatorResponse ControlRoutes::faults(const QByteArray &method, const QByteArray &body)
{
    if (method == "GET") {
        QJsonArray rules;
        for (const FaultRule &rule : m_faults->rules())
            rules.append(rule.toJson());
        return EmulatorResponse::json(QJsonObject {{QStringLiteral("faults"), rules}});
    }
    if (method == "DELETE") {
        m_faults->clear();
        return EmulatorResponse::json(QJsonObject {{QStringLiteral("success"), true}});
    }
    if (method != "POST")
        return EmulatorResponse::detail(405, QStringLiteral("Method Not Allowed"));
    QJsonObject json;
    if (auto error = RequestValidation::parseBody(body, &json))
        return *error;
    QString spec;
    if (auto error = RequestValidation::requiredString(json, QStringLiteral("spec"), &spec))
        return *error;
    QString parseError;
    const std::optional<FaultRule> rule = FaultRule::parse(spec, &parseError);
    if (!rule)
        return EmulatorResponse::validation(
            {QStringLiteral("body"), QStringLiteral("spec")}, parseError, QStringLiteral("value_error"));
    FaultRule armed = *rule;
    armed.id = m_faults->add(*rule);
    return EmulatorResponse::json(armed.toJson());
}

EmulatorResponse ControlRoutes::scroll(const QString &sessionId, const QByteArray &body)
{
    EmulatedSession *session = m_sessions->findAny(sessionId);
    if (!session)
        return EmulatorResponse::detail(404, QStringLiteral("Session not found"));
    QJsonObject json;
    if (auto error = RequestValidation::parseBody(body, &json))
        return *error;
    if (auto error = RequestValidation::integer(json, QStringLiteral("to")))
        return *error;
    const QJsonValue to = json.value(QStringLiteral("to"));
    if (!to.isDouble() || to.toInteger() < 0)
        return EmulatorResponse::validation({QStringLiteral("body"), QStringLiteral("to")},
            QStringLiteral("Input should be a whole number of pixels, 0 or more"), QStringLiteral("value_error"));
    session->scrollTo(int(std::min<qint64>(to.toInteger(), 1 << 20)));
    return EmulatorResponse::json(QJsonObject {{QStringLiteral("success"), true}});
}

EmulatorResponse ControlRoutes::vncPage(const QString &sessionId)
{
    if (!m_sessions->findAny(sessionId))
        return EmulatorResponse::detail(404, QStringLiteral("Session not found"));
    const QByteArray id = sessionId.toUtf8();
    EmulatorResponse response;
    response.contentType = "text/html; charset=utf-8";
    response.body = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Live view " + id
        + "</title></head>\n<body style=\"margin:0;background:#1e1e1e\">\n<img id=\"frame\" src=\"/vnc/" + id
        + "/frame.jpg\" alt=\"live view\" style=\"display:block;max-width:100%;margin:auto\">\n<script>\n"
          "setInterval(function () {\n  document.getElementById('frame').src = '/vnc/"
        + id + "/frame.jpg?t=' + Date.now();\n}, 2000);\n</script>\n</body></html>\n";
    return response;
}

EmulatorResponse ControlRoutes::vncFrame(const QString &sessionId)
{
    EmulatedSession *session = m_sessions->findAny(sessionId);
    if (!session)
        return EmulatorResponse::detail(404, QStringLiteral("Session not found"));
    EmulatorResponse response;
    response.contentType = "image/jpeg";
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    response.body = session->jpeg();
    return response;
}

} // namespace agi::emu
