#pragma once

#include "model/snapshotlibrary.h"
#include "monitor/sessionmonitor.h"
#include "settings/settings.h"

#include <QTemporaryDir>

#include <memory>

namespace agi {
class ApiClient;
} // namespace agi

namespace agi::test {

//! A SessionMonitor on `client` as the dialogs get it from the window, with settings and a loaded
//! snapshot library in a folder of its own (not started: no list refresh runs).
class TestMonitor final
{
public:
    explicit TestMonitor(ApiClient *client);
    ~TestMonitor();
    TestMonitor(const TestMonitor &) = delete;
    TestMonitor &operator=(const TestMonitor &) = delete;

    SessionMonitor *monitor() const { return m_monitor.get(); }
    Settings *settings() const { return m_settings.get(); }
    SnapshotLibrary *library() const { return m_library.get(); }
    //! The folder of the settings file and the library.
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SnapshotLibrary> m_library;
    std::unique_ptr<SessionMonitor> m_monitor;
};

} // namespace agi::test
