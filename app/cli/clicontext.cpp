#include "cli/clicontext.h"

#include "api/apiclient.h"
#include "emulator/emulator.h"
#include "model/snapshotlibrary.h"
#include "monitor/sessionmonitor.h"
#include "settings/credentials.h"
#include "settings/settings.h"

#include <QNetworkAccessManager>
#include <QUuid>

namespace agi::cli {

namespace {
// A terminal command should not hang on a keychain that never answers as long as the window may.
constexpr int KeychainTimeoutMs = 8000;
} // namespace

CliContext::CliContext(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<Settings>())
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<ApiClient>(m_network.get()))
    , m_library(std::make_unique<SnapshotLibrary>())
    , m_credentials(std::make_unique<Credentials>())
    , m_monitor(std::make_unique<SessionMonitor>(m_client.get(), m_settings.get(), m_library.get()))
{
    m_credentials->setTimeout(KeychainTimeoutMs);
    m_monitor->start();
}

CliContext::~CliContext()
{
    m_monitor.reset();
}

void CliContext::start(const Options &options)
{
    if (options.demo) {
        QString error;
        if (!startDemo(&error)) {
            QMetaObject::invokeMethod(
                this,
                [this, error] {
                    Q_EMIT failed(ExitCode::Failure, tr("The built-in emulator did not start: %1").arg(error), {});
                },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(this, &CliContext::ready, Qt::QueuedConnection);
        return;
    }
    m_monitor->useServer(options.baseUrl);
    const ApiError addressError = ApiClient::checkUrl(m_client->baseUrl());
    if (!addressError.isNone()) {
        QMetaObject::invokeMethod(
            this,
            [this, addressError] {
                Q_EMIT failed(ExitCode::Usage, addressError.userMessage(),
                    tr("Give --base-url an https:// address (plain http only to this computer)."));
            },
            Qt::QueuedConnection);
        return;
    }
    if (!options.needsKey) {
        QMetaObject::invokeMethod(this, &CliContext::ready, Qt::QueuedConnection);
        return;
    }
    connect(m_credentials.get(), &Credentials::loaded, this, [this](const QByteArray &key) {
        if (key.isEmpty()) {
            Q_EMIT failed(ExitCode::Unauthorized, tr("No API key."),
                tr("Set AGI_API_KEY, save a key in AGI Session Monitor, or try --demo."));
            return;
        }
        // Straight to the client: the monitor's setApiKey() would also refresh the session list.
        m_client->setApiKey(key);
        Q_EMIT ready();
    });
    connect(m_credentials.get(), &Credentials::failed, this, [this](const QString &reason) {
        Q_EMIT failed(ExitCode::Unauthorized, reason, tr("Set AGI_API_KEY, or try --demo."));
    });
    m_credentials->load();
}

bool CliContext::startDemo(QString *error)
{
    emu::EmulatorConfig config;
    config.keys = {QUuid::createUuid().toString(QUuid::WithoutBraces)};
    config.userId = m_settings->savedUserId();
    config.demoSessions = 4;
    config.demoLoop = true;
    config.seed = DemoSeed;
    auto emulator = std::make_unique<emu::Emulator>(config);
    if (!emulator->start(error))
        return false;
    m_emulator = std::move(emulator);
    m_client->setApiKey(m_emulator->apiKey().toUtf8());
    m_monitor->useDemo(m_emulator->baseUrl());
    m_settings->setRunUserId(m_emulator->userId());
    return true;
}

} // namespace agi::cli
