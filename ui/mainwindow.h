#pragma once

#include "api/apierror.h"

#include <QMainWindow>
#include <QTimer>
#include <QUrl>

class QDockWidget;
class QLabel;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace agi {

class AgentPanel;
class AppActions;
class ExportController;
class Credentials;
class LivePane;
class SessionListModel;
class SessionListPanel;
class SessionListRefresher;
class SessionMonitor;
class SessionView;
class SnapshotLibraryView;
class StatusBanner;
class WallView;
class WindowAttention;

//! The window a developer keeps open all day: the session list on the left, the selected
//! session's live browser on the right, menus, toolbar and a status bar saying where we connect.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    //! Shows what `monitor` holds; `monitor` and `credentials` must outlive the window, and
    //! `credentials` may be null (the key dialogs then say so).
    MainWindow(SessionMonitor *monitor, Credentials *credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Selects the session as soon as the list holds it (now, or after the next refresh).
    void selectSession(const QString &sessionId);
    //! Starts the timed refresh of the list (also done by showEvent).
    void startRefreshing();
    //! Shows the wall of all active sessions (true) or the list and the session view (false).
    void showWall(bool wall);
    bool isWallShown() const;
    WallView *wallView() const { return m_wall; }
    //! The snapshot library (in a dock, View > Snapshot Library).
    SnapshotLibraryView *libraryView() const { return m_library; }
    //! Shows the library's dock and selects the entry of that session (when the library has it).
    void showLibraryEntry(const QString &sessionId);

    AppActions *actions() const { return m_actions; }
    SessionListModel *sessionModel() const { return m_model; }
    SessionListRefresher *refresher() const { return m_refresher; }
    SessionListPanel *sessionPanel() const { return m_panel; }
    //! Problems of the application as a whole (the snapshot library), above the list and the pane.
    StatusBanner *windowBanner() const { return m_windowBanner; }
    LivePane *livePane() const { return m_live; }
    AgentPanel *agentPanel() const { return m_agent; }
    SessionView *sessionView() const { return m_sessionView; }
    //! Attention count in the title and tray, "next session needing attention", notification clicks.
    WindowAttention *attention() const { return m_attention; }
    //! Session > Export Timeline and Redact Frames.
    ExportController *exports() const { return m_exports; }
    //! The user's data folder as the application uses it (the session's redactions live there).
    void setDataDirectory(const QString &folder);

Q_SIGNALS:
    //! The API key was rejected (once per failure episode). The window then opens the API key dialog.
    void apiKeyRequested(const agi::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    void connectActions();
    void onCurrentSessionChanged(const QString &sessionId);
    void onEndpointChanged(const QUrl &baseUrl, bool demo);
    void onRefreshed(int count);
    void onRefreshFailed(const ApiError &error);
    void onAuthenticationFailed(const ApiError &error);
    void updateVisibilityDrivenWork();
    void updateSessionActions();
    //! Deletes the selected session's frames kept on disk, after asking.
    void forgetHistory();
    void updateLastRefreshLabel();
    void restoreWindowState();
    void saveWindowState();

    //! `restoreFrom`: a library snapshot the new session's browser is restored from.
    void newSession(const QString &restoreFrom = {});
    void endSession();
    void endAllSessions();
    void openSettings();
    void openApiKeyDialog();
    void showShortcuts();
    void showAbout();

    SessionMonitor *m_monitor = nullptr;
    Credentials *m_credentials = nullptr;
    AppActions *m_actions = nullptr;
    SessionListModel *m_model = nullptr;
    SessionListRefresher *m_refresher = nullptr;
    SessionListPanel *m_panel = nullptr;
    StatusBanner *m_windowBanner = nullptr;
    LivePane *m_live = nullptr;
    AgentPanel *m_agent = nullptr;
    QSplitter *m_splitter = nullptr;
    SessionView *m_sessionView = nullptr;
    QStackedWidget *m_pages = nullptr;
    WallView *m_wall = nullptr;
    SnapshotLibraryView *m_library = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    WindowAttention *m_attention = nullptr;
    ExportController *m_exports = nullptr;
    QTimer m_clockTimer; // relative times in the list, "updated 5 s ago"
    QString m_pendingSelection;
    bool m_keyPromptOpen = false; // one API key dialog per failure episode
    bool m_keyPromptedInEpisode = false;
    bool m_loadedOnce = false;
    bool m_autoSelected = false;
};

} // namespace agi
