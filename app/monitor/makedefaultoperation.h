#pragma once

#include "api/session.h"
#include "model/snapshotentry.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace agi {

class ApiClient;
class ApiJob;
class CreateSessionOperation;
class EndSessionOperation;
class SnapshotLibrary;

//! Makes an earlier snapshot of the library the default environment again, the only way the API
//! allows: a session restored from that snapshot (POST /v1/sessions with restore_from_session_id),
//! ended at once with save_as_default=true. The save is recorded in the library as a new entry
//! linked to the one it came from (SnapshotEntry::restoredFromId).
//!
//! A 404 on the restore marks the entry "no longer on the server" (it stays listed). When the save
//! fails, the session started for it is ended without saving, so nothing is left running, and the
//! text says so.
class MakeDefaultOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MakeDefaultOperation)

public:
    //! How long a new session may stay "initializing" before the save is tried anyway.
    static constexpr int initializingChecks = 60;
    static constexpr int initializingCheckMs = 500;

    MakeDefaultOperation(
        ApiClient *client, SnapshotLibrary *library, const QString &entrySessionId, QObject *parent = nullptr);
    ~MakeDefaultOperation() override;

    //! Starts step 1; false (and nothing sent) while running or when the library has no such entry.
    bool start();
    bool isRunning() const;
    QString entrySessionId() const { return m_entryId; }

Q_SIGNALS:
    //! 1: "Starting a session from ...", 2: "Saving it as the default...".
    void stepChanged(int step, const QString &text);
    //! Once per start(). `newEntrySessionId` is the new default's entry (empty when none was made).
    void finished(bool ok, const QString &text, const QString &newEntrySessionId);

private:
    void onCreated(const Session &session);
    void waitUntilReady(const Session &session, int checksLeft);
    void saveAsDefault(const Session &session);
    void endPlainly(const Session &session, const QString &why);
    void finish(bool ok, const QString &text, const QString &newEntry = {});

    ApiClient *m_client = nullptr;
    SnapshotLibrary *m_library = nullptr;
    QString m_entryId;
    SnapshotEntry m_entry; // as it was when start() ran
    QPointer<CreateSessionOperation> m_create;
    QPointer<ApiJob> m_check; // GET of a session still initializing
    QPointer<QTimer> m_wait;
    QPointer<EndSessionOperation> m_end;
    bool m_running = false;
};

} // namespace agi
