#pragma once

#include <QIcon>
#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QString;

namespace agi {

//! Every command of the main window as a QAction with its text, icon and shortcut, in one place,
//! so menus, toolbar, context menus and the shortcuts dialog show the same thing.
class AppActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppActions)

public:
    //! Frame refresh intervals offered in the View menu and the live pane; 0 means paused.
    static const QList<int> &frameIntervalChoices();
    static QString frameIntervalText(int milliseconds);

    explicit AppActions(QObject *parent = nullptr);

    // Session
    QAction *newSession = nullptr;
    QAction *refresh = nullptr;
    QAction *endSession = nullptr;
    QAction *endAllSessions = nullptr;
    QAction *copySessionId = nullptr;
    QAction *forgetHistory = nullptr;
    QAction *exportTimeline = nullptr; // the shown session's frames and messages to a file
    QAction *redactFrames = nullptr;   // the areas blacked out in its exports
    QAction *quit = nullptr;
    QAction *findSession = nullptr;

    // Task of the shown session
    QAction *pauseTask = nullptr;
    QAction *resumeTask = nullptr;
    QAction *cancelTask = nullptr;
    QAction *navigate = nullptr;
    QAction *nextAttention = nullptr; // the next session that asks, failed or stalled

    // View
    QAction *zoomFit = nullptr;
    QAction *zoomOriginal = nullptr;
    QAction *showToolBar = nullptr;
    //! Checked: the wall of live thumbnails instead of the list and the session view.
    QAction *showWall = nullptr;
    //! Checked: the snapshot library's dock is shown.
    QAction *showSnapshotLibrary = nullptr;
    QActionGroup *frameInterval = nullptr; // checkable, data() = milliseconds, 0 = paused

    // Frame
    QAction *refreshFrame = nullptr;
    QAction *saveFrame = nullptr;
    QAction *copyFrame = nullptr;
    QAction *copyUrl = nullptr;
    QAction *openInBrowser = nullptr;
    QAction *openLiveView = nullptr;

    // Going back in time through the shown session's frames (Alt+arrows: plain arrows belong to
    // the session list and the timeline, Ctrl+arrows to text fields)
    QAction *frameBack = nullptr;    // Alt+Left: one frame older
    QAction *frameForward = nullptr; // Alt+Right: one frame newer
    QAction *firstFrame = nullptr;   // Alt+Home: the oldest kept frame
    QAction *goLive = nullptr;       // Alt+End (End too, in the live pane): the live frame again

    // Settings and help
    QAction *settings = nullptr;
    QAction *shortcuts = nullptr;
    QAction *about = nullptr;

    //! The actions a user can trigger with a key, for the shortcuts dialog.
    QList<QAction *> withShortcuts() const;
    //! The checked interval, in milliseconds (0 = paused).
    int checkedFrameInterval() const;
    void checkFrameInterval(int milliseconds);

private:
    QAction *make(const QString &objectName, const QString &text, const QIcon &icon = {});
};

} // namespace agi
