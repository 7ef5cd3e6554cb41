#pragma once

#include "api/apierror.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class EndAllSessionsDialog;
}

namespace agi {

class OneShotButtons;

class ApiClient;
class DeleteAllSessionsJob;

//! "End all sessions...": states how many sessions will end, sends one DELETE /v1/sessions on
//! confirmation and reports the server's answer in the dialog (nothing is saved).
//!
//! Usage: auto *dialog = new EndAllSessionsDialog(client, model->rowCount(), this);
//!        dialog->setAttribute(Qt::WA_DeleteOnClose);
//!        connect(dialog, &EndAllSessionsDialog::allEnded, refresher, &SessionListRefresher::refreshNow);
//!        dialog->open();
class EndAllSessionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndAllSessionsDialog)

public:
    //! `sessionCount`: how many sessions the list shows (stated in the question).
    EndAllSessionsDialog(ApiClient *client, int sessionCount, QWidget *parent = nullptr);
    ~EndAllSessionsDialog() override;

    QString outcomeText() const;

Q_SIGNALS:
    //! The server answered the DELETE: the list should be refreshed.
    void allEnded();

private:
    void confirm();
    void showOutcome(const QString &text, bool done);

    std::unique_ptr<Ui::EndAllSessionsDialog> m_ui;
    ApiClient *m_client = nullptr;
    QPushButton *m_confirm = nullptr;
    std::unique_ptr<OneShotButtons> m_buttons;
    QPointer<DeleteAllSessionsJob> m_job;
};

} // namespace agi
