#include "createsessiondialog.h"
#include "ui_createsessiondialog.h"

#include "dialogseam.h"
#include "fieldmessage.h"
#include "model/displaytext.h"
#include "model/snapshotlibrary.h"
#include "monitor/createsessionoperation.h"
#include "monitor/modelcatalog.h"
#include "monitor/sessionmonitor.h"
#include "settings/settings.h"

#include <QKeySequence>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QUrl>

#include <algorithm>

namespace agi {

namespace {

constexpr int thumbnailWidth = 96;
constexpr int thumbnailHeight = 60;

} // namespace

CreateSessionDialog::CreateSessionDialog(SessionMonitor *monitor, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateSessionDialog>())
    , m_settings(monitor->settings())
    , m_library(monitor->library())
    , m_models(monitor->models())
    , m_operation(monitor->newCreateSession(this))
{
    m_ui->setupUi(this);
    okButton()->setText(tr("&Create Session"));
    okButton()->setToolTip(tr("Create the session (Ctrl+Enter)"));
    // Ctrl+Enter creates from anywhere in the dialog, the task box included (Enter there starts a line).
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (okButton()->isEnabled())
                okButton()->click();
        });
    }
    m_ui->modelsNote->hide();
    m_ui->snapshotList->setIconSize(QSize(thumbnailWidth, thumbnailHeight));
    m_ui->snapshotList->header()->setStretchLastSection(false);
    m_ui->snapshotList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->snapshotList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->snapshotList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (QLabel *error : {m_ui->taskError, m_ui->startUrlError, m_ui->webhookError, m_ui->snapshotIdError})
        fieldmessage::reserve(error);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateSessionDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_ui->startUrlEdit, m_ui->webhookUrlEdit, m_ui->snapshotIdEdit})
        connect(edit, &QLineEdit::textChanged, this, &CreateSessionDialog::validate);
    connect(m_ui->taskEdit, &QPlainTextEdit::textChanged, this, &CreateSessionDialog::validate);
    for (QRadioButton *radio : {m_ui->restoreNoneRadio, m_ui->restoreSnapshotRadio, m_ui->restoreDefaultRadio})
        connect(radio, &QRadioButton::toggled, this, &CreateSessionDialog::updateRestoreState);
    connect(m_ui->snapshotList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_ui->snapshotIdEdit->setText(item->data(0, Qt::UserRole).toString());
    });
    connect(m_ui->openSettingsButton, &QPushButton::clicked, this, &CreateSessionDialog::settingsRequested);
    if (m_settings)
        connect(m_settings, &Settings::changed, this, &CreateSessionDialog::updateRestoreState);
    if (m_library) {
        connect(m_library, &QAbstractItemModel::rowsInserted, this, &CreateSessionDialog::fillSnapshots);
        connect(m_library, &QAbstractItemModel::rowsRemoved, this, &CreateSessionDialog::fillSnapshots);
        connect(m_library, &QAbstractItemModel::modelReset, this, &CreateSessionDialog::fillSnapshots);
        connect(m_library, &SnapshotLibrary::accountChanged, this, &CreateSessionDialog::fillSnapshots);
    }

    connect(m_models, &ModelCatalog::changed, this, &CreateSessionDialog::showModels);
    connect(m_operation, &CreateSessionOperation::progress, this, [this](const QString &text) { setBusy(true, text); });
    connect(m_operation, &CreateSessionOperation::finished, this, &CreateSessionDialog::onFinished);

    showModels();
    fillSnapshots();
    updateRestoreState();
    m_models->refresh();
}

CreateSessionDialog::~CreateSessionDialog() = default;

QString CreateSessionDialog::urlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > maxUrlLength)
        return tr("Too long: %1 characters, at most %2 are allowed.").arg(trimmed.size()).arg(maxUrlLength);
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("Must start with http:// or https://.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("Not a valid URL.");
    return {};
}

void CreateSessionDialog::setRestoreSessionId(const QString &sessionId)
{
    m_ui->restoreSnapshotRadio->setChecked(true);
    m_ui->snapshotIdEdit->setText(sessionId);
}

QAbstractButton *CreateSessionDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

void CreateSessionDialog::showModels()
{
    const QStringList models = m_models->models();
    QComboBox *combo = m_ui->modelCombo;
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown.append(combo->itemText(i));
    if (shown != models) {
        const QString current = combo->currentText();
        combo->clear();
        combo->addItems(models);
        const int index = combo->findText(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    const QString problem = m_models->problem();
    m_ui->modelsNote->setText(tr("Could not load the list of models (%1) Showing the documented ones.").arg(problem));
    m_ui->modelsNote->setVisible(!problem.isEmpty() && !m_models->isFromServer());
    validate();
}

void CreateSessionDialog::fillSnapshots()
{
    const QString selected = m_ui->snapshotIdEdit->text().trimmed();
    QTreeWidget *list = m_ui->snapshotList;
    list->clear();
    m_ui->snapshotAccountLabel->setVisible(m_library != nullptr);
    if (!m_library)
        return;
    // The library holds the snapshots of one account: say whose.
    const SnapshotAccount account = m_library->account();
    m_ui->snapshotAccountLabel->setText(account.isNull() ? tr("Snapshots saved from this app:")
                                                         : tr("Snapshots saved for %1:").arg(account.displayText()));
    const QLocale locale;
    const auto current = m_library->defaultEntry();
    const QString currentDefault = current ? current->sessionId : QString();
    for (const SnapshotEntry &entry : m_library->entries()) {
        auto *item = new QTreeWidgetItem(list);
        item->setData(0, Qt::UserRole, entry.sessionId);
        item->setText(0, locale.toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
        QImage thumbnail;
        if (!entry.thumbnailJpeg.isEmpty() && thumbnail.loadFromData(entry.thumbnailJpeg, "JPEG"))
            item->setIcon(0,
                QPixmap::fromImage(thumbnail.scaled(
                    QSize(thumbnailWidth, thumbnailHeight), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        const QString url = DisplayText::url(entry.lastUrl);
        item->setText(
            1, entry.lastTitle.isEmpty() ? url : DisplayText::oneLine(entry.lastTitle) + QLatin1Char('\n') + url);
        QString mode = entry.modeText();
        if (entry.sessionId == currentDefault)
            mode += QLatin1Char('\n') + tr("Your default");
        item->setText(2, mode);
        item->setToolTip(0, tr("Session %1").arg(entry.sessionId));
        item->setToolTip(1, url);
        if (entry.sessionId == selected)
            list->setCurrentItem(item);
    }
}

void CreateSessionDialog::updateRestoreState()
{
    const bool hasUserId = m_settings && !m_settings->userId().trimmed().isEmpty();
    m_ui->restoreDefaultRadio->setEnabled(hasUserId && !m_busy);
    if (!hasUserId && m_ui->restoreDefaultRadio->isChecked())
        m_ui->restoreNoneRadio->setChecked(true);
    m_ui->defaultEnvNote->setText(hasUserId
            ? tr("Starts from the browser you last saved as your default (user id %1).").arg(m_settings->userId())
            : tr("Needs your user id, which you enter once in the settings."));
    m_ui->openSettingsButton->setVisible(!hasUserId);
    m_ui->snapshotPanel->setEnabled(m_ui->restoreSnapshotRadio->isChecked());
    m_ui->memorySnapshotCheck->setEnabled(!m_ui->restoreNoneRadio->isChecked());
    validate();
}

bool CreateSessionDialog::validate()
{
    const QString task = m_ui->taskEdit->toPlainText();
    const QString startUrl = m_ui->startUrlEdit->text().trimmed();
    const QString webhook = m_ui->webhookUrlEdit->text().trimmed();

    QString taskProblem;
    if (task.size() > maxMessageLength)
        taskProblem = tr("Too long: %1 characters, at most %2 are allowed.").arg(task.size()).arg(maxMessageLength);
    else if (!startUrl.isEmpty() && task.trimmed().isEmpty())
        taskProblem = tr("A start URL is sent with the first task: describe the task too.");
    fieldmessage::show(m_ui->taskError, m_ui->taskEdit, taskProblem);

    const QString startProblem = startUrl.isEmpty() ? QString() : urlProblem(startUrl);
    fieldmessage::show(m_ui->startUrlError, m_ui->startUrlEdit, startProblem);
    const QString webhookProblem = webhook.isEmpty() ? QString() : urlProblem(webhook);
    fieldmessage::show(m_ui->webhookError, m_ui->webhookUrlEdit, webhookProblem);

    QString snapshotProblem;
    if (m_ui->restoreSnapshotRadio->isChecked()) {
        const QString id = m_ui->snapshotIdEdit->text().trimmed();
        if (id.isEmpty())
            snapshotProblem = tr("Pick a saved session or paste the id of a session saved with a snapshot.");
        else if (id.contains(QLatin1Char(' ')) || id.contains(QLatin1Char('/')))
            snapshotProblem = tr("Not a session id.");
    }
    fieldmessage::show(m_ui->snapshotIdError, m_ui->snapshotIdEdit, snapshotProblem);

    const bool ok = taskProblem.isEmpty() && startProblem.isEmpty() && webhookProblem.isEmpty()
        && snapshotProblem.isEmpty() && m_ui->modelCombo->count() > 0;
    okButton()->setEnabled(ok && !m_busy && !m_done);
    return ok;
}

void CreateSessionDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_ui->statusLabel->setText(status);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->modelCombo), static_cast<QWidget *>(m_ui->taskEdit),
             static_cast<QWidget *>(m_ui->startUrlEdit), static_cast<QWidget *>(m_ui->webhookUrlEdit),
             static_cast<QWidget *>(m_ui->restoreGroup)})
        widget->setEnabled(!busy);
    if (!busy)
        updateRestoreState();
    validate();
}

void CreateSessionDialog::submit()
{
    // A second click (or Enter) while a request runs must not create a second session.
    if (m_busy || m_done || !validate())
        return;

    CreateSessionRequest request;
    request.agentName = m_ui->modelCombo->currentText();
    const QString webhook = m_ui->webhookUrlEdit->text().trimmed();
    if (!webhook.isEmpty())
        request.webhookUrl = QUrl(webhook);
    if (m_ui->restoreSnapshotRadio->isChecked())
        request.restoreFromSessionId = m_ui->snapshotIdEdit->text().trimmed();
    else if (m_ui->restoreDefaultRadio->isChecked() && m_settings)
        request.restoreDefaultEnvironmentFromUserId = m_settings->userId().trimmed();
    if (!m_ui->restoreNoneRadio->isChecked())
        request.enableMemorySnapshot = m_ui->memorySnapshotCheck->isChecked();

    const QString startUrl = m_ui->startUrlEdit->text().trimmed();
    m_operation->start(request, m_ui->taskEdit->toPlainText(), startUrl.isEmpty() ? QUrl() : QUrl(startUrl));
}

void CreateSessionDialog::onFinished(const CreateSessionOperation::Outcome &outcome)
{
    if (!outcome.created) {
        // A session that may exist is looked for by the monitor, which refreshes the list.
        setBusy(false,
            outcome.mayExist ? outcome.text + QLatin1Char(' ') + tr("The session list is being refreshed.")
                             : outcome.text);
        return;
    }
    m_done = true;
    setBusy(false);
    Q_EMIT created(outcome.session);
    accept();
    if (!outcome.taskProblem.isEmpty()) {
        // The session exists, so the dialog cannot stay open to retry: say what happened instead.
        DialogSeam::warning(parentWidget(), tr("First task not sent"),
            outcome.text + QStringLiteral("\n\n") + tr("You can send it again from the session's message box."));
    }
}

} // namespace agi
