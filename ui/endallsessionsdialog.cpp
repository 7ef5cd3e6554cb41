#include "endallsessionsdialog.h"

#include "oneshotbuttons.h"
#include "ui_endallsessionsdialog.h"

#include "monitor/endallsessionsoperation.h"
#include "monitor/sessionmonitor.h"

#include <QPushButton>
#include <QStyle>

namespace agi {

EndAllSessionsDialog::EndAllSessionsDialog(SessionMonitor *monitor, int sessionCount, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EndAllSessionsDialog>())
    , m_operation(monitor->newEndAllSessions(this))
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
    connect(m_operation, &EndAllSessionsOperation::progress, this, [this](const QString &text) {
        m_ui->outcomeLabel->setText(text);
        m_ui->outcomeLabel->show();
    });
    connect(
        m_operation, &EndAllSessionsOperation::finished, this, [this](const EndAllSessionsOperation::Outcome &outcome) {
            showOutcome(outcome.text, outcome.ended);
            if (outcome.ended)
                Q_EMIT allEnded();
        });
}

EndAllSessionsDialog::~EndAllSessionsDialog() = default;

QString EndAllSessionsDialog::outcomeText() const
{
    return m_ui->outcomeLabel->isHidden() ? QString() : m_ui->outcomeLabel->text();
}

void EndAllSessionsDialog::confirm()
{
    if (m_operation->start())
        m_confirm->setEnabled(false);
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
