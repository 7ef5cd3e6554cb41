#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class EndAllSessionsDialog;
}

namespace agi {

class OneShotButtons;

class EndAllSessionsOperation;
class SessionMonitor;

//! "End all sessions...": states how many sessions will end, ends them through the monitor's
//! EndAllSessionsOperation on confirmation (which refreshes the list) and reports the server's
//! answer in the dialog (nothing is saved).
//!
//! Usage: auto *dialog = new EndAllSessionsDialog(monitor, model->rowCount(), this);
//!        dialog->setAttribute(Qt::WA_DeleteOnClose);
//!        dialog->open();
class EndAllSessionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndAllSessionsDialog)

public:
    //! `sessionCount`: how many sessions the list shows (stated in the question).
    EndAllSessionsDialog(SessionMonitor *monitor, int sessionCount, QWidget *parent = nullptr);
    ~EndAllSessionsDialog() override;

    QString outcomeText() const;

Q_SIGNALS:
    //! The server answered the DELETE.
    void allEnded();

private:
    void confirm();
    void showOutcome(const QString &text, bool done);

    std::unique_ptr<Ui::EndAllSessionsDialog> m_ui;
    EndAllSessionsOperation *m_operation = nullptr;
    QPushButton *m_confirm = nullptr;
    std::unique_ptr<OneShotButtons> m_buttons;
};

} // namespace agi
