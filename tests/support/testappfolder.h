#pragma once

#include "monitorapp.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace agi {
class Settings;
} // namespace agi

namespace agi::test {

class EmulatorFixture;

//! A temporary folder of the application's own for one test: its settings file, its data folder (the
//! snapshot library) and its frame histories. startApp() runs the application on it as main() wires
//! it (MonitorApp) against an emulator, again for each restart the test makes.
class TestAppFolder final
{
public:
    //! `configure` writes what the test needs into the settings file before the application reads it
    //! (without it, nothing is written). `dataFolder`: the data folder, relative to the temporary
    //! folder; empty: the temporary folder itself.
    explicit TestAppFolder(const EmulatorFixture &emulator, const std::function<void(Settings &)> &configure = {},
        const QString &dataFolder = QStringLiteral("data"));
    TestAppFolder(const TestAppFolder &) = delete;
    TestAppFolder &operator=(const TestAppFolder &) = delete;

    //! A new run of the application on this folder, on the emulator with its key; its window not shown
    //! yet. Another run on the same folder is a restart: it finds what the one before kept.
    std::unique_ptr<MonitorApp> startApp() const;

    //! The settings file, data folder and history folder the application is given.
    const MonitorApp::Paths &paths() const { return m_paths; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    const EmulatorFixture &m_emulator;
    QTemporaryDir m_dir;
    MonitorApp::Paths m_paths;
};

} // namespace agi::test
