#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QDialog>
#include <QPointer>

#include <array>
#include <memory>

class QPushButton;

namespace Ui {
class ApiKeyDialog;
}

namespace agi {

class ApiKeyCheck;
class Credentials;
class SessionMonitor;

//! Asks for the API key (first start without one, or after a 401/403), checks it with the
//! monitor's ApiKeyCheck and stores it through Credentials before accepting.
//!
//! Usage:
//!     ApiKeyDialog dialog(monitor, credentials, this);
//!     dialog.setReason(tr("The server rejected the saved key (401)."));   // optional
//!     const int result = dialog.exec();
//!     if (result == QDialog::Accepted)            monitor->setApiKey(dialog.key());
//!     else if (result == ApiKeyDialog::DemoRequested) startDemo();
//! When AGI_API_KEY is set the dialog says so and never stores: an accepted key is for this run.
//! `credentials` may be null (the key is then checked but not stored).
class ApiKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyDialog)

public:
    //! exec()/finished() result of "Try the demo", distinct from Accepted and Rejected.
    static constexpr int DemoRequested = 2;

    //! The key is checked with the monitor's server.
    ApiKeyDialog(SessionMonitor *monitor, Credentials *credentials, QWidget *parent = nullptr);
    ~ApiKeyDialog() override;

    //! Why the dialog appears (shown above the form), e.g. after the server rejected the key.
    void setReason(const QString &reason);
    //! Hides "Try the demo" (e.g. when the dialog is opened from the settings).
    void setDemoOffered(bool offered);

    //! The key that passed the check (empty before).
    QByteArray key() const { return m_checkedKey; }
    //! Whether the key was stored in the keychain.
    bool wasStored() const { return m_stored; }

Q_SIGNALS:
    //! The key passed the check (and was stored, unless AGI_API_KEY wins or storing was skipped).
    void keyAccepted(const QByteArray &key);

private:
    void check();
    void onChecked(const QByteArray &key);
    void acceptKey(bool stored);
    void disconnectStore();
    void setStatus(const QString &text, bool error);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ApiKeyDialog> m_ui;
    ApiKeyCheck *m_keyCheck = nullptr;
    Credentials *m_credentials = nullptr; // outlives the dialog
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_useOnce = nullptr;
    std::array<QMetaObject::Connection, 2> m_storeConnections;
    QByteArray m_candidate; // the key being checked
    QByteArray m_checkedKey;
    bool m_stored = false;
    bool m_busy = false;
};

} // namespace agi
