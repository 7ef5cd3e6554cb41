#pragma once

#include "cli/exitcode.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace agi {
class ApiClient;
class Credentials;
class SessionMonitor;
class Settings;
class SnapshotLibrary;
namespace emu {
class Emulator;
}
} // namespace agi

namespace agi::cli {

//! The core as agi-session wires it, the window left out: the app's settings, the network, the
//! API client, the snapshot library, the keychain and the SessionMonitor, and for --demo the
//! built-in emulator in this process. start() finds the server and the key, then says ready().
class CliContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    struct Options
    {
        QUrl baseUrl; //!< --base-url; empty: the app's settings
        bool demo = false;
        //! False: ready() as soon as the server is known (the command works on local files only).
        bool needsKey = true;
    };

    explicit CliContext(QObject *parent = nullptr);
    ~CliContext() override;

    //! Emits ready() once the server and the key are known, or failed() saying why not.
    void start(const Options &options);

    Settings &settings() const { return *m_settings; }
    ApiClient &client() const { return *m_client; }
    SessionMonitor &monitor() const { return *m_monitor; }
    //! The --demo emulator; null without --demo.
    emu::Emulator *emulator() const { return m_emulator.get(); }

    //! The fixed seed of --demo: every run shows the same session ids, so `agi-session --demo list`
    //! names ids that `agi-session --demo watch` then finds.
    static constexpr quint32 DemoSeed = 20251005;

Q_SIGNALS:
    void ready();
    void failed(agi::cli::ExitCode code, const QString &what, const QString &whatToDo);

private:
    bool startDemo(QString *error);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<emu::Emulator> m_emulator; // outlives the client's requests to it
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SnapshotLibrary> m_library;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<SessionMonitor> m_monitor;
};

} // namespace agi::cli
