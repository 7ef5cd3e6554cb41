#include "endsessiondialog.h"

#include "oneshotbuttons.h"
#include "ui_endsessiondialog.h"

#include "api/deletesessionjob.h"
#include "model/snapshotentry.h"
#include "model/snapshotlibrary.h"
#include "tones.h"

#include <QDateTime>
#include <QPushButton>

namespace agi {

namespace {

constexpr int elideWidth = 340;

} // namespace

EndSessionDialog::EndSessionDialog(
    ApiClient *client, SnapshotLibrary *library, const Session &session, const Frame &frame, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EndSessionDialog>())
    , m_client(client)
    , m_library(library)
    , m_session(session)
    , m_frame(frame)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("End Session %1").arg(session.id.left(8)));

    m_ui->sessionIdLabel->setText(session.id.left(8));
    m_ui->sessionIdLabel->setToolTip(session.id);
    m_ui->agentLabel->setText(session.agentName);
    const QString title = frame.title.isEmpty() ? tr("(unknown)") : frame.title;
    const QString url = frame.url.isEmpty() ? tr("(unknown)") : frame.url.toDisplayString();
    m_ui->titleLabel->setText(m_ui->titleLabel->fontMetrics().elidedText(title, Qt::ElideRight, elideWidth));
    m_ui->titleLabel->setToolTip(title);
    m_ui->urlLabel->setText(m_ui->urlLabel->fontMetrics().elidedText(url, Qt::ElideMiddle, elideWidth));
    m_ui->urlLabel->setToolTip(url);
    if (frame.isNull()) {
        m_ui->frameLabel->setText(tr("No frame yet"));
    } else {
        const qreal ratio = devicePixelRatioF();
        QImage thumbnail = frame.image.scaled(
            m_ui->frameLabel->maximumSize() * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        thumbnail.setDevicePixelRatio(ratio);
        m_ui->frameLabel->setPixmap(QPixmap::fromImage(thumbnail));
    }

    // The recommended choice stands out: bold, on a tinted panel that follows the palette (light/dark).
    QFont bold = m_ui->saveDefaultRadio->font();
    bold.setBold(true);
    m_ui->saveDefaultRadio->setFont(bold);
    QPalette tinted = m_ui->saveDefaultFrame->palette();
    tinted.setColor(
        QPalette::Window, tones::mix(palette().color(QPalette::Window), palette().color(QPalette::Highlight), 0.15));
    m_ui->saveDefaultFrame->setPalette(tinted);

    m_ui->snapshotModeCombo->addItem(tr("Filesystem (most reliable, keeps logins)"), QStringLiteral("filesystem"));
    m_ui->snapshotModeCombo->addItem(tr("Memory (fastest restore)"), QStringLiteral("memory"));
    m_ui->outcomeLabel->hide();

    m_buttons = std::make_unique<OneShotButtons>(this, m_ui->buttonBox, QString());
    m_confirm = m_buttons->confirm();
    m_confirm->setDefault(true);

    connect(m_confirm, &QPushButton::clicked, this, &EndSessionDialog::confirm);
    for (QRadioButton *radio : {m_ui->saveDefaultRadio, m_ui->saveSnapshotRadio, m_ui->endOnlyRadio})
        connect(radio, &QRadioButton::toggled, this, &EndSessionDialog::updateConfirmText);
    updateConfirmText();
    m_confirm->setFocus();
}

EndSessionDialog::~EndSessionDialog() = default;

EndSessionDialog::Choice EndSessionDialog::choice() const
{
    if (m_ui->saveSnapshotRadio->isChecked())
        return Choice::SaveSnapshot;
    if (m_ui->endOnlyRadio->isChecked())
        return Choice::EndWithoutSaving;
    return Choice::SaveAsDefault;
}

void EndSessionDialog::setChoice(Choice choice)
{
    switch (choice) {
    case Choice::SaveAsDefault:
        m_ui->saveDefaultRadio->setChecked(true);
        break;
    case Choice::SaveSnapshot:
        m_ui->saveSnapshotRadio->setChecked(true);
        break;
    case Choice::EndWithoutSaving:
        m_ui->endOnlyRadio->setChecked(true);
        break;
    }
}

QString EndSessionDialog::outcomeText() const
{
    return m_ui->outcomeLabel->isHidden() ? QString() : m_ui->outcomeLabel->text();
}

void EndSessionDialog::updateConfirmText()
{
    switch (choice()) {
    case Choice::SaveAsDefault:
        m_confirm->setText(tr("End and save as default"));
        break;
    case Choice::SaveSnapshot:
        m_confirm->setText(tr("End and save snapshot"));
        break;
    case Choice::EndWithoutSaving:
        m_confirm->setText(tr("End without saving"));
        break;
    }
    m_ui->snapshotModeCombo->setEnabled(choice() == Choice::SaveSnapshot);
}

void EndSessionDialog::confirm()
{
    // The button is disabled while the request runs; this guard also covers a queued second click.
    if (m_job)
        return;
    auto mode = DeleteSessionJob::SnapshotMode::None;
    bool asDefault = false;
    switch (choice()) {
    case Choice::SaveAsDefault:
        mode = DeleteSessionJob::SnapshotMode::Filesystem;
        asDefault = true;
        break;
    case Choice::SaveSnapshot:
        mode = m_ui->snapshotModeCombo->currentData().toString() == QLatin1String("memory")
            ? DeleteSessionJob::SnapshotMode::Memory
            : DeleteSessionJob::SnapshotMode::Filesystem;
        break;
    case Choice::EndWithoutSaving:
        break;
    }
    const QString modeName = DeleteSessionJob::snapshotModeName(mode);

    auto *job = new DeleteSessionJob(m_client, m_session.id, mode, asDefault, this);
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this, job, modeName, asDefault] { onSucceeded(job, modeName, asDefault); });
    connect(job, &ApiJob::failed, this, &EndSessionDialog::onFailed);
    connect(job, &ApiJob::retryScheduled, this,
        [this] { m_ui->outcomeLabel->setText(tr("No answer yet; trying once more...")); });
    m_confirm->setEnabled(false);
    m_ui->choicePanel->setEnabled(false);
    m_ui->outcomeLabel->setText(tr("Ending the session..."));
    m_ui->outcomeLabel->show();
    job->start();
}

QString EndSessionDialog::describeOutcome(const DeleteOutcome &outcome, const QString &savedMode, bool madeDefault)
{
    if (outcome.probablyAlreadyEnded)
        return tr("The first attempt timed out; the server no longer knows the session: it was probably ended by "
                  "that attempt. Nothing was saved as far as we can tell.");
    if (!outcome.deleted)
        return tr("Session not found: it had already ended.");
    if (savedMode == QLatin1String("none") || savedMode.isEmpty())
        return tr("Session ended without saving.");
    if (madeDefault)
        return tr("Session ended. Snapshot saved (%1) and set as your default environment.").arg(savedMode);
    return tr("Session ended. Snapshot saved (%1).").arg(savedMode);
}

void EndSessionDialog::onSucceeded(DeleteSessionJob *job, const QString &mode, bool madeDefault)
{
    const DeleteOutcome &outcome = job->outcome();
    QString text = describeOutcome(outcome, mode, madeDefault);
    const bool saved = outcome.deleted && !outcome.probablyAlreadyEnded && mode != QLatin1String("none");
    if (saved) {
        const QString problem = recordInLibrary(mode, madeDefault);
        if (!problem.isEmpty())
            text += QLatin1Char('\n') + tr("It could not be recorded in the local snapshot library: %1").arg(problem);
    }
    showOutcome(text, true);
    Q_EMIT ended(m_session.id);
    if (saved)
        Q_EMIT snapshotSaved(m_session.id, madeDefault);
}

void EndSessionDialog::onFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::NotFound) {
        showOutcome(tr("Session not found: it had already ended."), true);
        Q_EMIT ended(m_session.id);
        return;
    }
    showOutcome(error.userMessage(), false);
}

void EndSessionDialog::showOutcome(const QString &text, bool done)
{
    m_ui->outcomeLabel->setText(text);
    m_ui->outcomeLabel->show();
    if (done) {
        m_buttons->showDone();
    } else {
        // Only a failure gives the choice back: the session still exists.
        m_ui->choicePanel->setEnabled(true);
        m_confirm->setEnabled(true);
    }
}

QString EndSessionDialog::recordInLibrary(const QString &mode, bool madeDefault)
{
    if (!m_library)
        return {};
    SnapshotEntry entry;
    entry.sessionId = m_session.id;
    entry.savedAt = QDateTime::currentDateTimeUtc();
    entry.mode = SnapshotEntry::modeFromString(mode).value_or(SnapshotEntry::Mode::Filesystem);
    entry.madeDefault = madeDefault;
    entry.environmentId = m_session.environmentId;
    entry.agentName = m_session.agentName;
    entry.lastUrl = m_frame.url;
    entry.lastTitle = m_frame.title;
    entry.thumbnailJpeg = SnapshotEntry::makeThumbnail(m_frame.image);
    if (m_library->add(entry))
        return {};
    return m_library->errorString();
}

} // namespace agi
