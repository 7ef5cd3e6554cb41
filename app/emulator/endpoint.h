#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace agi::emu {

//! The endpoints of the AGI Agent Sessions API that the emulator serves, as fault targets and log keys.
enum class Endpoint {
    CreateSession,
    ListSessions,
    GetSession,
    DeleteSession,
    DeleteAllSessions,
    SendMessage,
    Status,
    Messages,
    Events,
    Pause,
    Resume,
    Cancel,
    Navigate,
    Screenshot,
    Models,
    Control, // /_emulator/* (never faulted)
    Unknown,
};

//! Short stable name used in fault specs, the request log and `--help`: "create", "list", "get",
//! "delete", "delete-all", "message", "status", "messages", "events", "pause", "resume",
//! "cancel", "navigate", "screenshot", "models", "control", "unknown".
QString endpointName(Endpoint endpoint);

//! The inverse of endpointName() for the fifteen API endpoints; nullopt for anything else.
std::optional<Endpoint> endpointFromName(QStringView name);

} // namespace agi::emu
