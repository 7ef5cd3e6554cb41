#include "monitorapp.h"

#include "api/apiclient.h"
#include "attentiontray.h"
#include "emulator/emulator.h"
#include "live/livesessions.h"
#include "mainwindow.h"
#include "model/snapshotlibrary.h"
#include "monitor/sessionmonitor.h"
#include "notify/attentiontracker.h"
#include "notify/desktopnotifier.h"
#include "notify/notificationcenter.h"
#include "settings/credentials.h"
#include "settings/settings.h"
#include "windowattention.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QUuid>

namespace agi {

namespace {
Q_LOGGING_CATEGORY(lcApp, "agi.main")
} // namespace

MonitorApp::MonitorApp(const Paths &paths, QObject *parent)
    : QObject(parent)
    , m_settings(
          paths.settingsFile.isEmpty() ? std::make_unique<Settings>() : std::make_unique<Settings>(paths.settingsFile))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<ApiClient>(m_network.get()))
    , m_library(paths.dataDirectory.isEmpty() ? std::make_unique<SnapshotLibrary>()
                                              : std::make_unique<SnapshotLibrary>(paths.dataDirectory))
    , m_credentials(std::make_unique<Credentials>())
    , m_monitor(std::make_unique<SessionMonitor>(m_client.get(), m_settings.get(), m_library.get()))
    , m_window(std::make_unique<MainWindow>(m_monitor.get(), m_credentials.get()))
    , m_desktopNotifier(std::make_unique<DesktopNotifier>())
    , m_notifications(
          std::make_unique<NotificationCenter>(m_monitor->attention(), m_settings.get(), m_desktopNotifier.get()))
{
    // Notifications: the tray where the desktop runs no notification service; a click shows the session.
    m_window->setDataDirectory(paths.dataDirectory);
    m_notifications->setFallback(m_window->attention()->tray());
    // Every listed session is followed (a stream each), so the list's states, the attention count and
    // the notifications do not depend on which session the window shows.
    m_monitor->attention()->setFollowAll(true);
    connect(m_notifications.get(), &NotificationCenter::sessionActivated, m_window->attention(),
        &WindowAttention::showSession);
    // Frame histories: this application is their only writer (agi-session never sets a root).
    LiveSessions *live = m_monitor->live();
    const auto applyHistoryLimits
        = [this, live] { live->setHistoryLimits(m_settings->historyMaxFrames(), m_settings->historyMaxBytes()); };
    applyHistoryLimits();
    connect(m_settings.get(), &Settings::changed, live, applyHistoryLimits);
    live->setHistoryRoot(paths.historyDirectory.isEmpty() ? FrameHistory::defaultRoot() : paths.historyDirectory);
    // After the window connected to it: a damaged library shows in the window's banner.
    m_monitor->start();
}

MonitorApp::~MonitorApp()
{
    m_notifications.reset();
    // The window first: it holds live sessions of the monitor.
    m_window.reset();
    m_monitor.reset();
}

bool MonitorApp::useDemo(QString *error)
{
    emu::EmulatorConfig config;
    config.keys = {QUuid::createUuid().toString(QUuid::WithoutBraces)};
    config.userId = m_settings->savedUserId();
    config.demoSessions = 4;
    config.demoLoop = true;
    config.seed = QRandomGenerator::system()->generate();
    auto emulator = std::make_unique<emu::Emulator>(config);
    if (!emulator->start(error))
        return false;
    qCInfo(lcApp) << "demo emulator at" << emulator->baseUrl().toString();
    m_emulator = std::move(emulator);
    m_client->setApiKey(m_emulator->apiKey().toUtf8());
    m_monitor->useDemo(m_emulator->baseUrl());
    // "Restore my default environment" works in the demo without typing the id.
    m_settings->setRunUserId(m_emulator->userId());
    return true;
}

void MonitorApp::useServer(const QUrl &override, const QByteArray &key)
{
    m_monitor->useServer(override);
    if (!key.isEmpty())
        m_client->setApiKey(key);
}

void MonitorApp::showWindow(const QString &sessionId)
{
    const QString selection = sessionId.isEmpty() ? m_settings->lastSessionId() : sessionId;
    if (!selection.isEmpty())
        m_window->selectSession(selection);
    m_window->show();
}

} // namespace agi
