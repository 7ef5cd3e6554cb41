#pragma once

#include "api/session.h"
#include "live/frame.h"
#include "monitor/endsessionoperation.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class EndSessionDialog;
}

namespace agi {

class OneShotButtons;

class SessionMonitor;

//! "End session": shows which session (id, page, latest frame) and offers three ways to end it:
//! save as the default environment (the prominent default, unless it would replace the current
//! default: then a plain snapshot is preselected and choosing the default asks once more), save a
//! snapshot, or end without saving. Sends exactly one DELETE per click and reports the server's answer in the dialog.
//!
//! Usage (from the main window):
//!     auto *dialog = new EndSessionDialog(monitor, session, livePane->frame(), this);
//!     dialog->setAttribute(Qt::WA_DeleteOnClose);
//!     dialog->open();
//! The monitor's EndSessionOperation sends the request, records a save in the library and takes the
//! session off the list. After the request the dialog stays open with the outcome and a Close
//! button. `frame` may be a null Frame (no thumbnail then).
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

    EndSessionDialog(SessionMonitor *monitor, const Session &session, const Frame &frame, QWidget *parent = nullptr);
    ~EndSessionDialog() override;

    Choice choice() const;
    void setChoice(Choice choice);
    //! The text shown after the request, empty before.
    QString outcomeText() const;
    //! The link to the new library entry shown under the outcome (rich text), empty when none is.
    QString libraryLinkText() const;

Q_SIGNALS:
    //! The session no longer exists on the server (ended now, or found already gone): drop its row.
    void ended(const QString &sessionId);
    //! A snapshot was saved and recorded in the library.
    void snapshotSaved(const QString &sessionId, bool madeDefault);
    //! The outcome's link to the new library entry was followed: show it in the library view.
    void libraryEntryRequested(const QString &sessionId);

private:
    void updateConfirmText();
    void confirm();
    //! Asks once more before a save replaces the current default environment; true to go on.
    bool confirmReplacingDefault();
    void onFinished(const EndSessionOperation::Outcome &outcome);
    void showOutcome(const QString &text, bool done);

    std::unique_ptr<Ui::EndSessionDialog> m_ui;
    EndSessionOperation *m_operation = nullptr; // the request, its outcome and the library entry
    QPushButton *m_confirm = nullptr;
    std::unique_ptr<OneShotButtons> m_buttons;
    SessionMonitor *m_monitor = nullptr;
};

} // namespace agi
