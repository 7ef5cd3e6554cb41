#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "api/serveraddress.h"
#include "apikeydialog.h"
#include "dialogseam.h"
#include "fieldmessage.h"
#include "monitor/sessionmonitor.h"
#include "notificationsettingsbox.h"
#include "settings/credentials.h"
#include "settings/settings.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace agi {

namespace {
constexpr qint64 megabyte = qint64 {1024} * 1024;
} // namespace

SettingsDialog::SettingsDialog(SessionMonitor *monitor, Credentials *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(monitor->settings())
    , m_monitor(monitor)
    , m_credentials(credentials)
{
    m_ui->setupUi(this);
    fieldmessage::reserve(m_ui->baseUrlError);
    m_ui->frameIntervalSpin->setMinimum(Settings::minimumFrameIntervalMs / 1000.0);

    m_ui->baseUrlEdit->setText(m_settings->baseUrl().toString());
    m_ui->userIdEdit->setText(m_settings->savedUserId());
    m_ui->listRefreshSpin->setValue(m_settings->listRefreshMs() / 1000);
    m_ui->frameIntervalSpin->setValue(m_settings->frameIntervalMs() / 1000.0);
    m_ui->wallIntervalSpin->setValue(m_settings->wallIntervalMs() / 1000.0);

    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->productionButton, &QPushButton::clicked, this,
        [this] { m_ui->baseUrlEdit->setText(Settings::productionBaseUrl().toString()); });
    connect(m_ui->changeKeyButton, &QPushButton::clicked, this, &SettingsDialog::changeKey);
    connect(m_ui->removeKeyButton, &QPushButton::clicked, this, &SettingsDialog::removeKey);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_credentials) {
        connect(m_credentials, &Credentials::erased, this, [this] {
            updateKeyStatus();
            Q_EMIT keyRemoved();
        });
    }
    m_endpointNote = new QLabel(m_ui->connectionGroup);
    m_endpointNote->setObjectName(QStringLiteral("endpointNote"));
    m_endpointNote->setTextFormat(Qt::PlainText);
    m_endpointNote->setWordWrap(true);
    m_endpointNote->setForegroundRole(QPalette::PlaceholderText);
    m_endpointNote->hide();
    // Under the server and its error line: what this run talks to, when it is not the form's server.
    m_ui->connectionForm->insertRow(2, static_cast<QWidget *>(nullptr), m_endpointNote);
    // Notifications: before the buttons.
    m_notifications = new NotificationSettingsBox(m_settings, this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->buttonBox), m_notifications);
    // Frame history: how much of each session's past frames stays on disk.
    auto *historyGroup = new QGroupBox(tr("History"), this);
    historyGroup->setObjectName(QStringLiteral("historyGroup"));
    auto *historyForm = new QFormLayout(historyGroup);
    m_historyFrames = new QSpinBox(historyGroup);
    m_historyFrames->setObjectName(QStringLiteral("historyFramesSpin"));
    m_historyFrames->setRange(1, 100000);
    m_historyFrames->setSuffix(tr(" frames"));
    m_historyFrames->setValue(m_settings->historyMaxFrames());
    historyForm->addRow(tr("Frames kept per session:"), m_historyFrames);
    m_historyMegabytes = new QSpinBox(historyGroup);
    m_historyMegabytes->setObjectName(QStringLiteral("historyMegabytesSpin"));
    m_historyMegabytes->setRange(1, 1024 * 1024); // up to a terabyte
    m_historyMegabytes->setSuffix(tr(" MB"));
    m_historyMegabytes->setValue(int(m_settings->historyMaxBytes() / megabyte));
    historyForm->addRow(tr("Disk space for all sessions:"), m_historyMegabytes);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->buttonBox), historyGroup);
    putGroupsInScrollArea();
    updateKeyStatus();
    validate();
}

void SettingsDialog::putGroupsInScrollArea()
{
    // Everything above the buttons scrolls where the screen is too small for it (a large font, a
    // small screen, a high scale factor); OK and Cancel stay in view.
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("settingsPage"));
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    QList<QLayoutItem *> items;
    while (m_ui->mainLayout->count() > 0)
        items.append(m_ui->mainLayout->takeAt(0));
    for (QLayoutItem *item : std::as_const(items)) {
        if (item->widget() == m_ui->buttonBox) {
            delete item;
            continue;
        }
        if (QWidget *widget = item->widget()) {
            pageLayout->addWidget(widget);
            delete item;
        } else {
            pageLayout->addItem(item);
        }
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    m_ui->mainLayout->addWidget(scroll, 1);
    m_ui->mainLayout->addWidget(m_ui->buttonBox);

    // As tall as the groups where the screen has room, else as tall as the screen allows.
    const QSize content = page->sizeHint();
    const QRect available = screen() ? screen()->availableGeometry() : QRect(QPoint(), content * 2);
    const int buttons = m_ui->buttonBox->sizeHint().height() + m_ui->mainLayout->spacing()
        + m_ui->mainLayout->contentsMargins().top() + m_ui->mainLayout->contentsMargins().bottom();
    const int frame = 48; // the window's title bar and border, which the dialog's size leaves out
    scroll->setMinimumWidth(content.width() + scroll->verticalScrollBar()->sizeHint().width());
    scroll->setMinimumHeight(std::max(0, std::min(content.height(), available.height() - buttons - frame)));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setEndpointInUse(const QUrl &baseUrl, bool demo)
{
    const QString where = baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    if (demo) {
        m_endpointNote->setText(tr("This run is the demo: it talks to the built-in emulator at %1. The server "
                                   "above is used when the monitor starts without --demo.")
                                    .arg(where));
    } else if (baseUrl != m_settings->baseUrl()) {
        m_endpointNote->setText(tr("This run talks to %1 (from --base-url). Changing the server above switches "
                                   "to it at once.")
                                    .arg(where));
    } else {
        m_endpointNote->clear();
    }
    m_endpointNote->setVisible(!m_endpointNote->text().isEmpty());
    // Room for the wrapped note, at the width the dialog already has.
    layout()->activate();
    resize(width(), std::max(height(), layout()->totalHeightForWidth(width())));
}

QString SettingsDialog::baseUrlProblem(const QString &text)
{
    switch (ServerAddress::check(QUrl(text.trimmed(), QUrl::StrictMode))) {
    case ServerAddress::Verdict::Allowed:
        return {};
    case ServerAddress::Verdict::Invalid:
        break;
    case ServerAddress::Verdict::PlainHttpElsewhere:
        return tr("Plain http is allowed for this computer only (localhost, 127.0.0.1): use https.");
    case ServerAddress::Verdict::UnsupportedScheme:
        return tr("Must start with https:// (or http:// for this computer).");
    }
    return tr("Enter the server's address, e.g. https://api.agi.tech.");
}

void SettingsDialog::validate()
{
    const QString problem = baseUrlProblem(m_ui->baseUrlEdit->text());
    fieldmessage::show(m_ui->baseUrlError, m_ui->baseUrlEdit, problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SettingsDialog::apply()
{
    if (!baseUrlProblem(m_ui->baseUrlEdit->text()).isEmpty())
        return;
    // Each setter emits changed(); listeners read the whole state, so the order does not matter.
    m_settings->setBaseUrl(QUrl(m_ui->baseUrlEdit->text().trimmed()));
    m_settings->setUserId(m_ui->userIdEdit->text().trimmed());
    m_settings->setListRefreshMs(m_ui->listRefreshSpin->value() * 1000);
    m_settings->setFrameIntervalMs(int(std::lround(m_ui->frameIntervalSpin->value() * 1000)));
    m_settings->setWallIntervalMs(int(std::lround(m_ui->wallIntervalSpin->value() * 1000)));
    m_notifications->apply();
    m_settings->setHistoryMaxFrames(m_historyFrames->value());
    m_settings->setHistoryMaxBytes(m_historyMegabytes->value() * megabyte);
}

void SettingsDialog::updateKeyStatus(const QString &problem)
{
    QString text;
    bool removable = false;
    if (Credentials::environmentOverrides()) {
        text = tr("From the %1 environment variable").arg(QLatin1String(Credentials::environmentVariable));
    } else if (m_credentials && m_credentials->source() == Credentials::Source::Keychain) {
        text = tr("Stored in the system keychain");
        removable = true;
    } else if (m_monitor->hasApiKey()) {
        text = tr("Set for this run (not stored)");
    } else {
        text = tr("Not set");
    }
    if (!problem.isEmpty())
        text += QLatin1Char('\n') + problem;
    m_ui->apiKeyStatusLabel->setText(text);
    m_ui->removeKeyButton->setEnabled(removable);
}

void SettingsDialog::changeKey()
{
    auto *dialog = new ApiKeyDialog(m_monitor, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDemoOffered(false);
    connect(dialog, &ApiKeyDialog::keyAccepted, this, [this](const QByteArray &key) {
        updateKeyStatus();
        Q_EMIT keyChanged(key);
    });
    dialog->open();
}

void SettingsDialog::removeKey()
{
    if (!m_credentials)
        return;
    if (!DialogSeam::confirm(this, tr("Remove API Key"),
            tr("Remove the API key from the system keychain? The app will ask for a key the next time it starts."),
            tr("Remove Key")))
        return;
    connect(
        m_credentials, &Credentials::failed, this, [this](const QString &reason) { updateKeyStatus(reason); },
        Qt::SingleShotConnection);
    m_credentials->erase();
}

} // namespace agi
