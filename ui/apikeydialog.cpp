#include "apikeydialog.h"
#include "ui_apikeydialog.h"

#include "monitor/apikeycheck.h"
#include "monitor/sessionmonitor.h"
#include "settings/credentials.h"
#include "tones.h"

#include <QPushButton>

namespace agi {

ApiKeyDialog::ApiKeyDialog(SessionMonitor *monitor, Credentials *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApiKeyDialog>())
    , m_keyCheck(monitor->newKeyCheck(this))
    , m_credentials(credentials)
{
    m_ui->setupUi(this);
    m_ui->reasonLabel->hide();
    m_ui->statusLabel->hide();

    const bool fromEnvironment = Credentials::environmentOverrides();
    m_checkButton = m_ui->buttonBox->addButton(
        fromEnvironment ? tr("Check and Use") : tr("Check and Save"), QDialogButtonBox::AcceptRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setDefault(true);
    m_checkButton->setEnabled(false);
    m_useOnce = m_ui->buttonBox->addButton(tr("Use Without Saving"), QDialogButtonBox::ActionRole);
    m_useOnce->setObjectName(QStringLiteral("useOnceButton"));
    m_useOnce->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    if (fromEnvironment) {
        m_ui->environmentNote->setText(
            tr("The key in use comes from the %1 environment variable, which wins over the keychain: a key "
               "entered here is used for this run only and is not stored. Change or unset the variable to "
               "change the key for good.")
                .arg(QLatin1String(Credentials::environmentVariable)));
        m_ui->introLabel->setText(tr("Paste an AGI API key to use for this run. It is checked with the server."));
    } else {
        m_ui->environmentNote->hide();
    }

    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_checkButton->setEnabled(!m_busy && !text.trimmed().isEmpty());
        m_useOnce->hide();
        m_checkedKey.clear();
    });
    connect(m_ui->showKeyCheck, &QCheckBox::toggled, this,
        [this](bool show) { m_ui->keyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_checkButton, &QPushButton::clicked, this, &ApiKeyDialog::check);
    connect(m_useOnce, &QPushButton::clicked, this, [this] {
        disconnectStore(); // a save still under way may finish; this run does not wait for it
        acceptKey(false);
    });
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] { done(DemoRequested); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keyCheck, &ApiKeyCheck::finished, this, [this](bool accepted, const QString &text) {
        if (accepted) {
            onChecked(m_candidate);
            return;
        }
        setBusy(false);
        setStatus(text, true);
    });
}

ApiKeyDialog::~ApiKeyDialog() = default;

void ApiKeyDialog::setReason(const QString &reason)
{
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
    QFont bold = m_ui->reasonLabel->font();
    bold.setBold(true);
    m_ui->reasonLabel->setFont(bold);
}

void ApiKeyDialog::setDemoOffered(bool offered)
{
    m_ui->demoButton->setVisible(offered);
}

void ApiKeyDialog::setStatus(const QString &text, bool error)
{
    QPalette palette = m_ui->statusLabel->palette();
    palette.setColor(QPalette::WindowText,
        error ? tones::negativeText(this->palette()) : this->palette().color(QPalette::WindowText));
    m_ui->statusLabel->setPalette(palette);
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void ApiKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->keyEdit->setReadOnly(busy);
    m_checkButton->setEnabled(!busy && !m_ui->keyEdit->text().trimmed().isEmpty());
}

void ApiKeyDialog::check()
{
    const QByteArray key = m_ui->keyEdit->text().trimmed().toUtf8();
    if (m_busy || key.isEmpty())
        return;
    m_candidate = key;
    setBusy(true);
    setStatus(tr("Checking the key with %1...").arg(m_keyCheck->serverHost()), false);
    m_keyCheck->start(key);
}

void ApiKeyDialog::onChecked(const QByteArray &key)
{
    m_checkedKey = key;
    if (!m_credentials || Credentials::environmentOverrides()) {
        acceptKey(false);
        return;
    }
    setStatus(tr("The key works. Saving it in the keychain..."), false);
    // A keychain may be slow to answer (or prompt somewhere unseen): the key can be used at once.
    m_useOnce->show();
    m_useOnce->setEnabled(true);
    Credentials *credentials = m_credentials;
    disconnectStore();
    m_storeConnections[0] = connect(credentials, &Credentials::stored, this, [this] {
        disconnectStore();
        acceptKey(true);
    });
    m_storeConnections[1] = connect(credentials, &Credentials::failed, this, [this](const QString &reason) {
        disconnectStore();
        setBusy(false);
        setStatus(tr("The key works, but it could not be saved. %1").arg(reason), true);
        m_useOnce->show();
    });
    credentials->store(key);
}

void ApiKeyDialog::disconnectStore()
{
    for (QMetaObject::Connection &connection : m_storeConnections)
        disconnect(connection);
}

void ApiKeyDialog::acceptKey(bool stored)
{
    if (m_checkedKey.isEmpty())
        return;
    m_stored = stored;
    setBusy(false);
    Q_EMIT keyAccepted(m_checkedKey);
    accept();
}

} // namespace agi
