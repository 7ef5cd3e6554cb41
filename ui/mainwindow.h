#pragma once

#include "api/apierror.h"

#include <QMainWindow>
#include <QTimer>
#include <QUrl>

class QLabel;
class QSplitter;
class QToolBar;

namespace agi {

class ApiClient;
class AppActions;
class Credentials;
class LivePane;
class SessionListModel;
class SessionListPanel;
class SessionDetailFetcher;
class SessionListRefresher;
class SessionTaskFetcher;
class Settings;
class SnapshotLibrary;

//! The window a developer keeps open all day: the session list on the left, the selected
//! session's live browser on the right, menus, toolbar and a status bar saying where we connect.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    //! `client`, `settings`, `library` and `credentials` must outlive the window; `library` and
    //! `credentials` may be null (the dialogs that need them then say so).
    MainWindow(ApiClient *client, Settings *settings, SnapshotLibrary *library, Credentials *credentials,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    //! What the status bar says about the connection.
    void setEndpoint(const QUrl &baseUrl, bool demo);
    bool isDemo() const { return m_demo; }

    //! Selects the session as soon as the list holds it (now, or after the next refresh).
    void selectSession(const QString &sessionId);
    //! Starts the timed refresh of the list (also done by showEvent).
    void startRefreshing();

    AppActions *actions() const { return m_actions; }
    SessionListModel *sessionModel() const { return m_model; }
    SessionListRefresher *refresher() const { return m_refresher; }
    SessionTaskFetcher *taskFetcher() const { return m_tasks; }
    SessionDetailFetcher *detailFetcher() const { return m_details; }
    SessionListPanel *sessionPanel() const { return m_panel; }
    LivePane *livePane() const { return m_live; }

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
    //! Shows the listed session in the live pane, completed with its details once they arrived.
    void showSession(const QString &sessionId);
    void onRefreshed(int count);
    void onRefreshFailed(const ApiError &error);
    void onAuthenticationFailed(const ApiError &error);
    void updateVisibilityDrivenWork();
    void updateSessionActions();
    void updateLastRefreshLabel();
    void restoreWindowState();
    void saveWindowState();

    void newSession();
    void endSession();
    void endAllSessions();
    void openSettings();
    void openApiKeyDialog();
    void showShortcuts();
    void showAbout();

    ApiClient *m_client = nullptr;
    Settings *m_settings = nullptr;
    SnapshotLibrary *m_library = nullptr;
    Credentials *m_credentials = nullptr;
    AppActions *m_actions = nullptr;
    SessionListModel *m_model = nullptr;
    SessionListRefresher *m_refresher = nullptr;
    SessionTaskFetcher *m_tasks = nullptr;
    SessionDetailFetcher *m_details = nullptr;
    SessionListPanel *m_panel = nullptr;
    LivePane *m_live = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer m_clockTimer; // relative times in the list, "updated 5 s ago"
    QString m_pendingSelection;
    QUrl m_baseUrl;
    bool m_demo = false;
    bool m_keyPromptOpen = false; // one API key dialog per failure episode
    bool m_keyPromptedInEpisode = false;
    bool m_loadedOnce = false;
    bool m_autoSelected = false;
};

} // namespace agi
