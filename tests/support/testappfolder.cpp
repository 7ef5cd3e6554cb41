#include "testappfolder.h"

#include "emulatorfixture.h"
#include "settings/settings.h"

namespace agi::test {

TestAppFolder::TestAppFolder(
    const EmulatorFixture &emulator, const std::function<void(Settings &)> &configure, const QString &dataFolder)
    : m_emulator(emulator)
    , m_paths {m_dir.filePath(QStringLiteral("settings.ini")), m_dir.filePath(dataFolder),
          m_dir.filePath(QStringLiteral("history"))}
{
    if (configure) {
        Settings settings(m_paths.settingsFile);
        configure(settings);
    }
}

std::unique_ptr<MonitorApp> TestAppFolder::startApp() const
{
    auto app = std::make_unique<MonitorApp>(m_paths);
    app->useServer(m_emulator.baseUrl(), m_emulator.apiKey());
    return app;
}

} // namespace agi::test
