#include "appactions.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QKeySequence>
#include <QLocale>

namespace agi {

namespace {

// Desktop themes win; the bundled SVG keeps the app complete where no theme is installed.
QIcon themed(const char *themeName, const char *bundled)
{
    return QIcon::fromTheme(QLatin1String(themeName),
        QIcon(QStringLiteral(":/icons/actions/") + QLatin1String(bundled) + QStringLiteral(".svg")));
}

} // namespace

const QList<int> &AppActions::frameIntervalChoices()
{
    static const QList<int> choices = {500, 1000, 2000, 5000, 10000, 0};
    return choices;
}

QString AppActions::frameIntervalText(int milliseconds)
{
    if (milliseconds <= 0)
        return tr("Paused");
    if (milliseconds % 1000 != 0)
        return tr("Every %1 s").arg(QLocale().toString(milliseconds / 1000.0, 'f', 1));
    return tr("Every %n s", nullptr, milliseconds / 1000);
}

AppActions::AppActions(QObject *parent)
    : QObject(parent)
{
    newSession = make(QStringLiteral("actionNewSession"), tr("&New Session..."), themed("document-new", "new-session"));
    newSession->setShortcut(QKeySequence::New);
    newSession->setIconText(tr("New"));
    newSession->setToolTip(tr("Start a new agent session"));

    refresh = make(QStringLiteral("actionRefresh"), tr("&Refresh List"), themed("view-refresh", "refresh"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setIconText(tr("Refresh"));
    refresh->setToolTip(tr("Refresh the session list now"));

    endSession = make(QStringLiteral("actionEndSession"), tr("&End Session..."), themed("process-stop", "end-session"));
    endSession->setShortcut(QKeySequence(Qt::Key_Delete));
    endSession->setIconText(tr("End"));
    endSession->setToolTip(tr("End the selected session, optionally saving its browser"));

    endAllSessions = make(QStringLiteral("actionEndAllSessions"), tr("End A&ll Sessions..."));

    copySessionId
        = make(QStringLiteral("actionCopySessionId"), tr("Copy Session &ID"), themed("edit-copy", "copy-url"));

    forgetHistory = make(QStringLiteral("actionForgetHistory"), tr("&Forget Frame History..."));
    forgetHistory->setToolTip(tr("Delete the frames kept on this computer for the selected session (asks first)"));

    exportTimeline = make(QStringLiteral("actionExportTimeline"), tr("E&xport Timeline..."),
        QIcon::fromTheme(QStringLiteral("document-export")));
    exportTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportTimeline->setToolTip(
        tr("Save the shown session's recorded frames and messages as a report, JSON or an animated image"));
    redactFrames = make(QStringLiteral("actionRedactFrames"), tr("Re&dact Frames..."));
    redactFrames->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    redactFrames->setIconText(tr("Redact"));
    redactFrames->setToolTip(tr("Mark areas of the frames to black out in every export of this session"));

    pauseTask = make(QStringLiteral("actionPauseTask"), tr("&Pause Task"), themed("media-playback-pause", "pause"));
    pauseTask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pauseTask->setIconText(tr("Pause"));
    pauseTask->setToolTip(tr("Pause the agent of the shown session"));
    resumeTask = make(QStringLiteral("actionResumeTask"), tr("Res&ume Task"), themed("media-playback-start", "resume"));
    resumeTask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    resumeTask->setIconText(tr("Resume"));
    resumeTask->setToolTip(tr("Let the paused agent go on"));
    cancelTask = make(QStringLiteral("actionCancelTask"), tr("&Cancel Task..."), themed("dialog-cancel", "cancel"));
    cancelTask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    cancelTask->setIconText(tr("Cancel Task"));
    cancelTask->setToolTip(tr("Stop the agent's current task (asks first)"));
    navigate
        = make(QStringLiteral("actionNavigate"), tr("&Go to Address..."), QIcon::fromTheme(QStringLiteral("go-jump")));
    navigate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    navigate->setToolTip(tr("Open a web address in the session's browser"));

    nextAttention = make(QStringLiteral("nextAttentionAction"), tr("Next Session Needing &Attention"));
    nextAttention->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    nextAttention->setStatusTip(tr("Show the next session that asks a question, failed or stalled"));
    nextAttention->setEnabled(false);

    quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QIcon::fromTheme(QStringLiteral("application-exit")));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    findSession
        = make(QStringLiteral("actionFindSession"), tr("&Find Session"), QIcon::fromTheme(QStringLiteral("edit-find")));
    findSession->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));

    zoomFit = make(QStringLiteral("actionZoomFit"), tr("Fit to &Pane"), themed("zoom-fit-best", "zoom-fit"));
    zoomFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    zoomFit->setCheckable(true);
    zoomFit->setChecked(true);
    zoomOriginal = make(
        QStringLiteral("actionZoomOriginal"), tr("&Actual Size (100 %)"), themed("zoom-original", "zoom-original"));
    zoomOriginal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    zoomOriginal->setCheckable(true);
    auto *zoom = new QActionGroup(this);
    zoom->addAction(zoomFit);
    zoom->addAction(zoomOriginal);

    showToolBar = make(QStringLiteral("actionShowToolBar"), tr("Show &Toolbar"));
    showToolBar->setCheckable(true);
    showToolBar->setChecked(true);

    showWall = make(QStringLiteral("actionShowWall"), tr("Session &Wall"));
    showWall->setCheckable(true);
    showWall->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    showWall->setToolTip(tr("Live thumbnails of all active sessions"));

    showSnapshotLibrary = make(QStringLiteral("actionShowSnapshotLibrary"), tr("Snapshot &Library"));
    showSnapshotLibrary->setCheckable(true);
    showSnapshotLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    showSnapshotLibrary->setToolTip(tr("The browser states you saved: rename, start from, make the default again"));

    frameInterval = new QActionGroup(this);
    frameInterval->setObjectName(QStringLiteral("frameIntervalGroup"));
    for (const int ms : frameIntervalChoices()) {
        QAction *choice = make(QStringLiteral("actionFrameInterval%1").arg(ms), frameIntervalText(ms));
        choice->setCheckable(true);
        choice->setData(ms);
        frameInterval->addAction(choice);
    }

    refreshFrame
        = make(QStringLiteral("actionRefreshFrame"), tr("Refresh F&rame Now"), themed("view-refresh", "refresh"));
    refreshFrame->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    saveFrame
        = make(QStringLiteral("actionSaveFrame"), tr("&Save Frame As..."), themed("document-save-as", "save-frame"));
    saveFrame->setShortcut(QKeySequence::Save);
    saveFrame->setIconText(tr("Save Frame"));
    copyFrame
        = make(QStringLiteral("actionCopyFrame"), tr("&Copy Frame"), QIcon::fromTheme(QStringLiteral("edit-copy")));
    copyFrame->setShortcut(QKeySequence::Copy);
    // Ctrl+C must keep copying text everywhere else (search field, URL label).
    copyFrame->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copyUrl = make(QStringLiteral("actionCopyUrl"), tr("Copy Page &URL"), themed("edit-copy", "copy-url"));
    copyUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    openInBrowser = make(QStringLiteral("actionOpenInBrowser"), tr("&Open Page in Browser"),
        themed("internet-web-browser", "open-in-browser"));
    openLiveView = make(QStringLiteral("actionOpenLiveView"), tr("Open &Live View in Browser"),
        themed("video-display", "open-in-browser"));
    openLiveView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    openLiveView->setIconText(tr("Live View"));
    openLiveView->setToolTip(tr("Open the session's interactive live view in the system browser"));

    frameBack = make(
        QStringLiteral("actionFrameBack"), tr("&Previous Frame"), QIcon::fromTheme(QStringLiteral("go-previous")));
    frameBack->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    frameForward
        = make(QStringLiteral("actionFrameForward"), tr("&Next Frame"), QIcon::fromTheme(QStringLiteral("go-next")));
    frameForward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    firstFrame
        = make(QStringLiteral("actionFirstFrame"), tr("Ol&dest Frame"), QIcon::fromTheme(QStringLiteral("go-first")));
    firstFrame->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    // Short button texts where the icon theme has no arrows: the live pane's controls stay narrow.
    firstFrame->setIconText(QStringLiteral("|\u25C0"));
    frameBack->setIconText(QStringLiteral("\u25C0"));
    frameForward->setIconText(QStringLiteral("\u25B6"));
    firstFrame->setToolTip(tr("Oldest frame (Alt+Home)"));
    frameBack->setToolTip(tr("Previous frame (Alt+Left)"));
    frameForward->setToolTip(tr("Next frame (Alt+Right)"));
    goLive = make(QStringLiteral("actionGoLive"), tr("Back to Li&ve"), QIcon::fromTheme(QStringLiteral("go-last")));
    goLive->setShortcut(QKeySequence(Qt::ALT | Qt::Key_End));
    goLive->setIconText(tr("Live"));
    goLive->setToolTip(tr("Show the live frame again (End)"));

    settings = make(QStringLiteral("actionSettings"), tr("&Settings..."), themed("configure", "settings"));
    // The platform's Preferences keys, or Ctrl+, where it has none (X11 desktops, for one).
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    settings->setShortcuts(
        preferences.isEmpty() ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Comma)} : preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    shortcuts = make(QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts"),
        QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")));
    shortcuts->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(QKeySequence::HelpContents)});
    about = make(QStringLiteral("actionAbout"), tr("&About AGI Session Monitor"),
        QIcon::fromTheme(QStringLiteral("help-about")));
    about->setMenuRole(QAction::AboutRole);
}

QAction *AppActions::make(const QString &objectName, const QString &text, const QIcon &icon)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(objectName);
    return action;
}

QList<QAction *> AppActions::withShortcuts() const
{
    QList<QAction *> out;
    for (QAction *action : findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!action->shortcut().isEmpty())
            out.append(action);
    }
    return out;
}

int AppActions::checkedFrameInterval() const
{
    const QAction *checked = frameInterval->checkedAction();
    return checked ? checked->data().toInt() : -1;
}

// NOLINTNEXTLINE(readability-make-member-function-const): it changes which interval the group reports
void AppActions::checkFrameInterval(int milliseconds)
{
    for (QAction *action : frameInterval->actions()) {
        if (action->data().toInt() == milliseconds) {
            action->setChecked(true);
            return;
        }
    }
}

} // namespace agi
