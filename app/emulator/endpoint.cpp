#include "endpoint.h"

#include <QLatin1String>

#include <array>
#include <utility>

namespace agi::emu {

namespace {

// The fifteen API endpoints in declaration order; Control and Unknown are named separately because
// they are never valid fault targets.
constexpr std::array<std::pair<Endpoint, const char *>, 15> kApiEndpoints {{
    {Endpoint::CreateSession, "create"},
    {Endpoint::ListSessions, "list"},
    {Endpoint::GetSession, "get"},
    {Endpoint::DeleteSession, "delete"},
    {Endpoint::DeleteAllSessions, "delete-all"},
    {Endpoint::SendMessage, "message"},
    {Endpoint::Status, "status"},
    {Endpoint::Messages, "messages"},
    {Endpoint::Events, "events"},
    {Endpoint::Pause, "pause"},
    {Endpoint::Resume, "resume"},
    {Endpoint::Cancel, "cancel"},
    {Endpoint::Navigate, "navigate"},
    {Endpoint::Screenshot, "screenshot"},
    {Endpoint::Models, "models"},
}};

} // namespace

QString endpointName(Endpoint endpoint)
{
    for (const auto &[value, name] : kApiEndpoints) {
        if (value == endpoint)
            return QLatin1String(name);
    }
    if (endpoint == Endpoint::Control)
        return QStringLiteral("control");
    return QStringLiteral("unknown");
}

std::optional<Endpoint> endpointFromName(QStringView name)
{
    for (const auto &[value, text] : kApiEndpoints) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace agi::emu
