#include "mainwindow.h"

#include "agentpanel.h"
#include "apikeydialog.h"
#include "appactions.h"
#include "createsessiondialog.h"
#include "dialogseam.h"
#include "endallsessionsdialog.h"
#include "endsessiondialog.h"
#include "exportcontroller.h"
#include "live/livesessions.h"
#include "livepane.h"
#include "model/sessionfilterproxy.h"
#include "model/sessionlistmodel.h"
#include "model/sessionlistrefresher.h"
#include "model/sessiontaskfetcher.h"
#include "monitor/sessionmonitor.h"
#include "sessionlistpanel.h"
#include "sessionview.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "snapshotlibraryview.h"
#include "statusbanner.h"
#include "timelineview.h"
#include "walltile.h"
#include "wallview.h"
#include "windowattention.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace agi {

namespace {

constexpr int libraryDockHeight = 400;

} // namespace

MainWindow::MainWindow(SessionMonitor *monitor, Credentials *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_credentials(credentials)
    , m_model(monitor->sessions())
    , m_refresher(monitor->refresher())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AGI Session Monitor"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral(AGI_APP_ID), QIcon(QStringLiteral(":/icons/" AGI_APP_ID ".svg"))));

    m_actions = new AppActions(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    leftLayout->setContentsMargins(margin / 2, margin / 2, 0, margin / 2);
    m_panel = new SessionListPanel(m_model, m_actions, left);
    leftLayout->addWidget(m_panel);

    m_live = new LivePane(monitor, m_actions);
    m_agent = new AgentPanel(monitor, m_actions);
    m_sessionView = new SessionView(m_live, m_agent, m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_sessionView);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_windowBanner = new StatusBanner(central);
    m_windowBanner->setObjectName(QStringLiteral("windowBanner"));
    centralLayout->addWidget(m_windowBanner);
    m_pages = new QStackedWidget(central);
    m_pages->addWidget(m_splitter);
    m_wall = new WallView(monitor, m_pages);
    m_pages->addWidget(m_wall);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_exports = new ExportController(monitor, m_live, m_windowBanner, this);
    // The snapshot library: a dock below (or wherever the user put it; saveState() keeps that).
    m_libraryDock = new QDockWidget(tr("Snapshot Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("snapshotLibraryDock"));
    m_library = new SnapshotLibraryView(monitor, m_libraryDock);
    m_libraryDock->setWidget(m_library);
    addDockWidget(Qt::BottomDockWidgetArea, m_libraryDock);
    m_libraryDock->hide();

    m_attention = new WindowAttention(this, monitor->attention(), m_panel, m_actions->nextAttention);
    buildMenus();
    buildToolBar();
    buildStatusBar();
    connectActions();

    connect(m_panel, &SessionListPanel::currentSessionChanged, this, &MainWindow::onCurrentSessionChanged);
    connect(m_panel, &SessionListPanel::newSessionRequested, this, [this] { newSession(); });
    // The task column costs a request per row: only rows in sight are asked about.
    connect(m_panel, &SessionListPanel::visibleSessionsChanged, m_monitor->tasks(),
        &SessionTaskFetcher::setVisibleSessions);
    m_monitor->tasks()->setVisibleSessions(m_panel->visibleSessionIds()); // none before the window shows
    connect(m_panel->banner(), &StatusBanner::retryRequested, m_refresher, &SessionListRefresher::refreshNow);
    connect(m_refresher, &SessionListRefresher::refreshStarted, this, &MainWindow::updateLastRefreshLabel);
    connect(m_refresher, &SessionListRefresher::stateChanged, this, &MainWindow::updateLastRefreshLabel);
    connect(m_refresher, &SessionListRefresher::waiting, this, &MainWindow::updateLastRefreshLabel);
    connect(m_refresher, &SessionListRefresher::refreshed, this, &MainWindow::onRefreshed);
    connect(m_refresher, &SessionListRefresher::failed, this, &MainWindow::onRefreshFailed);
    connect(m_refresher, &SessionListRefresher::authenticationFailed, this, &MainWindow::onAuthenticationFailed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateSessionActions);
    connect(m_monitor, &SessionMonitor::endpointChanged, this, &MainWindow::onEndpointChanged);
    connect(m_agent, &AgentPanel::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // A message chosen in the timeline shows the frame of its moment; a frame viewed marks its message.
    connect(m_agent, &AgentPanel::momentChosen, m_live,
        [this](const QString &sessionId, qint64 messageId) { m_live->showMessageMoment(sessionId, messageId); });
    connect(m_live, &LivePane::viewedMessageChanged, m_agent->timeline(), &TimelineView::markMessage);
    connect(m_live, &LivePane::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_monitor, &SessionMonitor::storageProblem, this,
        [this](const QString &message) { m_windowBanner->showMessage(StatusBanner::Severity::Warning, message); });

    m_clockTimer.setInterval(15000);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        m_model->refreshRelativeTimes();
        updateLastRefreshLabel();
    });

    // The first window fits the screen it opens on, whatever the scale factor (a restored geometry wins).
    const QSize wanted(1440, 860);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(QPoint(), wanted);
    resize(wanted.boundedTo(available.size() * 0.95));
    restoreWindowState();
    updateSessionActions();
    // The list has the keyboard at start: the arrow keys choose a session, Ctrl+F goes to the
    // filter (which, focused, would blink its cursor for as long as the window is active).
    if (!isWallShown())
        m_panel->view()->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->setObjectName(QStringLiteral("sessionMenu"));
    session->addAction(m_actions->newSession);
    session->addAction(m_actions->refresh);
    session->addSeparator();
    session->addAction(m_actions->copySessionId);
    session->addAction(m_actions->forgetHistory);
    session->addAction(m_actions->exportTimeline);
    session->addAction(m_actions->redactFrames);
    session->addAction(m_actions->nextAttention);
    session->addSeparator();
    session->addAction(m_actions->endSession);
    session->addAction(m_actions->endAllSessions);
    session->addSeparator();
    session->addAction(m_actions->pauseTask);
    session->addAction(m_actions->resumeTask);
    session->addAction(m_actions->cancelTask);
    session->addAction(m_actions->navigate);
    session->addSeparator();
    session->addAction(m_actions->quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_actions->findSession);
    view->addAction(m_actions->showWall);
    view->addAction(m_actions->showSnapshotLibrary);
    view->addSeparator();
    QMenu *interval = view->addMenu(tr("Frame Refresh &Interval"));
    interval->setObjectName(QStringLiteral("frameIntervalMenu"));
    interval->addActions(m_actions->frameInterval->actions());
    view->addAction(m_actions->refreshFrame);
    view->addSeparator();
    view->addAction(m_actions->zoomFit);
    view->addAction(m_actions->zoomOriginal);
    view->addSeparator();
    view->addAction(m_actions->showToolBar);

    QMenu *frame = menuBar()->addMenu(tr("F&rame"));
    frame->setObjectName(QStringLiteral("frameMenu"));
    frame->addAction(m_actions->saveFrame);
    frame->addAction(m_actions->copyFrame);
    frame->addSeparator();
    frame->addAction(m_actions->copyUrl);
    frame->addAction(m_actions->openInBrowser);
    frame->addAction(m_actions->openLiveView);
    frame->addSeparator();
    frame->addAction(m_actions->frameBack);
    frame->addAction(m_actions->frameForward);
    frame->addAction(m_actions->firstFrame);
    frame->addAction(m_actions->goLive);

    QMenu *settings = menuBar()->addMenu(tr("Se&ttings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addAction(m_actions->settings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_actions->shortcuts);
    help->addSeparator();
    help->addAction(m_actions->about);

    // Menu-less shortcuts still need a widget in the window to be live.
    addAction(m_actions->findSession);
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // With text beside icons, low-priority actions show their icon only.
    for (QAction *action : {m_actions->refresh, m_actions->copyUrl, m_actions->openInBrowser, m_actions->settings})
        action->setPriority(QAction::LowPriority);
    m_toolBar->addAction(m_actions->newSession);
    m_toolBar->addAction(m_actions->refresh);
    m_toolBar->addAction(m_actions->endSession);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->pauseTask);
    m_toolBar->addAction(m_actions->resumeTask);
    m_toolBar->addAction(m_actions->cancelTask);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->saveFrame);
    m_toolBar->addAction(m_actions->copyUrl);
    m_toolBar->addAction(m_actions->openLiveView);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_actions->settings);
    connect(m_actions->showToolBar, &QAction::toggled, m_toolBar, &QToolBar::setVisible);
    connect(m_toolBar, &QToolBar::visibilityChanged, m_actions->showToolBar, [this](bool visible) {
        if (!isMinimized() && isVisible())
            m_actions->showToolBar->setChecked(visible);
    });
}

void MainWindow::buildStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setTextFormat(Qt::PlainText);
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(QStringLiteral("lastRefreshLabel"));
    m_refreshLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("sessionCountLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_refreshLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::connectActions()
{
    connect(m_actions->newSession, &QAction::triggered, this, [this] { newSession(); });
    connect(m_actions->refresh, &QAction::triggered, m_refresher, &SessionListRefresher::refreshNow);
    connect(m_actions->endSession, &QAction::triggered, this, &MainWindow::endSession);
    connect(m_actions->endAllSessions, &QAction::triggered, this, &MainWindow::endAllSessions);
    connect(m_actions->forgetHistory, &QAction::triggered, this, &MainWindow::forgetHistory);
    connect(m_actions->exportTimeline, &QAction::triggered, m_exports, &ExportController::exportShownSession);
    connect(m_actions->redactFrames, &QAction::triggered, m_exports, &ExportController::redactShownSession);
    connect(m_exports, &ExportController::notice, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_monitor->live(), &LiveSessions::historyForgotten, this, &MainWindow::updateSessionActions);
    connect(m_actions->quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_actions->findSession, &QAction::triggered, m_panel, &SessionListPanel::focusSearch);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_actions->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->showWall, &QAction::toggled, this, &MainWindow::showWall);
    connect(m_actions->showSnapshotLibrary, &QAction::toggled, this, [this](bool shown) {
        m_libraryDock->setVisible(shown);
        if (!shown)
            return;
        // Room for a few rows with their thumbnails, unless the user made it so.
        if (!m_libraryDock->isFloating() && m_libraryDock->height() < libraryDockHeight)
            resizeDocks({m_libraryDock}, {libraryDockHeight}, Qt::Vertical);
        m_library->table()->setFocus();
    });
    connect(m_libraryDock, &QDockWidget::visibilityChanged, this, [this](bool) {
        // Tabbed behind another dock counts as shown; closed with its X button does not.
        if (!isMinimized() && isVisible())
            m_actions->showSnapshotLibrary->setChecked(!m_libraryDock->isHidden());
    });
    connect(m_library, &SnapshotLibraryView::startSessionRequested, this,
        [this](const QString &sessionId) { newSession(sessionId); });
    connect(m_wall, &WallView::tilesChanged, this, [this](const QStringList &sessionIds) {
        if (isWallShown())
            m_monitor->tasks()->setVisibleSessions(sessionIds);
    });
    connect(m_wall, &WallView::openRequested, this, [this](const QString &sessionId) {
        showWall(false);
        selectSession(sessionId);
        m_live->setFocus();
    });
}

void MainWindow::showWall(bool wall)
{
    m_actions->showWall->setChecked(wall);
    m_pages->setCurrentWidget(wall ? static_cast<QWidget *>(m_wall) : m_splitter);
    // The task texts cost a request each: those of the tiles, or of the list's rows in sight.
    m_monitor->tasks()->setVisibleSessions(wall ? m_wall->tileIds() : m_panel->visibleSessionIds());
    if (wall) {
        if (QWidget *first = m_wall->tile(m_wall->tileIds().value(0)))
            first->setFocus();
        else
            m_wall->setFocus();
    }
}

bool MainWindow::isWallShown() const
{
    return m_pages->currentWidget() == m_wall;
}

void MainWindow::showLibraryEntry(const QString &sessionId)
{
    m_actions->showSnapshotLibrary->setChecked(true);
    m_libraryDock->show();
    m_libraryDock->raise();
    m_library->selectEntry(sessionId);
}

void MainWindow::onEndpointChanged(const QUrl &baseUrl, bool demo)
{
    const QString where = baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    m_connectionLabel->setText(demo ? tr("Demo emulator") : where);
    m_connectionLabel->setToolTip(
        demo ? tr("The built-in emulator serves the AGI API at %1").arg(where) : tr("Connected to %1").arg(where));
    setWindowTitle(demo ? tr("AGI Session Monitor (Demo)") : tr("AGI Session Monitor"));
}

void MainWindow::selectSession(const QString &sessionId)
{
    if (!m_panel->selectSession(sessionId))
        m_pendingSelection = sessionId;
}

void MainWindow::startRefreshing()
{
    m_refresher->start();
}

void MainWindow::onCurrentSessionChanged(const QString &sessionId)
{
    if (!sessionId.isEmpty())
        m_autoSelected = true;
    const int row = m_model->rowOf(sessionId);
    if (row < 0)
        m_live->clearSession();
    else
        m_live->setSession(m_model->sessionAt(row));
    m_agent->setLiveSession(m_live->liveSession());
    m_monitor->followDetails(sessionId);
    updateSessionActions();
}

void MainWindow::onRefreshed(int count)
{
    m_panel->setLoaded(true);
    m_panel->banner()->dismiss();
    m_keyPromptedInEpisode = false;
    if (!m_pendingSelection.isEmpty() && m_panel->selectSession(m_pendingSelection)) {
        m_pendingSelection.clear();
        m_autoSelected = true;
    }
    m_countLabel->setText(count == 1 ? tr("1 session") : tr("%1 sessions").arg(count));
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_pendingSelection.clear(); // a remembered session that has since ended
    }
    // Something to look at from the start: the newest session, until the user picks one.
    if (!m_autoSelected && m_panel->currentSessionId().isEmpty() && m_panel->proxy()->rowCount() > 0) {
        m_autoSelected = true;
        m_panel->selectSession(m_panel->proxy()->index(0, 0).data(SessionListModel::IdRole).toString());
    }
    updateLastRefreshLabel();
    updateSessionActions();
}

void MainWindow::onRefreshFailed(const ApiError &error)
{
    m_panel->setLoaded(true);
    const QString when = m_refresher->lastSuccess().isValid()
        ? tr(" The list below is from %1.")
              .arg(QLocale().toString(m_refresher->lastSuccess().toLocalTime().time(), QLocale::ShortFormat))
        : QString();
    m_panel->banner()->showMessage(StatusBanner::Severity::Error,
        tr("Could not refresh the session list: %1").arg(error.userMessage()) + when, true);
    updateLastRefreshLabel();
}

void MainWindow::onAuthenticationFailed(const ApiError &error)
{
    if (m_keyPromptedInEpisode || m_keyPromptOpen)
        return;
    m_keyPromptedInEpisode = true;
    Q_EMIT apiKeyRequested(error);
    openApiKeyDialog();
}

void MainWindow::updateLastRefreshLabel()
{
    using State = SessionListRefresher::State;
    const State state = m_refresher->state();
    const auto clock
        = [](const QDateTime &when) { return when.toLocalTime().time().toString(QStringLiteral("HH:mm:ss")); };
    if (m_refresher->isWaitingLong()) {
        m_refreshLabel->setText(tr("Waiting for the server (%1 s)").arg(m_refresher->waitedSeconds()));
        m_refreshLabel->setToolTip(tr("The list was asked for at %1 and has no answer yet. Press %2 to ask again.")
                                       .arg(clock(m_refresher->waitingSince()),
                                           m_actions->refresh->shortcut().toString(QKeySequence::NativeText)));
        return;
    }
    m_refreshLabel->setToolTip(QString());
    if (m_refresher->isRefreshing() && !m_refresher->lastSuccess().isValid()) {
        m_refreshLabel->setText(tr("Loading..."));
        return;
    }
    const QDateTime last = m_refresher->lastSuccess();
    QString text;
    if (!last.isValid())
        text = tr("Not loaded");
    else if (m_refresher->failureCount() > 0)
        text = tr("Last good refresh %1").arg(clock(last));
    else
        text = tr("Refreshed %1").arg(clock(last));
    if (state == State::RetryScheduled)
        text = tr("%1, next try at %2").arg(text, clock(m_refresher->nextAttemptAt()));
    m_refreshLabel->setText(text);
}

void MainWindow::updateSessionActions()
{
    const bool hasSession = !m_live->sessionId().isEmpty();
    // Only a listed session can be ended; one that left the list stays shown, but is over.
    m_actions->endSession->setEnabled(hasSession && m_model->rowOf(m_live->sessionId()) >= 0);
    m_actions->copySessionId->setEnabled(hasSession);
    m_actions->forgetHistory->setEnabled(hasSession);
    m_actions->exportTimeline->setEnabled(hasSession);
    m_actions->redactFrames->setEnabled(hasSession);
    m_actions->endAllSessions->setEnabled(m_model->rowCount() > 0);
}

void MainWindow::setDataDirectory(const QString &folder)
{
    m_exports->setRedactionFolder(folder);
}

void MainWindow::forgetHistory()
{
    const QString sessionId = m_live->sessionId();
    if (sessionId.isEmpty())
        return;
    LiveSessions *live = m_monitor->live();
    const QString shortId = SessionListModel::shortId(sessionId);
    if (!live->hasStoredHistory(sessionId)) {
        DialogSeam::information(
            this, tr("Forget Frame History"), tr("No frames of session %1 are kept on this computer.").arg(shortId));
        return;
    }
    const int frames = live->historyOf(sessionId).size();
    if (!DialogSeam::confirm(this, tr("Forget Frame History"),
            tr("Delete the %n frame(s) of session %1 kept on this computer? You can no longer go back to "
               "them or export them. The session itself is not touched.",
                nullptr, frames)
                .arg(shortId),
            tr("Delete Frames")))
        return;
    live->forgetHistory(sessionId);
    statusBar()->showMessage(tr("The frames of session %1 kept on this computer were deleted.").arg(shortId), 8000);
}

void MainWindow::updateVisibilityDrivenWork()
{
    // Nobody looks at a minimised or hidden window: no list refreshes, no frames.
    const bool watching = isVisible() && !isMinimized();
    m_live->setWindowMinimized(!watching);
    m_wall->setWindowMinimized(!watching);
    if (watching) {
        m_refresher->start();
        m_clockTimer.start();
    } else {
        m_refresher->stop();
        m_clockTimer.stop();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateVisibilityDrivenWork();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateVisibilityDrivenWork();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateVisibilityDrivenWork();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    m_splitter->setSizes({460, 980}); // room for the task column, and the frame beside the agent
    Settings *settings = m_monitor->settings();
    const QByteArray geometry = settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings->windowState();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = settings->splitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_sessionView->restoreSplit(settings->sessionViewState());
    m_agent->restoreSplitState(settings->timelineSplitterState());
    m_panel->restoreHeaderState(settings->listHeaderState());
    m_actions->showToolBar->setChecked(!m_toolBar->isHidden());
    m_actions->showSnapshotLibrary->setChecked(!m_libraryDock->isHidden());
}

void MainWindow::saveWindowState()
{
    Settings *settings = m_monitor->settings();
    settings->setWindowGeometry(saveGeometry());
    settings->setWindowState(saveState());
    settings->setSplitterState(m_splitter->saveState());
    settings->setSessionViewState(m_sessionView->saveSplit());
    settings->setTimelineSplitterState(m_agent->saveSplitState());
    settings->setListHeaderState(m_panel->saveHeaderState());
    if (!m_live->sessionId().isEmpty())
        settings->setLastSessionId(m_live->sessionId());
    settings->sync();
}

void MainWindow::newSession(const QString &restoreFrom)
{
    auto *dialog = new CreateSessionDialog(m_monitor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!restoreFrom.isEmpty())
        dialog->setRestoreSessionId(restoreFrom);
    // The monitor has listed it already.
    connect(dialog, &CreateSessionDialog::created, this, [this](const Session &session) { selectSession(session.id); });
    connect(dialog, &CreateSessionDialog::settingsRequested, this, &MainWindow::openSettings);
    dialog->open();
}

void MainWindow::endSession()
{
    const int row = m_model->rowOf(m_live->sessionId());
    if (row < 0)
        return;
    auto *dialog = new EndSessionDialog(m_monitor, m_model->sessionAt(row), m_live->frame(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndSessionDialog::libraryEntryRequested, this, &MainWindow::showLibraryEntry);
    dialog->open();
}

void MainWindow::endAllSessions()
{
    auto *dialog = new EndAllSessionsDialog(m_monitor, m_model->rowCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_monitor, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEndpointInUse(m_monitor->baseUrl(), m_monitor->isDemo());
    connect(dialog, &SettingsDialog::keyChanged, m_monitor, &SessionMonitor::setApiKey);
    dialog->open();
}

void MainWindow::openApiKeyDialog()
{
    auto *dialog = new ApiKeyDialog(m_monitor, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDemoOffered(false);
    const ApiError error = m_refresher->lastError();
    if (error.kind == ApiError::Kind::Forbidden)
        dialog->setReason(tr("The server denied access with this API key (403). Enter another key."));
    else
        dialog->setReason(tr("The server rejected the API key (401). Enter a valid key."));
    m_keyPromptOpen = true;
    connect(dialog, &ApiKeyDialog::keyAccepted, m_monitor, &SessionMonitor::setApiKey);
    connect(dialog, &QDialog::finished, this, [this] { m_keyPromptOpen = false; });
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_actions->withShortcuts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About AGI Session Monitor"),
        tr("<h3>AGI Session Monitor %1</h3><p>Watch, start and end AGI browser-agent sessions, and keep "
           "the browser state you want as your default environment.</p>")
            .arg(QStringLiteral(AGI_VERSION)));
}

} // namespace agi
