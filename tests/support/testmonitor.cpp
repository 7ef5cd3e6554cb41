#include "testmonitor.h"

namespace agi::test {

TestMonitor::TestMonitor(ApiClient *client)
    : m_settings(std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini"))))
    , m_library(std::make_unique<SnapshotLibrary>(m_dir.path()))
    , m_monitor(std::make_unique<SessionMonitor>(client, m_settings.get(), m_library.get()))
{
    m_library->load();
}

TestMonitor::~TestMonitor() = default;

} // namespace agi::test
