#include "endallsessionsdialog.h"

#include "oneshotbuttons.h"
#include "ui_endallsessionsdialog.h"

#include "api/deleteallsessionsjob.h"

#include <QPushButton>
#include <QStyle>

namespace agi {

EndAllSessionsDialog::EndAllSessionsDialog(ApiClient *client, int sessionCount, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EndAllSessionsDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    // Spelled out rather than tr("%n session(s)"): the untranslated source text must read well too.
    const QString what = sessionCount == 1 ? tr("the 1 session") : tr("all %1 sessions").arg(sessionCount);
    m_ui->messageLabel->setText(tr("End %1 of this API key? Their browsers close, running tasks are cancelled and "
                                   "nothing is saved. This cannot be undone.")
                                    .arg(what));
    m_ui->outcomeLabel->hide();

    m_buttons = std::make_unique<OneShotButtons>(
        this, m_ui->buttonBox, sessionCount == 1 ? tr("End 1 Session") : tr("End %1 Sessions").arg(sessionCount));
    m_confirm = m_buttons->confirm();
    // A destructive action: Enter must not confirm it.
    m_buttons->cancel()->setDefault(true);
    m_buttons->cancel()->setFocus();

    connect(m_confirm, &QPushButton::clicked, this, &EndAllSessionsDialog::confirm);
}

EndAllSessionsDialog::~EndAllSessionsDialog() = default;

QString EndAllSessionsDialog::outcomeText() const
{
    return m_ui->outcomeLabel->isHidden() ? QString() : m_ui->outcomeLabel->text();
}

void EndAllSessionsDialog::confirm()
{
    if (m_job)
        return;
    auto *job = new DeleteAllSessionsJob(m_client, this);
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this, job] {
        const DeleteOutcome outcome = job->outcome();
        if (outcome.deleted || outcome.probablyAlreadyEnded)
            showOutcome(tr("All sessions ended. Nothing was saved."), true);
        else
            showOutcome(outcome.message.isEmpty() ? tr("The server ended no session.") : outcome.message, true);
        Q_EMIT allEnded();
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) { showOutcome(error.userMessage(), false); });
    m_confirm->setEnabled(false);
    m_ui->outcomeLabel->setText(tr("Ending all sessions..."));
    m_ui->outcomeLabel->show();
    job->start();
}

void EndAllSessionsDialog::showOutcome(const QString &text, bool done)
{
    m_ui->outcomeLabel->setText(text);
    m_ui->outcomeLabel->show();
    if (done) {
        m_buttons->showDone();
    } else {
        m_confirm->setEnabled(true);
    }
}

} // namespace agi
