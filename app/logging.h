#pragma once

#include <QLoggingCategory>
#include <QString>

namespace agi {

//! Sets which of the project's log categories (agi.api, agi.live, agi.model.*, agi.ui.*,
//! agi.emulator...) print debug lines: none by default, all with `verbose` (--verbose).
//! QT_LOGGING_RULES, when set, still has the last word. Used by both executables.
inline void setUpLogging(bool verbose)
{
    // Categories declare different defaults; one rule puts all of them on the same footing.
    QLoggingCategory::setFilterRules(
        verbose ? QStringLiteral("agi.*.debug=true") : QStringLiteral("agi.*.debug=false"));
    if (verbose)
        qSetMessagePattern(QStringLiteral("%{time hh:mm:ss.zzz} %{category} %{type}: %{message}"));
}

} // namespace agi
