#pragma once

class QDialog;
class QDialogButtonBox;
class QPushButton;
class QString;

namespace agi {

//! The buttons of a dialog whose action runs once (ending sessions): confirm and cancel until the
//! action is done, then a single Close. Names the buttons for tests: confirmButton, cancelButton,
//! closeButton.
class OneShotButtons final
{
public:
    //! Adds `confirmText` (accept role) and a hidden Close to `box`, which already holds Cancel.
    OneShotButtons(QDialog *dialog, QDialogButtonBox *box, const QString &confirmText);

    QPushButton *confirm() const { return m_confirm; }
    QPushButton *cancel() const { return m_cancel; }
    //! The action is over: only Close stays, focused and default.
    void showDone();

private:
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace agi
