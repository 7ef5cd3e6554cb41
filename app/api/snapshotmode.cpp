#include "api/snapshotmode.h"

#include <QCoreApplication>

namespace agi {

QString snapshotModeName(SnapshotMode mode)
{
    switch (mode) {
    case SnapshotMode::None:
        break;
    case SnapshotMode::Memory:
        return QStringLiteral("memory");
    case SnapshotMode::Filesystem:
        return QStringLiteral("filesystem");
    }
    return QStringLiteral("none");
}

std::optional<SnapshotMode> snapshotModeFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const SnapshotMode mode : {SnapshotMode::None, SnapshotMode::Memory, SnapshotMode::Filesystem}) {
        if (key == snapshotModeName(mode))
            return mode;
    }
    return std::nullopt;
}

QString snapshotModeDisplayText(SnapshotMode mode)
{
    switch (mode) {
    case SnapshotMode::None:
        break;
    case SnapshotMode::Memory:
        return QCoreApplication::translate("agi::SnapshotEntry", "Memory snapshot");
    case SnapshotMode::Filesystem:
        return QCoreApplication::translate("agi::SnapshotEntry", "Filesystem snapshot");
    }
    return QCoreApplication::translate("agi::SnapshotEntry", "No snapshot");
}

} // namespace agi
