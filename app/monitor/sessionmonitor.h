#pragma once

#include "api/apierror.h"
#include "api/sessionstatus.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

namespace agi {

class ApiClient;
class ApiKeyCheck;
class AttentionTracker;
class CreateSessionOperation;
class EndAllSessionsOperation;
class EndSessionOperation;
class LiveSessions;
class ModelCatalog;
class SessionCommand;
class SessionDetailFetcher;
class SessionListModel;
class SessionListRefresher;
class SessionTaskFetcher;
class Settings;
class SnapshotLibrary;
struct Frame;
struct Session;

//! The application without its widgets: the session list and its refresh, the tasks and details
//! the list leaves out, the live sessions views share, the snapshot library, and the settings,
//! applied the moment they change. Created in main() and given to the window (and to the command
//! line); widgets never own network state. Announces every status change it sees.
class SessionMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionMonitor)

public:
    //! `client`, `settings` and `library` must outlive the monitor.
    SessionMonitor(ApiClient *client, Settings *settings, SnapshotLibrary *library, QObject *parent = nullptr);
    ~SessionMonitor() override;

    ApiClient *client() const { return m_client; }
    Settings *settings() const { return m_settings; }
    SnapshotLibrary *library() const { return m_library; }
    SessionListModel *sessions() const { return m_model; }
    SessionListRefresher *refresher() const { return m_refresher; }
    SessionTaskFetcher *tasks() const { return m_tasks; }
    LiveSessions *live() const { return m_live; }
    //! What each listed session needs the user for, and the attention count.
    AttentionTracker *attention() const { return m_attention; }
    //! The agent models of the server in use (forgotten when the server or the key changes).
    ModelCatalog *models() const { return m_models; }
    bool hasApiKey() const;

    //! Operations on the sessions, owned by `parent` and wired to this monitor: what they change
    //! shows in the list at once (a created session is added and selected by the views, an ended one
    //! removed), and the list is refreshed to confirm it.
    CreateSessionOperation *newCreateSession(QObject *parent);
    EndSessionOperation *newEndSession(const Session &session, const Frame &lastFrame, QObject *parent);
    EndAllSessionsOperation *newEndAllSessions(QObject *parent);
    //! A command to one session; after it is taken, the session's frames and status are fetched at once.
    SessionCommand *newCommand(const QString &sessionId, QObject *parent);
    //! Checks a candidate key against the server in use, without touching the key in use.
    ApiKeyCheck *newKeyCheck(QObject *parent);

    //! Applies the settings and loads the snapshot library of the server in use (at once when
    //! useServer() or useDemo() was called, else when one of them is; a damaged or unreadable
    //! file is reported by storageProblem(), connect first). Call once, before the first refresh.
    void start();

    //! The server of this run: the settings' (applied again whenever they change), or `override`
    //! (from --base-url) until the user changes the server in the settings.
    void useServer(const QUrl &override = {});
    //! The built-in emulator of --demo: its URL, whatever the settings say (they are kept for runs
    //! without --demo).
    void useDemo(const QUrl &emulatorUrl);
    void setApiKey(const QByteArray &key);
    bool isDemo() const { return m_demo; }
    QUrl baseUrl() const;

    //! The session whose details (live view link, environment) the views want.
    void followDetails(const QString &sessionId);

    //! Milliseconds between frames for every live session. A positive choice is remembered in the
    //! settings; 0 pauses the frames for this run only.
    void setFrameInterval(int milliseconds);

Q_SIGNALS:
    void endpointChanged(const QUrl &baseUrl, bool demo);
    //! The snapshot library could not be read or written, or the settings could not be saved;
    //! `message` says why and what was kept, for the user.
    void storageProblem(const QString &message);
    //! A session's status changed between two list refreshes.
    void sessionStatusChanged(
        const QString &sessionId, const agi::SessionStatus &previous, const agi::SessionStatus &current);
    //! A session that was listed is no longer (it ended and was removed, or was deleted elsewhere).
    void sessionLeftList(const QString &sessionId);

private:
    void applySettings();
    void loadLibrary();
    void setBaseUrl(const QUrl &url);
    //! Shows the library of the server in use and the user id of the settings.
    void updateLibraryAccount();
    void onRefreshed();
    void addCreated(const Session &session);

    ApiClient *m_client = nullptr;
    Settings *m_settings = nullptr;
    SnapshotLibrary *m_library = nullptr;
    SessionListModel *m_model = nullptr;
    SessionListRefresher *m_refresher = nullptr;
    SessionTaskFetcher *m_tasks = nullptr;
    SessionDetailFetcher *m_details = nullptr;
    LiveSessions *m_live = nullptr;
    ModelCatalog *m_models = nullptr;
    AttentionTracker *m_attention = nullptr;
    QHash<QString, SessionStatus> m_statuses; // at the previous refresh
    QUrl m_settingsBaseUrl;                   // the settings' server when last applied
    int m_settingsFrameIntervalMs = 0;        // the settings' frame interval when last applied
    bool m_demo = false;
    QString m_settingsUserId;
    bool m_started = false;
    bool m_serverChosen = false; // useServer() or useDemo() was called
};

} // namespace agi
