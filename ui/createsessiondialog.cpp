#include "createsessiondialog.h"
#include "ui_createsessiondialog.h"

#include "api/apiclient.h"
#include "api/createsessionjob.h"
#include "api/listmodelsjob.h"
#include "api/sendmessagejob.h"
#include "dialogseam.h"
#include "model/snapshotlibrary.h"
#include "settings/settings.h"
#include "tones.h"

#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QUrl>

#include <algorithm>

namespace agi {

namespace {

const QStringList &fallbackModels()
{
    static const QStringList models {QStringLiteral("agi-0"), QStringLiteral("agi-0-fast")};
    return models;
}

constexpr int thumbnailWidth = 96;
constexpr int thumbnailHeight = 60;

} // namespace

CreateSessionDialog::CreateSessionDialog(
    ApiClient *client, Settings *settings, SnapshotLibrary *library, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateSessionDialog>())
    , m_client(client)
    , m_settings(settings)
    , m_library(library)
{
    m_ui->setupUi(this);
    okButton()->setText(tr("&Create Session"));
    m_ui->modelCombo->addItems(fallbackModels());
    m_ui->modelsNote->hide();
    m_ui->snapshotList->setIconSize(QSize(thumbnailWidth, thumbnailHeight));
    m_ui->snapshotList->header()->setStretchLastSection(false);
    m_ui->snapshotList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->snapshotList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->snapshotList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (QLabel *error : {m_ui->taskError, m_ui->startUrlError, m_ui->webhookError, m_ui->snapshotIdError}) {
        tones::setNegativeText(error);
        error->hide();
    }

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
    }

    fillSnapshots();
    updateRestoreState();
    loadModels();
}

CreateSessionDialog::~CreateSessionDialog()
{
    if (m_job)
        m_job->abort();
}

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

void CreateSessionDialog::loadModels()
{
    auto *job = new ListModelsJob(m_client, {}, this);
    connect(job, &ApiJob::succeeded, this, [this, job] {
        const QStringList models = job->models();
        if (models.isEmpty())
            return;
        const QString current = m_ui->modelCombo->currentText();
        m_ui->modelCombo->clear();
        m_ui->modelCombo->addItems(models);
        const int index = m_ui->modelCombo->findText(current);
        m_ui->modelCombo->setCurrentIndex(index >= 0 ? index : 0);
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) {
        m_ui->modelsNote->setText(
            tr("Could not load the list of models (%1) Showing the documented ones.").arg(error.userMessage()));
        m_ui->modelsNote->show();
    });
    job->start();
}

void CreateSessionDialog::fillSnapshots()
{
    const QString selected = m_ui->snapshotIdEdit->text().trimmed();
    QTreeWidget *list = m_ui->snapshotList;
    list->clear();
    if (!m_library)
        return;
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
        const QString url = entry.lastUrl.toDisplayString();
        item->setText(1, entry.lastTitle.isEmpty() ? url : entry.lastTitle + QLatin1Char('\n') + url);
        QString mode = snapshotModeDisplayText(entry.mode);
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

void CreateSessionDialog::setFieldError(QWidget *field, QLabel *label, const QString &problem)
{
    const bool wasVisible = label->isVisibleTo(this);
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    field->setToolTip(problem);
    // Read by tests and by style sheets that want to mark the field.
    field->setProperty("invalid", !problem.isEmpty());
    if (!wasVisible && label->isVisibleTo(this))
        growToFit();
}

void CreateSessionDialog::growToFit()
{
    // The error lines wrap, and a wrapped label's height is left out of the dialog's minimum size:
    // without this the fields below a new error line would be drawn over one another.
    layout()->activate();
    const int needed
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : minimumSizeHint().height();
    if (needed > height())
        resize(width(), screen() ? std::min(needed, screen()->availableGeometry().height()) : needed);
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
    setFieldError(m_ui->taskEdit, m_ui->taskError, taskProblem);

    const QString startProblem = startUrl.isEmpty() ? QString() : urlProblem(startUrl);
    setFieldError(m_ui->startUrlEdit, m_ui->startUrlError, startProblem);
    const QString webhookProblem = webhook.isEmpty() ? QString() : urlProblem(webhook);
    setFieldError(m_ui->webhookUrlEdit, m_ui->webhookError, webhookProblem);

    QString snapshotProblem;
    if (m_ui->restoreSnapshotRadio->isChecked()) {
        const QString id = m_ui->snapshotIdEdit->text().trimmed();
        if (id.isEmpty())
            snapshotProblem = tr("Pick a saved session or paste the id of a session saved with a snapshot.");
        else if (id.contains(QLatin1Char(' ')) || id.contains(QLatin1Char('/')))
            snapshotProblem = tr("Not a session id.");
    }
    setFieldError(m_ui->snapshotIdEdit, m_ui->snapshotIdError, snapshotProblem);

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

    auto *job = new CreateSessionJob(m_client, request, this);
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this, job] { sendFirstTask(job->session()); });
    connect(job, &ApiJob::failed, this, &CreateSessionDialog::failWith);
    setBusy(true, tr("Creating the session..."));
    job->start();
}

void CreateSessionDialog::sendFirstTask(const Session &session)
{
    const QString task = m_ui->taskEdit->toPlainText().trimmed();
    if (task.isEmpty()) {
        finishCreated(session, {});
        return;
    }
    const QString startUrl = m_ui->startUrlEdit->text().trimmed();
    auto *job = new SendMessageJob(m_client, session.id, task, startUrl.isEmpty() ? QUrl() : QUrl(startUrl), this);
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this, session] { finishCreated(session, {}); });
    connect(job, &ApiJob::failed, this,
        [this, session](const ApiError &error) { finishCreated(session, error.userMessage()); });
    setBusy(true, tr("Session created; sending the first task..."));
    job->start();
}

void CreateSessionDialog::finishCreated(const Session &session, const QString &taskProblem)
{
    m_done = true;
    setBusy(false);
    Q_EMIT created(session);
    accept();
    if (!taskProblem.isEmpty()) {
        // The session exists, so the dialog cannot stay open to retry: say what happened instead.
        DialogSeam::warning(parentWidget(), tr("First task not sent"),
            tr("The session was created, but its first task could not be sent: %1\n\nYou can send it again from "
               "the session's message box.")
                .arg(taskProblem));
    }
}

void CreateSessionDialog::failWith(const ApiError &error)
{
    if (error.effect == ApiError::Effect::MaybeCreated) {
        // userMessage() already says the session may exist; the window refreshes its list on the signal.
        setBusy(false, error.userMessage() + QLatin1Char(' ') + tr("The session list is being refreshed."));
        Q_EMIT mayHaveBeenCreated();
        return;
    }
    QString reason = error.userMessage();
    if (error.kind == ApiError::Kind::NotFound && !m_ui->restoreNoneRadio->isChecked()) {
        reason = m_ui->restoreDefaultRadio->isChecked()
            ? tr("No default environment is saved for user id %1.").arg(m_settings ? m_settings->userId() : QString())
            : tr("No snapshot is saved for that session.");
        if (!error.serverMessage.isEmpty())
            reason += QStringLiteral(" (%1)").arg(error.serverMessage);
    }
    setBusy(false, tr("The session was not created: %1").arg(reason));
}

} // namespace agi
