#pragma once

#include <QByteArray>
#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class SettingsDialog;
}

class QLabel;
class QSpinBox;
class QUrl;

namespace agi {

class Credentials;
class NotificationSettingsBox;
class SessionMonitor;
class Settings;

//! The preferences: server base URL, the user id of the default environment, refresh intervals,
//! and the API key (change through ApiKeyDialog, remove with a confirmation through DialogSeam).
//!
//! Usage:
//!     auto *dialog = new SettingsDialog(monitor, credentials, this);
//!     dialog->setAttribute(Qt::WA_DeleteOnClose);
//!     connect(dialog, &SettingsDialog::keyChanged, monitor, &SessionMonitor::setApiKey);
//!     dialog->open();
//! OK writes Settings (which emits Settings::changed(): the monitor applies them at once). Key
//! changes take effect at once, independently of OK / Cancel. `credentials` may be null.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(SessionMonitor *monitor, Credentials *credentials, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    //! Why `text` cannot be the base URL (https, or plain http to a loopback address only); empty if fine.
    static QString baseUrlProblem(const QString &text);

    //! Writes the form to Settings (what OK does).
    void apply();
    //! Says which server this run talks to when it is not the one in the form (the demo's emulator,
    //! or --base-url): the form's server applies to runs without --demo, or at once otherwise.
    void setEndpointInUse(const QUrl &baseUrl, bool demo);

Q_SIGNALS:
    //! A new key passed the check (and was stored where possible).
    void keyChanged(const QByteArray &key);
    //! The key was removed from the keychain.
    void keyRemoved();

private:
    void putGroupsInScrollArea();
    void validate();
    void updateKeyStatus(const QString &problem = {});
    void changeKey();
    void removeKey();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QLabel *m_endpointNote = nullptr;
    NotificationSettingsBox *m_notifications = nullptr;
    QSpinBox *m_historyFrames = nullptr;    // frames kept per session
    QSpinBox *m_historyMegabytes = nullptr; // megabytes kept over all sessions
    Settings *m_settings = nullptr;
    SessionMonitor *m_monitor = nullptr;
    Credentials *m_credentials = nullptr; // outlives the dialog
};

} // namespace agi
