#pragma once

#include "api/session.h"
#include "monitor/createsessionoperation.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QAbstractButton;
class QLabel;
class QWidget;

namespace Ui {
class CreateSessionDialog;
}

namespace agi {

class ModelCatalog;
class SessionMonitor;
class Settings;
class SnapshotLibrary;

//! "New session": agent model, optional first task and start URL, webhook, and where the browser
//! state comes from (fresh, a saved session, the default environment). Validates with the API's
//! limits, then sends POST /v1/sessions and, when a task was given, the first message.
//!
//! The request goes through the monitor's CreateSessionOperation, which lists the new session (or
//! refreshes the list when it may exist although no answer came).
//!
//! Usage (from the main window):
//!     auto *dialog = new CreateSessionDialog(monitor, this);
//!     dialog->setAttribute(Qt::WA_DeleteOnClose);
//!     connect(dialog, &CreateSessionDialog::created, this, &MainWindow::selectNewSession);
//!     connect(dialog, &CreateSessionDialog::settingsRequested, this, &MainWindow::showSettings);
//!     dialog->open();
//! The dialog stays open on failure (with the reason) and accept()s itself after created().
class CreateSessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSessionDialog)

public:
    static constexpr int maxUrlLength = 2000;
    static constexpr int maxMessageLength = 10000;

    explicit CreateSessionDialog(SessionMonitor *monitor, QWidget *parent = nullptr);
    ~CreateSessionDialog() override;

    //! Why `text` is not an acceptable webhook or start URL (http(s), at most 2,000 characters); empty
    //! when it is.
    static QString urlProblem(const QString &text);

    //! Pre-selects "restore a saved session" with that id (e.g. from the snapshot library view).
    void setRestoreSessionId(const QString &sessionId);

Q_SIGNALS:
    //! The session exists (and its first task was sent, when one was given). Emitted once, just
    //! before the dialog closes.
    void created(const agi::Session &session);
    //! The user asked to open the settings (to enter the user id for the default environment).
    void settingsRequested();

private:
    void showModels();
    void fillSnapshots();
    void updateRestoreState();
    bool validate();
    void submit();
    void onFinished(const CreateSessionOperation::Outcome &outcome);
    void setBusy(bool busy, const QString &status = {});
    QAbstractButton *okButton() const;

    std::unique_ptr<Ui::CreateSessionDialog> m_ui;
    Settings *m_settings = nullptr;
    SnapshotLibrary *m_library = nullptr;
    ModelCatalog *m_models = nullptr;
    CreateSessionOperation *m_operation = nullptr; // the requests and their outcome
    bool m_busy = false;
    bool m_done = false;
};

} // namespace agi
