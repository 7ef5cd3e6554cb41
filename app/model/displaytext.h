#pragma once

#include <QString>
#include <QUrl>

namespace agi {

//! Text from the server or a web page (titles, URLs) made safe to show on one line. Characters that
//! reorder or hide text (bidirectional overrides and isolates, direction marks, zero-width
//! characters) are shown as a visible code such as "<U+202E>", so ".../\u202Etxt.exe" cannot pass
//! for ".../exe.txt"; a line break shows as "⏎" and other control characters as their code, so one
//! line stays one line. The one place this rule lives.
class DisplayText final
{
public:
    DisplayText() = delete;

    static QString oneLine(const QString &text);
    //! The URL as the user reads it (decoded where safe), through oneLine().
    static QString url(const QUrl &url);
    //! Whether oneLine() would change `text`.
    static bool needsEscaping(const QString &text);
};

} // namespace agi
