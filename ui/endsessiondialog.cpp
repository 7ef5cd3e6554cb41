#include "endsessiondialog.h"

#include "dialogseam.h"
#include "oneshotbuttons.h"
#include "ui_endsessiondialog.h"

#include "model/displaytext.h"
#include "model/snapshotlibrary.h"
#include "monitor/endsessionoperation.h"
#include "monitor/sessionmonitor.h"
#include "tones.h"

#include <QButtonGroup>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

namespace agi {

namespace {

constexpr int elideWidth = 340;
constexpr auto libraryLinkScheme = "agi-snapshot";

} // namespace

EndSessionDialog::EndSessionDialog(SessionMonitor *monitor, const Session &session, const Frame &frame, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EndSessionDialog>())
    , m_operation(monitor->newEndSession(session, frame, this))
    , m_monitor(monitor)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("End Session %1").arg(session.id.left(8)));

    m_ui->sessionIdLabel->setText(session.id.left(8));
    m_ui->sessionIdLabel->setToolTip(session.id);
    m_ui->agentLabel->setText(session.agentName);
    const QString title = frame.title.isEmpty() ? tr("(unknown)") : DisplayText::oneLine(frame.title);
    const QString url = frame.url.isEmpty() ? tr("(unknown)") : DisplayText::url(frame.url);
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

    if (const std::optional<SnapshotEntry> current = monitor->library()->defaultEntry()) {
        // Saving as default would replace one the user keeps: that is never the preselected choice
        // (Delete then Enter must not overwrite it), and the dialog says which one it would replace.
        m_ui->saveSnapshotRadio->setChecked(true);
        m_ui->saveDefaultRadio->setText(tr("End and save as my &default environment, replacing the current one"));
        const QString page
            = current->lastTitle.isEmpty() ? tr("an unknown page") : DisplayText::oneLine(current->lastTitle);
        const QString saved = current->savedAt.isValid()
            ? QLocale().toString(current->savedAt.toLocalTime(), QLocale::ShortFormat)
            : tr("at an unknown time");
        m_ui->saveDefaultHint->setText(tr("Replaces your default environment: session %1 on \"%2\", saved %3.")
                                           .arg(current->sessionId.left(8), page, saved));
        m_ui->saveDefaultHint->setObjectName(QStringLiteral("saveDefaultHint"));
    } else {
        // No default yet: the recommended choice overwrites nothing, and stands out (bold, on a
        // tinted panel that follows the palette, light or dark).
        QFont bold = m_ui->saveDefaultRadio->font();
        bold.setBold(true);
        m_ui->saveDefaultRadio->setFont(bold);
        QPalette tinted = m_ui->saveDefaultFrame->palette();
        tinted.setColor(QPalette::Window,
            tones::mix(palette().color(QPalette::Window), palette().color(QPalette::Highlight), 0.15));
        m_ui->saveDefaultFrame->setPalette(tinted);
    }

    m_ui->snapshotModeCombo->addItem(tr("Filesystem (most reliable, keeps logins)"), QStringLiteral("filesystem"));
    m_ui->snapshotModeCombo->addItem(tr("Memory (fastest restore)"), QStringLiteral("memory"));
    m_ui->outcomeLabel->hide();
    m_ui->libraryLinkLabel->hide();
    connect(m_ui->libraryLinkLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl target(link);
        if (target.scheme() == QLatin1String(libraryLinkScheme))
            Q_EMIT libraryEntryRequested(target.path());
    });

    m_buttons = std::make_unique<OneShotButtons>(this, m_ui->buttonBox, QString());
    m_confirm = m_buttons->confirm();
    m_confirm->setDefault(true);

    connect(m_confirm, &QPushButton::clicked, this, &EndSessionDialog::confirm);
    connect(m_operation, &EndSessionOperation::progress, this, [this](const QString &text) {
        m_ui->outcomeLabel->setText(text);
        m_ui->outcomeLabel->show();
    });
    connect(m_operation, &EndSessionOperation::finished, this, &EndSessionDialog::onFinished);
    // The default's choice sits on a panel of its own: one group keeps the three exclusive.
    auto *choices = new QButtonGroup(this);
    for (QRadioButton *radio : {m_ui->saveDefaultRadio, m_ui->saveSnapshotRadio, m_ui->endOnlyRadio}) {
        choices->addButton(radio);
        connect(radio, &QRadioButton::toggled, this, &EndSessionDialog::updateConfirmText);
    }
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

QString EndSessionDialog::libraryLinkText() const
{
    return m_ui->libraryLinkLabel->isHidden() ? QString() : m_ui->libraryLinkLabel->text();
}

bool EndSessionDialog::confirmReplacingDefault()
{
    const std::optional<SnapshotEntry> current = m_monitor->library()->defaultEntry();
    if (!current || current->sessionId == m_operation->session().id)
        return true;
    const QString page = current->lastUrl.isEmpty() ? tr("an unknown page") : DisplayText::url(current->lastUrl);
    const QString saved = current->savedAt.isValid()
        ? QLocale().toString(current->savedAt.toLocalTime(), QLocale::ShortFormat)
        : tr("at an unknown time");
    return DialogSeam::confirm(this, tr("Replace Your Default Environment?"),
        tr("Your default environment is \"%1\" (session %2, on %3), saved %4.\n\nSaving this session as the "
           "default replaces it: new sessions that restore the default will start from this one instead. The "
           "earlier one stays in your snapshot library.")
            .arg(current->displayName(), current->sessionId.left(8), page, saved),
        tr("Replace Default"));
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
    SnapshotMode mode = SnapshotMode::None;
    bool asDefault = false;
    switch (choice()) {
    case Choice::SaveAsDefault:
        if (!confirmReplacingDefault())
            return;
        mode = SnapshotMode::Filesystem;
        asDefault = true;
        break;
    case Choice::SaveSnapshot:
        mode = snapshotModeFromName(m_ui->snapshotModeCombo->currentData().toString())
                   .value_or(SnapshotMode::Filesystem);
        break;
    case Choice::EndWithoutSaving:
        break;
    }
    // The operation refuses a second request while one runs; the button is disabled meanwhile too.
    if (!m_operation->start(mode, asDefault))
        return;
    m_confirm->setEnabled(false);
    m_ui->choicePanel->setEnabled(false);
}

void EndSessionDialog::onFinished(const EndSessionOperation::Outcome &outcome)
{
    showOutcome(outcome.text, outcome.ended);
    const QString id = m_operation->session().id;
    if (outcome.ended)
        Q_EMIT ended(id);
    if (outcome.saved)
        Q_EMIT snapshotSaved(id, outcome.madeDefault);
    if (outcome.saved && m_monitor->library()->entry(id)) {
        QUrl link;
        link.setScheme(QLatin1String(libraryLinkScheme));
        link.setPath(id);
        m_ui->libraryLinkLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                            .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                tr("Show it in the snapshot library").toHtmlEscaped()));
        m_ui->libraryLinkLabel->show();
    }
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

} // namespace agi
