#include "createrequest.h"

#include <QUrl>

namespace agi::emu {

namespace {

using Check = RequestValidation;

const QString ManagedCdp = QStringLiteral("managed-cdp");

QStringList bodyLoc(const QString &field)
{
    return {QStringLiteral("body"), field};
}

// The emulator drives its own rendered browser only. A desktop session is a loop the client runs
// against `{agent_url}/step_desktop` with its own screenshots, and an external-cdp one attaches to
// the client's Chrome: refusing them clearly beats pretending (Part B 3.14 calls the mode
// enterprise-only and out of scope for this project).
RequestValidation::Error checkSessionType(const QString &type)
{
    const QStringList loc = bodyLoc(QStringLiteral("agent_session_type"));
    if (type == QLatin1String("desktop"))
        return EmulatorResponse::validation(loc,
            QStringLiteral("agent_session_type 'desktop' (client-driven sessions stepped through agent_url) is "
                           "not served by this emulator; use 'managed-cdp'"),
            QStringLiteral("value_error"));
    if (type == QLatin1String("external-cdp"))
        return EmulatorResponse::validation(loc,
            QStringLiteral("agent_session_type 'external-cdp' (your own browser over CDP) is not served by this "
                           "emulator; use 'managed-cdp'"),
            QStringLiteral("value_error"));
    if (type != ManagedCdp)
        return EmulatorResponse::validation(loc,
            QStringLiteral("Input should be 'managed-cdp', 'external-cdp' or 'desktop'"),
            QStringLiteral("literal_error"));
    return std::nullopt;
}

} // namespace

QStringList CreateRequest::browserModels()
{
    return {QStringLiteral("agi-0"), QStringLiteral("agi-0-fast")};
}

QStringList CreateRequest::desktopModels()
{
    return {QStringLiteral("agi-2-claude"), QStringLiteral("agi-2-qwen")};
}

RequestValidation::Error CreateRequest::parse(const QJsonObject &body, CreateRequest *out)
{
    SessionStore::Request &create = out->session;
    create.sessionType = ManagedCdp;
    if (auto error = Check::string(body, QStringLiteral("agent_session_type"), &create.sessionType))
        return error;
    if (auto error = checkSessionType(create.sessionType))
        return error;
    if (auto error = Check::string(body, QStringLiteral("agent_name"), &create.agentName))
        return error;
    if (!browserModels().contains(create.agentName))
        return EmulatorResponse::validation(bodyLoc(QStringLiteral("agent_name")),
            QStringLiteral("Input should be 'agi-0' or 'agi-0-fast'"), QStringLiteral("literal_error"));
    QString webhook;
    bool hasWebhook = false;
    if (auto error = Check::string(body, QStringLiteral("webhook_url"), &webhook, &hasWebhook))
        return error;
    if (hasWebhook) {
        if (auto error = Check::httpUrl(bodyLoc(QStringLiteral("webhook_url")), webhook))
            return error;
        create.webhookUrl = QUrl(webhook);
    }
    if (auto error = Check::string(body, QStringLiteral("restore_from_session_id"), &out->fromSession))
        return error;
    if (auto error = Check::string(body, QStringLiteral("restore_default_environment_from_user_id"), &out->fromUser))
        return error;
    if (auto error = Check::string(body, QStringLiteral("restore_from_environment_id"), &out->fromEnvironment))
        return error;
    if (auto error = Check::string(body, QStringLiteral("goal"), &create.goal))
        return error;
    QString ignored;
    for (const char *name : {"cdp_url", "cdp_ws_url", "environment_type", "model"}) {
        if (auto error = Check::string(body, QString::fromLatin1(name), &ignored))
            return error;
    }
    if (auto error = Check::boolean(body, QStringLiteral("enable_memory_snapshot")))
        return error;
    return Check::integer(body, QStringLiteral("max_steps"));
}

} // namespace agi::emu
