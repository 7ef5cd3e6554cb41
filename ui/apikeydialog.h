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

class ApiClient;
class Credentials;
class ListModelsJob;

//! Asks for the API key (first start without one, or after a 401/403), checks it with
//! GET /v1/models on a temporary client and stores it through Credentials before accepting.
//!
//! Usage:
//!     ApiKeyDialog dialog(client, credentials, this);
//!     dialog.setReason(tr("The server rejected the saved key (401)."));   // optional
//!     const int result = dialog.exec();
//!     if (result == QDialog::Accepted)            client->setApiKey(dialog.key());
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

    //! `client` gives the network and base URL; the check runs on a temporary client of its own.
    ApiKeyDialog(ApiClient *client, Credentials *credentials, QWidget *parent = nullptr);
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
    ApiClient *m_client = nullptr;
    Credentials *m_credentials = nullptr; // outlives the dialog
    QPointer<ListModelsJob> m_job;
    ApiClient *m_probe = nullptr; // the temporary client of the running check
    QPushButton *m_check = nullptr;
    QPushButton *m_useOnce = nullptr;
    std::array<QMetaObject::Connection, 2> m_storeConnections;
    QByteArray m_checkedKey;
    bool m_stored = false;
    bool m_busy = false;
};

} // namespace agi
