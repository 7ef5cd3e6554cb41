#include "emulatedsession.h"

#include "framerenderer.h"
#include "pagefactory.h"
#include "scenariolibrary.h"
#include "scriptedagent.h"
#include "snapshotstore.h"
#include "webhookdispatcher.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <array>
#include <utility>

namespace agi::emu {

namespace {

constexpr qsizetype MaxMessages = 2000;

quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

QJsonArray sortedArray(const QSet<QString> &set)
{
    QStringList list = set.values();
    list.sort();
    return QJsonArray::fromStringList(list);
}

} // namespace

EmulatedSession::EmulatedSession(
    Info info, const FrameRenderer *renderer, WebhookDispatcher *webhooks, double speed, QObject *parent)
    : QObject(parent)
    , m_info(std::move(info))
    , m_renderer(renderer)
    , m_webhooks(webhooks)
    , m_agent(new ScriptedAgent(speed, this))
    , m_page(PageFactory::blank())
{
    connect(m_agent, &ScriptedAgent::stepTaken, this, &EmulatedSession::onStep);
    connect(m_agent, &ScriptedAgent::asked, this, [this](const QString &question) {
        addMessage(QStringLiteral("QUESTION"), question, {{QStringLiteral("origin"), QStringLiteral("agent")}});
        setExec(Exec::WaitingForInput);
        webhook("task.question", {{QStringLiteral("question"), question}, {QStringLiteral("context"), QJsonObject()}});
    });
    connect(m_agent, &ScriptedAgent::finished, this, [this](const QJsonValue &result, int resultCount) {
        addMessage(QStringLiteral("DONE"), result,
            {{QStringLiteral("origin"), QStringLiteral("agent")}, {QStringLiteral("result_count"), resultCount}});
        setExec(Exec::Finished);
        webhook("task.completed",
            {{QStringLiteral("result"),
                QJsonObject {{QStringLiteral("status"), QStringLiteral("success")},
                    {QStringLiteral("message"), QStringLiteral("Task completed successfully")}}}});
        Q_EMIT taskFinished();
    });
    connect(m_agent, &ScriptedAgent::failed, this, [this](const QString &error) {
        addMessage(QStringLiteral("ERROR"), error, {{QStringLiteral("origin"), QStringLiteral("agent")}});
        setExec(Exec::Error);
        webhook("task.error", {{QStringLiteral("error"), error}, {QStringLiteral("details"), QJsonObject()}});
        Q_EMIT taskFinished();
    });
}

EmulatedSession::~EmulatedSession() = default;

QString EmulatedSession::sessionStatus() const
{
    if (m_initializing)
        return QStringLiteral("initializing");
    switch (m_exec) {
    case Exec::Running:
    case Exec::WaitingForInput:
        return QStringLiteral("running");
    case Exec::Paused:
        return QStringLiteral("paused");
    case Exec::Error:
        return QStringLiteral("error");
    case Exec::Ready:
    case Exec::Finished:
        break;
    }
    return QStringLiteral("ready");
}

QString EmulatedSession::execStatus() const
{
    switch (m_exec) {
    case Exec::Running:
        return QStringLiteral("running");
    case Exec::WaitingForInput:
        return QStringLiteral("waiting_for_input");
    case Exec::Paused:
        return QStringLiteral("paused");
    case Exec::Finished:
        return QStringLiteral("finished");
    case Exec::Error:
        return QStringLiteral("error");
    case Exec::Ready:
        break;
    }
    return QStringLiteral("ready");
}

QJsonObject EmulatedSession::toJson() const
{
    QJsonObject json {
        {QStringLiteral("session_id"), m_info.id},
        {QStringLiteral("vnc_url"), m_info.vncUrl},
        {QStringLiteral("agent_name"), m_info.agentName},
        {QStringLiteral("status"), sessionStatus()},
        {QStringLiteral("created_at"), m_info.createdAt},
        {QStringLiteral("environment_id"), m_info.environmentId},
        {QStringLiteral("agent_session_type"), m_info.sessionType},
    };
    if (!m_info.goal.isEmpty())
        json.insert(QStringLiteral("goal"), m_info.goal);
    return json;
}

QJsonObject EmulatedSession::toListItem() const
{
    return QJsonObject {
        {QStringLiteral("session_id"), m_info.id},
        {QStringLiteral("agent_name"), m_info.agentName},
        {QStringLiteral("status"), sessionStatus()},
        {QStringLiteral("created_at"), m_info.createdAt},
    };
}

void EmulatedSession::restore(const Snapshot &snapshot, const QString &banner)
{
    m_restoredFrom = banner;
    m_restoredState = snapshot.browserState;
    for (const QJsonValue host : snapshot.browserState.value(QStringLiteral("visited_sites")).toArray())
        m_visitedHosts.insert(host.toString());
    for (const QJsonValue host : snapshot.browserState.value(QStringLiteral("logged_in")).toArray())
        m_loggedInHosts.insert(host.toString());
    showPage(snapshot.page);
}

void EmulatedSession::startInitializing()
{
    m_initializing = true;
}

void EmulatedSession::becomeReady()
{
    if (!m_initializing)
        return;
    m_initializing = false;
    webhook("session.status_changed",
        {{QStringLiteral("old_status"), QStringLiteral("initializing")},
            {QStringLiteral("new_status"), sessionStatus()}});
    queueGoal();
    startPending();
}

void EmulatedSession::open()
{
    webhook("session.created", {});
    if (m_initializing)
        return;
    queueGoal();
    startPending();
}

void EmulatedSession::sendMessage(const QString &text, const QString &startUrl)
{
    addMessage(QStringLiteral("USER"), text, {{QStringLiteral("origin"), QStringLiteral("user")}});
    if (m_initializing) {
        queueTask(text, startUrl);
        return;
    }
    switch (m_exec) {
    case Exec::Ready:
    case Exec::Finished:
    case Exec::Error:
        startTask(text, startUrl);
        break;
    case Exec::WaitingForInput:
        setExec(Exec::Running);
        addMessage(QStringLiteral("THOUGHT"), QStringLiteral("Got the answer \"%1\". Continuing.").arg(text.left(80)),
            {{QStringLiteral("origin"), QStringLiteral("agent")}});
        m_agent->answer(text);
        break;
    case Exec::Running:
        addMessage(QStringLiteral("THOUGHT"),
            QStringLiteral("Noted the user's message \"%1\"; taking it into account.").arg(text.left(80)),
            {{QStringLiteral("origin"), QStringLiteral("agent")}});
        break;
    case Exec::Paused:
        if (m_beforePause == Exec::WaitingForInput)
            m_pendingAnswer = text;
        else if (m_beforePause != Exec::Running)
            queueTask(text, startUrl);
        break;
    }
}

EmulatedSession::Control EmulatedSession::pause()
{
    if (m_exec == Exec::Paused)
        return Control::AlreadyPaused;
    // Part A: pausing an idle session (before a task, or after it ended) succeeds too, and holds
    // the next task until resume, as the vendor's own example expects.
    m_beforePause = m_exec;
    m_agent->pause();
    setExec(Exec::Paused);
    SessionEvent event;
    event.name = "paused";
    event.data = {{QStringLiteral("text"), QStringLiteral("Session paused")},
        {QStringLiteral("content"), QStringLiteral("Session paused")},
        {QStringLiteral("status"), QStringLiteral("paused")}, {QStringLiteral("timestamp"), isoNow()}};
    Q_EMIT eventOccurred(event);
    return Control::Ok;
}

EmulatedSession::Control EmulatedSession::resume()
{
    if (m_exec != Exec::Paused)
        return Control::NotPaused;
    setExec(m_beforePause);
    m_agent->resume();
    SessionEvent event;
    event.name = "resumed";
    event.data = {{QStringLiteral("text"), QStringLiteral("Session resumed")},
        {QStringLiteral("content"), QStringLiteral("Session resumed")}, {QStringLiteral("status"), execStatus()},
        {QStringLiteral("timestamp"), isoNow()}};
    Q_EMIT eventOccurred(event);
    if (m_exec == Exec::WaitingForInput && !m_pendingAnswer.isEmpty()) {
        const QString answer = std::exchange(m_pendingAnswer, QString());
        setExec(Exec::Running);
        m_agent->answer(answer);
    }
    startPending();
    return Control::Ok;
}

void EmulatedSession::cancel()
{
    const bool working
        = m_exec == Exec::Running || m_exec == Exec::WaitingForInput || (m_exec == Exec::Paused && m_agent->isActive());
    const bool hadTask = working || m_hasPendingTask;
    if (!hadTask && m_exec != Exec::Paused)
        return;
    m_agent->cancel();
    m_pendingAnswer.clear();
    m_hasPendingTask = false;
    m_pendingTask.clear();
    m_pendingStartUrl.clear();
    setExec(Exec::Ready);
    if (hadTask)
        addMessage(QStringLiteral("LOG"), QStringLiteral("Task cancelled by user"),
            {{QStringLiteral("origin"), QStringLiteral("control")}});
}

void EmulatedSession::navigate(const QString &address)
{
    showPage(PageFactory::generic(address, m_info.seed ^ stableHash(address)));
}

void EmulatedSession::scrollTo(int pixels)
{
    m_page.scroll = pixels;
}

void EmulatedSession::terminate()
{
    cancel();
    webhook("session.deleted", {});
    Q_EMIT closing();
}

QByteArray EmulatedSession::jpeg()
{
    if (m_cachedJpeg.isEmpty() || !(m_cachedView == m_page)) {
        m_cachedView = m_page;
        m_cachedJpeg = m_renderer->renderJpeg(m_page);
        m_cachedDataUrl = "data:image/jpeg;base64," + m_cachedJpeg.toBase64();
    }
    return m_cachedJpeg;
}

QByteArray EmulatedSession::dataUrl()
{
    jpeg();
    return m_cachedDataUrl;
}

QList<AgentMessage> EmulatedSession::messages(qint64 afterId, bool sanitize) const
{
    QList<AgentMessage> result;
    for (const AgentMessage &message : m_messages) {
        if (message.id > afterId && !(sanitize && message.isSystem()))
            result.append(message);
    }
    return result;
}

QJsonObject EmulatedSession::browserState() const
{
    return QJsonObject {{QStringLiteral("visited_sites"), sortedArray(m_visitedHosts)},
        {QStringLiteral("logged_in"), sortedArray(m_loggedInHosts)},
        {QStringLiteral("cookies"), m_visitedHosts.size() * 3}};
}

void EmulatedSession::startTask(const QString &text, const QString &startUrl)
{
    ++m_taskCount;
    const std::array<quint32, 2> seedParts {m_info.seed, m_taskCount};
    QRandomGenerator generator(seedParts.data(), seedParts.data() + seedParts.size());
    Scenario scenario = ScenarioLibrary::build(text, startUrl, generator.generate(), QDate::currentDate());
    m_pendingAnswer.clear();
    setExec(Exec::Running);
    webhook("task.started", {{QStringLiteral("message"), text}});
    addMessage(QStringLiteral("LOG"),
        QStringLiteral("task accepted: scenario=%1 steps=%2").arg(scenario.kind).arg(scenario.steps.size()),
        {{QStringLiteral("origin"), QStringLiteral("system")}});
    m_agent->start(std::move(scenario));
}

void EmulatedSession::queueTask(const QString &text, const QString &startUrl)
{
    if (m_hasPendingTask)
        return; // the first task wins; later messages are context the agent will read
    m_hasPendingTask = true;
    m_pendingTask = text;
    m_pendingStartUrl = startUrl;
}

void EmulatedSession::queueGoal()
{
    if (m_info.goal.isEmpty() || m_hasPendingTask)
        return;
    addMessage(QStringLiteral("USER"), m_info.goal, {{QStringLiteral("origin"), QStringLiteral("user")}});
    queueTask(m_info.goal, {});
}

void EmulatedSession::startPending()
{
    if (!m_hasPendingTask || m_initializing || m_exec == Exec::Paused)
        return;
    m_hasPendingTask = false;
    startTask(std::exchange(m_pendingTask, QString()), std::exchange(m_pendingStartUrl, QString()));
}

const AgentMessage &EmulatedSession::addMessage(
    const QString &type, const QJsonValue &content, const QJsonObject &metadata)
{
    AgentMessage message;
    message.id = m_nextMessageId++;
    message.type = type;
    message.content = content;
    message.timestamp = isoNow();
    message.metadata = metadata;
    m_messages.append(message);
    if (m_messages.size() > MaxMessages)
        m_messages.remove(0, m_messages.size() - MaxMessages);
    Q_EMIT eventOccurred(SessionEvent::fromMessage(message));
    return m_messages.constLast();
}

void EmulatedSession::setExec(Exec exec)
{
    const QString before = sessionStatus();
    m_exec = exec;
    const QString after = sessionStatus();
    if (before != after)
        webhook(
            "session.status_changed", {{QStringLiteral("old_status"), before}, {QStringLiteral("new_status"), after}});
}

void EmulatedSession::showPage(PageView page)
{
    page.restoredFrom = m_restoredFrom;
    const QString scheme = page.url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        m_visitedHosts.insert(page.url.host());
    m_page = std::move(page);
}

void EmulatedSession::webhook(const QByteArray &event, const QJsonObject &extra)
{
    if (!m_webhooks || !m_info.webhookUrl.isValid() || m_info.webhookUrl.isEmpty())
        return;
    QJsonObject body = extra;
    body.insert(QStringLiteral("event"), QString::fromLatin1(event));
    body.insert(QStringLiteral("timestamp"), isoNow());
    body.insert(QStringLiteral("session"),
        QJsonObject {{QStringLiteral("id"), m_info.id}, {QStringLiteral("status"), sessionStatus()},
            {QStringLiteral("agent_name"), m_info.agentName}, {QStringLiteral("created_at"), m_info.createdAt},
            {QStringLiteral("vnc_url"), m_info.vncUrl}});
    m_webhooks->dispatch(m_info.webhookUrl, event, body);
}

void EmulatedSession::onStep(int number, const ScenarioStep &step)
{
    showPage(step.page);
    if (step.page.layout == PageView::Layout::Form && step.action == QLatin1String("click"))
        m_loggedInHosts.insert(step.page.url.host());
    SessionEvent event;
    event.name = "step";
    event.data = {{QStringLiteral("step"), number}, {QStringLiteral("action"), step.action},
        {QStringLiteral("url"), step.page.address()}, {QStringLiteral("title"), step.page.title},
        {QStringLiteral("text"), step.description}, {QStringLiteral("content"), step.description}};
    Q_EMIT eventOccurred(event);
    if (!step.thought.isEmpty())
        addMessage(QStringLiteral("THOUGHT"), step.thought, {{QStringLiteral("origin"), QStringLiteral("agent")}});
    if (!step.log.isEmpty())
        addMessage(QStringLiteral("LOG"), step.log, {{QStringLiteral("origin"), QStringLiteral("system")}});
}

} // namespace agi::emu
