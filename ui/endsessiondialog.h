#pragma once

#include "api/apierror.h"
#include "api/deleteoutcome.h"
#include "api/session.h"
#include "live/frame.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class EndSessionDialog;
}

namespace agi {

class OneShotButtons;

class ApiClient;
class DeleteSessionJob;
class SnapshotLibrary;

//! "End session": shows which session (id, page, latest frame) and offers three ways to end it:
//! save as the default environment (the prominent default), save a snapshot, or end without
//! saving. Sends exactly one DELETE per click and reports the server's answer in the dialog.
//!
//! Usage (from the main window):
//!     auto *dialog = new EndSessionDialog(client, library, session, livePane->frame(), this);
//!     dialog->setAttribute(Qt::WA_DeleteOnClose);
//!     connect(dialog, &EndSessionDialog::ended, this, [this](const QString &id) { refresher->refreshNow(); });
//!     dialog->open();
//! After the request the dialog stays open with the outcome and a Close button. `frame` may be a
//! null Frame (no thumbnail then); `library` may be null (nothing recorded).
class EndSessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndSessionDialog)

public:
    enum class Choice {
        SaveAsDefault,
        SaveSnapshot,
        EndWithoutSaving
    };

    EndSessionDialog(ApiClient *client, SnapshotLibrary *library, const Session &session, const Frame &frame,
        QWidget *parent = nullptr);
    ~EndSessionDialog() override;

    Choice choice() const;
    void setChoice(Choice choice);
    //! The text shown after the request, empty before.
    QString outcomeText() const;

    //! The outcome sentence for a finished DELETE (public for tests).
    static QString describeOutcome(const DeleteOutcome &outcome, const QString &savedMode, bool madeDefault);

Q_SIGNALS:
    //! The session no longer exists on the server (ended now, or found already gone): drop its row.
    void ended(const QString &sessionId);
    //! A snapshot was saved and recorded in the library.
    void snapshotSaved(const QString &sessionId, bool madeDefault);

private:
    void updateConfirmText();
    void confirm();
    void onSucceeded(DeleteSessionJob *job, const QString &mode, bool madeDefault);
    void onFailed(const ApiError &error);
    void showOutcome(const QString &text, bool done);
    QString recordInLibrary(const QString &mode, bool madeDefault);

    std::unique_ptr<Ui::EndSessionDialog> m_ui;
    ApiClient *m_client = nullptr;
    SnapshotLibrary *m_library = nullptr; // outlives the dialog (owned by the window)
    Session m_session;
    Frame m_frame;
    QPushButton *m_confirm = nullptr;
    std::unique_ptr<OneShotButtons> m_buttons;
    QPointer<DeleteSessionJob> m_job;
};

} // namespace agi
