#pragma once

#include "api/apierror.h"
#include "api/session.h"
#include "api/snapshotmode.h"
#include "live/frame.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace agi {

class ApiClient;
class ApiJob;
class DeleteSessionJob;
class SnapshotLibrary;
struct DeleteOutcome;

//! Ending one session, saving its browser on the way when asked: the one DELETE (a plain end is
//! tried once more after a lost answer; a save never is: the operation then checks whether the
//! session still exists and says exactly what is known), what the server answered, in words, and
//! the local library's record of a save (marked "not confirmed" when the answer was lost). Dialogs
//! only choose and show.
class EndSessionOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndSessionOperation)

public:
    struct Outcome
    {
        bool ended = false;       //!< the session is gone from the server (ended now, or already gone)
        bool saved = false;       //!< a snapshot was saved (and recorded in the library, if it could be)
        bool madeDefault = false; //!< ... and made the default environment
        //! False when the server's answer was lost: `saved` is then what the check suggests, not what
        //! the server said, and the library entry is marked so.
        bool confirmed = true;
        QString text; //!< what happened, for the user
    };

    //! `library` may be null (a save is then not recorded locally); `lastFrame` gives the record its
    //! page and thumbnail.
    EndSessionOperation(ApiClient *client, SnapshotLibrary *library, const Session &session, const Frame &lastFrame,
        QObject *parent = nullptr);
    ~EndSessionOperation() override;

    //! Sends the request; false (and nothing sent) while one is under way.
    bool start(SnapshotMode mode, bool asDefault);
    bool isRunning() const { return !m_job.isNull() || !m_check.isNull(); }
    Session session() const { return m_session; }
    //! The library entry this session was restored from to make it the default again: a save then
    //! records the link to it (and its name, when the user gave one).
    void setOrigin(const QString &entrySessionId, const QString &name = {});

    //! The sentence for the server's answer to a DELETE that saved in `mode`.
    static QString describe(const DeleteOutcome &outcome, SnapshotMode mode, bool madeDefault);

Q_SIGNALS:
    //! While it runs: what it is doing ("Ending the session...", "No answer yet; trying once more...").
    void progress(const QString &text);
    //! Once per start(). A failure leaves the session as it was (ended is false; the text says why).
    void finished(const agi::EndSessionOperation::Outcome &outcome);

private:
    void onSucceeded(const DeleteOutcome &outcome, SnapshotMode mode, bool asDefault);
    void onFailed(const ApiError &error, SnapshotMode mode, bool asDefault);
    //! After an answer that was lost (dropped, cut, unreadable, timed out): is the session still there?
    void checkAfterLostAnswer(const ApiError &lost, SnapshotMode mode, bool asDefault);
    //! Empty when recorded (or nothing to record in); else why it could not be.
    QString recordInLibrary(SnapshotMode mode, bool madeDefault, bool confirmed);

    ApiClient *m_client = nullptr;
    SnapshotLibrary *m_library = nullptr;
    Session m_session;
    Frame m_frame;
    QString m_originId;
    QString m_originName;
    QPointer<DeleteSessionJob> m_job;
    QPointer<ApiJob> m_check; // GET of the session after a lost answer
};

} // namespace agi

Q_DECLARE_METATYPE(agi::EndSessionOperation::Outcome)
