#pragma once

class QCoreApplication;

namespace agi {

//! Installs the translations for the user's locale (QLocale()): Qt's own (qtbase, from Qt's
//! translations folder, for its dialogs and command-line help) and ours (compiled in, ":/i18n").
//! A locale without them keeps the English of the sources. The window and the command line both.
void installTranslators(QCoreApplication &app);

} // namespace agi
