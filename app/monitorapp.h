#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace agi {

class ApiClient;
class Credentials;
class MainWindow;
class NotificationCenter;
class Notifier;
class SessionMonitor;
class Settings;
class SnapshotLibrary;

namespace emu {
class Emulator;
}

//! The application as main() wires it: settings, the network, the API client, the snapshot library,
//! the keychain, the SessionMonitor and the window, and for --demo the built-in emulator. main()
//! adds only the command line and the first-start key dialog; tests build it with a settings file
//! and a data folder of their own, and see what a user sees, restarts included.
class MonitorApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorApp)

public:
    struct Paths
    {
        QString settingsFile;     //!< empty: the user's settings
        QString dataDirectory;    //!< empty: the user's data folder (the snapshot library)
        QString historyDirectory; //!< empty: the cache folder's "history" (frame histories)
    };

    explicit MonitorApp(const Paths &paths = {}, QObject *parent = nullptr);
    ~MonitorApp() override;

    Settings &settings() const { return *m_settings; }
    ApiClient &client() const { return *m_client; }
    SnapshotLibrary &library() const { return *m_library; }
    Credentials &credentials() const { return *m_credentials; }
    SessionMonitor &monitor() const { return *m_monitor; }
    MainWindow &window() const { return *m_window; }
    NotificationCenter &notifications() const { return *m_notifications; }
    //! The demo's emulator; null unless useDemo() succeeded.
    emu::Emulator *emulator() const { return m_emulator.get(); }

    //! --demo: starts the built-in emulator (with a few sessions at work) and talks to it. False,
    //! with the reason in `error`, when it cannot start.
    bool useDemo(QString *error);
    //! A real server: `override` (from --base-url) or the settings' one, with `key` when given
    //! (main() may learn it later, from the keychain or the key dialog).
    void useServer(const QUrl &override, const QByteArray &key = {});
    //! Shows the window, selecting `sessionId` (or the session selected at the last exit) as soon as
    //! the list holds it.
    void showWindow(const QString &sessionId = {});

private:
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<emu::Emulator> m_emulator; // outlives the client's requests to it
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SnapshotLibrary> m_library;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<SessionMonitor> m_monitor;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Notifier> m_desktopNotifier;
    std::unique_ptr<NotificationCenter> m_notifications;
};

} // namespace agi
