#pragma once

#include <QString>

#include <optional>

namespace agi {

//! How a session's browser is kept when it ends (`save_snapshot_mode`): not at all, in memory or on
//! the filesystem. The one enum and the one string table for the API, the library file and the UI.
enum class SnapshotMode {
    None,
    Memory,
    Filesystem
};

//! The API's spelling: "none", "memory" or "filesystem".
QString snapshotModeName(SnapshotMode mode);
//! The API's spelling back (case and surrounding spaces ignored); empty for anything else.
std::optional<SnapshotMode> snapshotModeFromName(const QString &name);
//! For the user: "Memory snapshot", "Filesystem snapshot", "No snapshot".
QString snapshotModeDisplayText(SnapshotMode mode);

} // namespace agi
