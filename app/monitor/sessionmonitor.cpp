#include "monitor/sessionmonitor.h"

#include "api/apiclient.h"
#include "live/framepoller.h"
#include "live/livesession.h"
#include "live/livesessions.h"
#include "model/sessionlistmodel.h"
#include "model/sessionlistrefresher.h"
#include "model/sessiontaskfetcher.h"
#include "model/snapshotlibrary.h"
#include "monitor/apikeycheck.h"
#include "monitor/createsessionoperation.h"
#include "monitor/endallsessionsoperation.h"
#include "monitor/endsessionoperation.h"
#include "monitor/modelcatalog.h"
#include "monitor/sessioncommand.h"
#include "monitor/sessiondetailfetcher.h"
#include "notify/attentiontracker.h"
#include "settings/settings.h"

#include <QLoggingCategory>

namespace agi {

namespace {
Q_LOGGING_CATEGORY(lcMonitor, "agi.monitor")
} // namespace

SessionMonitor::SessionMonitor(ApiClient *client, Settings *settings, SnapshotLibrary *library, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_library(library)
    , m_model(new SessionListModel(this))
    , m_refresher(new SessionListRefresher(client, m_model, this))
    , m_tasks(new SessionTaskFetcher(client, m_model, this))
    , m_details(new SessionDetailFetcher(client, this))
    , m_live(new LiveSessions(client, this))
    , m_models(new ModelCatalog(client, this))
    , m_attention(new AttentionTracker(m_model, m_live, settings, this))
    , m_settingsBaseUrl(settings->baseUrl())
{
    setObjectName(QStringLiteral("sessionMonitor"));
    m_model->setObjectName(QStringLiteral("sessionListModel"));
    m_refresher->setObjectName(QStringLiteral("sessionListRefresher"));
    connect(m_refresher, &SessionListRefresher::refreshed, this, &SessionMonitor::onRefreshed);
    // A key refused for the list too stops refused frames; one the list takes lets them be retried.
    connect(
        m_refresher, &SessionListRefresher::authenticationFailed, m_live, [this] { m_live->setKeyAccepted(false); });
    connect(m_details, &SessionDetailFetcher::detailsChanged, m_live, &LiveSessions::updateSession);
    connect(m_details, &SessionDetailFetcher::problemChanged, m_live, &LiveSessions::setDetailsProblem);
    connect(m_settings, &Settings::changed, this, &SessionMonitor::applySettings);
    connect(m_library, &SnapshotLibrary::errorOccurred, this, &SessionMonitor::storageProblem);
    connect(m_settings, &Settings::saveFailed, this, &SessionMonitor::storageProblem);
    connect(m_live, &LiveSessions::historyProblemFound, this, &SessionMonitor::storageProblem);
    // Until a server is chosen (useServer/useDemo), the settings' one: the library loaded at
    // start() is then already that account's.
    m_settingsUserId = m_settings->userId();
    m_library->setAccount({m_settingsBaseUrl, m_settingsUserId, false});
}

SessionMonitor::~SessionMonitor()
{
    // Before the live sessions it holds.
    delete m_attention;
}

void SessionMonitor::start()
{
    if (m_started)
        return;
    m_started = true;
    applySettings();
    loadLibrary();
}

void SessionMonitor::loadLibrary()
{
    // Read once the server in use is known: the library is that account's, and a single-file
    // library of an earlier version goes to the account the user actually works with.
    if (m_started && m_serverChosen && !m_library->isLoaded())
        m_library->load(); // a damaged file is reported through errorOccurred -> storageProblem
}

void SessionMonitor::useServer(const QUrl &override)
{
    m_demo = false;
    m_serverChosen = true;
    setBaseUrl(override.isValid() && !override.isEmpty() ? override : m_settings->baseUrl());
    loadLibrary();
}

void SessionMonitor::useDemo(const QUrl &emulatorUrl)
{
    m_demo = true;
    m_serverChosen = true;
    setBaseUrl(emulatorUrl);
    loadLibrary();
}

void SessionMonitor::setApiKey(const QByteArray &key)
{
    m_client->setApiKey(key);
    m_models->clear();
    m_refresher->refreshNow();
}

bool SessionMonitor::hasApiKey() const
{
    return m_client->hasApiKey();
}

CreateSessionOperation *SessionMonitor::newCreateSession(QObject *parent)
{
    auto *operation = new CreateSessionOperation(m_client, parent);
    connect(operation, &CreateSessionOperation::finished, this,
        [this, operation](const CreateSessionOperation::Outcome &outcome) {
            if (outcome.created) {
                // The library remembers when a snapshot last started a session.
                const QString from = operation->request().restoreFromSessionId;
                if (!from.isEmpty() && m_library->entry(from))
                    m_library->markUsed(from);
                addCreated(outcome.session);
            } else if (outcome.mayExist) {
                m_refresher->refreshNow();
            }
        });
    return operation;
}

EndSessionOperation *SessionMonitor::newEndSession(const Session &session, const Frame &lastFrame, QObject *parent)
{
    auto *operation = new EndSessionOperation(m_client, m_library, session, lastFrame, parent);
    connect(operation, &EndSessionOperation::finished, this,
        [this, id = session.id](const EndSessionOperation::Outcome &outcome) {
            if (!outcome.ended)
                return;
            m_model->removeSession(id);
            m_refresher->refreshNow();
        });
    return operation;
}

EndAllSessionsOperation *SessionMonitor::newEndAllSessions(QObject *parent)
{
    auto *operation = new EndAllSessionsOperation(m_client, parent);
    // A failure may still have ended some: the list shows what is left either way.
    connect(operation, &EndAllSessionsOperation::finished, m_refresher, &SessionListRefresher::refreshNow);
    return operation;
}

SessionCommand *SessionMonitor::newCommand(const QString &sessionId, QObject *parent)
{
    auto *command = new SessionCommand(m_client, sessionId, parent);
    connect(command, &SessionCommand::finished, this, [this, sessionId](const SessionCommand::Outcome &outcome) {
        if (!outcome.done && !outcome.maybeSent)
            return;
        if (LiveSession *live = m_live->find(sessionId))
            live->poller()->wake();
        m_refresher->refreshNow();
    });
    return command;
}

ApiKeyCheck *SessionMonitor::newKeyCheck(QObject *parent)
{
    return new ApiKeyCheck(m_client, parent);
}

void SessionMonitor::addCreated(const Session &session)
{
    // Listed at once; the refresh confirms it and brings the server's view of it.
    if (m_model->rowOf(session.id) < 0) {
        QList<Session> sessions = m_model->sessions();
        sessions.prepend(session);
        m_model->setSessions(sessions);
    }
    m_refresher->refreshNow();
}

QUrl SessionMonitor::baseUrl() const
{
    return m_client->baseUrl();
}

void SessionMonitor::followDetails(const QString &sessionId)
{
    const int row = m_model->rowOf(sessionId);
    Session listed = row < 0 ? Session() : m_model->sessionAt(row);
    if (row < 0)
        listed.id = sessionId;
    m_details->watch(listed);
}

void SessionMonitor::setFrameInterval(int milliseconds)
{
    if (milliseconds > 0) {
        m_settings->setFrameIntervalMs(milliseconds);
        m_settingsFrameIntervalMs = m_settings->frameIntervalMs();
        m_live->setFrameInterval(m_settingsFrameIntervalMs);
    } else {
        m_live->setFrameInterval(0);
    }
}

void SessionMonitor::applySettings()
{
    m_refresher->setInterval(m_settings->listRefreshMs());
    // Only what changed is applied: a paused frame interval stays paused when another setting moves.
    const int frameInterval = m_settings->frameIntervalMs();
    if (frameInterval != m_settingsFrameIntervalMs) {
        m_settingsFrameIntervalMs = frameInterval;
        m_live->setFrameInterval(frameInterval);
    }
    const QUrl baseUrl = m_settings->baseUrl();
    if (baseUrl != m_settingsBaseUrl) {
        m_settingsBaseUrl = baseUrl;
        // The demo's emulator stays; the new server is for runs without --demo.
        if (!m_demo)
            setBaseUrl(baseUrl);
    }
    const QString userId = m_settings->userId();
    if (userId != m_settingsUserId) {
        m_settingsUserId = userId;
        updateLibraryAccount();
    }
}

void SessionMonitor::updateLibraryAccount()
{
    const QUrl url = m_client->baseUrl().isEmpty() ? m_settingsBaseUrl : m_client->baseUrl();
    m_library->setAccount({url, m_settings->userId(), m_demo});
}

void SessionMonitor::setBaseUrl(const QUrl &url)
{
    if (url == m_client->baseUrl() && !m_client->baseUrl().isEmpty()) {
        updateLibraryAccount();
        Q_EMIT endpointChanged(url, m_demo);
        return;
    }
    qCInfo(lcMonitor) << "server" << url.toDisplayString(QUrl::RemoveUserInfo) << (m_demo ? "(demo)" : "");
    const bool hadServer = !m_client->baseUrl().isEmpty();
    m_client->setBaseUrl(url);
    m_models->clear();
    if (hadServer) {
        // Another server's sessions mean nothing here.
        m_model->clear();
        m_statuses.clear();
        m_live->updateFromList({});
        if (m_refresher->isActive())
            m_refresher->refreshNow();
    }
    updateLibraryAccount();
    Q_EMIT endpointChanged(url, m_demo);
}

void SessionMonitor::onRefreshed()
{
    const QList<Session> listed = m_model->sessions();
    QHash<QString, SessionStatus> statuses;
    statuses.reserve(listed.size());
    for (const Session &session : listed) {
        statuses.insert(session.id, session.status);
        const auto before = m_statuses.constFind(session.id);
        if (before != m_statuses.constEnd() && *before != session.status)
            Q_EMIT sessionStatusChanged(session.id, *before, session.status);
    }
    for (auto it = m_statuses.constBegin(); it != m_statuses.constEnd(); ++it) {
        if (!statuses.contains(it.key()))
            Q_EMIT sessionLeftList(it.key());
    }
    m_statuses = std::move(statuses);
    m_live->setKeyAccepted(true);
    m_live->updateFromList(listed);
    m_tasks->update();
    if (!m_details->sessionId().isEmpty())
        followDetails(m_details->sessionId());
}

} // namespace agi
