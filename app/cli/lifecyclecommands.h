#pragma once

#include "api/createsessionrequest.h"
#include "api/session.h"
#include "api/snapshotmode.h"
#include "cli/command.h"
#include "cli/exitcode.h"
#include "live/frame.h"
#include "monitor/createsessionoperation.h"

#include <QString>

namespace agi::cli {

//! `create [--agent A] [--task T] [--restore-default | --restore-from ID]`: prints the new
//! session's id alone (so `ID=$(agi-session create)` works), or the session as JSON.
class CreateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateCommand)

public:
    explicit CreateCommand(const Invocation &invocation, QObject *parent = nullptr);
    void run() override;

private:
    //! The exit status of a create that failed: 6 when what it should restore is not found.
    ExitCode exitCodeFor(const CreateSessionOperation::Outcome &outcome) const;

    CreateSessionRequest m_request;
    QString m_task;
    bool m_restoreDefault = false;
};

//! `end ID [--save snapshot|default] [--yes]`: asks first on a terminal, refuses without --yes
//! when stdin is not one; a save is recorded in the app's snapshot library, as the window does.
class EndCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndCommand)

public:
    explicit EndCommand(const Invocation &invocation, QObject *parent = nullptr);
    void run() override;

    //! "snapshot" or "default" (empty: no save); false for anything else.
    static bool parseSave(const QString &text, SnapshotMode *mode, bool *asDefault);

private:
    bool confirm(const Session &session) const;
    //! Before a save: the browser's current page, so the library entry gets its URL, title and
    //! thumbnail as the window's end dialog gives it (a frame that cannot be had costs only those).
    void fetchLastFrame(const Session &session);
    void end(const Session &session, const Frame &lastFrame);

    QString m_sessionId;
    SnapshotMode m_mode = SnapshotMode::None;
    bool m_asDefault = false;
    bool m_yes = false;
};

} // namespace agi::cli
