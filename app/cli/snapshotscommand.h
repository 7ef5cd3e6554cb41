#pragma once

#include "cli/command.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace agi {
class SnapshotLibrary;
struct SnapshotEntry;
} // namespace agi

namespace agi::cli {

//! `snapshots [ACTION ARGS]`: the app's snapshot library of the current account (--base-url or
//! the settings' server and user id, or --demo's), the same file the window shows.
//!   (none) | list          the entries: name, session id, URL, title, saved at, mode, default marker
//!   rename ENTRY NAME      names an entry (an empty NAME brings back the page title)
//!   forget ENTRY [--yes]   removes it from the library only (asks on a terminal)
//!   make-default ENTRY     makes it the default environment again (MakeDefaultOperation)
//!   export FILE            writes the library with thumbnails to FILE
//!   import FILE            merges FILE into the library
//! ENTRY is a session id or a unique prefix of one; an ambiguous prefix lists the candidates.
class SnapshotsCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotsCommand)

public:
    //! Null with *error set when the action or its arguments are wrong.
    static SnapshotsCommand *create(const Invocation &invocation, QString *error);
    //! Only make-default talks to the server (and needs the key).
    static bool needsKey(const QStringList &arguments);

    void run() override;

private:
    SnapshotsCommand(const Invocation &invocation, const QString &action, const QStringList &arguments);

    SnapshotLibrary &library() const;
    //! The entry ENTRY names; finishes with the right status and returns nothing when none or several.
    std::optional<SnapshotEntry> resolve(const QString &idOrPrefix);
    void list();
    void rename();
    void forget();
    void makeDefault();
    void exportLibrary();
    void importLibrary();

    QString m_action;
    QStringList m_arguments;
    bool m_yes = false;
};

} // namespace agi::cli
