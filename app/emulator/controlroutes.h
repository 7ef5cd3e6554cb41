#pragma once

#include "responsewriter.h"

#include <QByteArray>
#include <QString>

namespace agi::emu {

class FaultInjector;
class RequestLog;
class SessionStore;
class SnapshotStore;

//! The unauthenticated, never-faulted routes for tests and demos: /_emulator/* and the /vnc
//! live view.
class ControlRoutes final
{
public:
    ControlRoutes(FaultInjector *faults, RequestLog *log, SnapshotStore *snapshots, SessionStore *sessions);

    //! `name` is the second path segment under /_emulator; nullopt-like 404/405 answered here too.
    EmulatorResponse emulator(const QString &name, const QByteArray &method, const QByteArray &body);
    //! POST /_emulator/sessions/{id}/scroll {"to": pixels}: the page scrolls there, a new frame with
    //! the same address and title and no message (what typing or scrolling looks like to a client).
    EmulatorResponse scroll(const QString &sessionId, const QByteArray &body);
    EmulatorResponse vncPage(const QString &sessionId);
    EmulatorResponse vncFrame(const QString &sessionId);

private:
    EmulatorResponse faults(const QByteArray &method, const QByteArray &body);

    FaultInjector *m_faults;
    RequestLog *m_log;
    SnapshotStore *m_snapshots;
    SessionStore *m_sessions;
};

} // namespace agi::emu
