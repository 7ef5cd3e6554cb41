#pragma once

#include "agentmessage.h"
#include "pageview.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

namespace agi::emu {

class FrameRenderer;
class ScriptedAgent;
class WebhookDispatcher;
struct ScenarioStep;
struct Snapshot;

//! One emulated agent session: its lifecycle and execution status, its message log, the page its
//! browser shows (with a cached JPEG) and the scripted agent working on its task.
class EmulatedSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatedSession)

public:
    enum class Exec {
        Ready,
        Running,
        WaitingForInput,
        Paused,
        Finished,
        Error
    };
    enum class Control {
        Ok,
        AlreadyPaused,
        NotPaused
    };

    struct Info
    {
        QString id;
        QString userId;
        QString agentName;
        QString environmentId;
        QString createdAt;
        QString goal;
        QString sessionType; // agent_session_type, echoed as the SDKs read it
        QString vncUrl;
        QUrl webhookUrl;
        quint32 seed = 0;
    };

    EmulatedSession(
        Info info, const FrameRenderer *renderer, WebhookDispatcher *webhooks, double speed, QObject *parent = nullptr);
    ~EmulatedSession() override;

    const Info &info() const { return m_info; }
    const QString &id() const { return m_info.id; }
    QString sessionStatus() const;
    QString execStatus() const;
    Exec exec() const { return m_exec; }
    bool taskEnded() const { return m_exec == Exec::Finished || m_exec == Exec::Error; }

    QJsonObject toJson() const;
    QJsonObject toListItem() const;

    //! Starts on the snapshot's page; every frame carries `banner`.
    void restore(const Snapshot &snapshot, const QString &banner);
    //! Slow start only: the session says "initializing" until becomeReady().
    void startInitializing();
    //! The end of "initializing": a task sent meanwhile (or the goal) starts now.
    void becomeReady();
    //! Announces the new session (session.created) and, once it is ready, starts its goal.
    void open();
    void sendMessage(const QString &text, const QString &startUrl);
    //! Also pauses an idle session: a task sent meanwhile waits for resume().
    Control pause();
    Control resume();
    void cancel();
    //! Shows `address`, kept exactly as the client sent it.
    void navigate(const QString &address);
    //! Scrolls the page shown to `pixels` from its top: a new frame, the same address and title.
    void scrollTo(int pixels);
    //! Cancels a running task and tells streams to close; the session is deleted after this.
    void terminate();

    const PageView &page() const { return m_page; }
    QByteArray jpeg();
    QByteArray dataUrl();
    QList<AgentMessage> messages(qint64 afterId, bool sanitize) const;
    QJsonObject browserState() const;

Q_SIGNALS:
    void eventOccurred(const agi::emu::SessionEvent &event);
    void taskFinished();
    void closing();

private:
    void startTask(const QString &text, const QString &startUrl);
    void queueTask(const QString &text, const QString &startUrl);
    void queueGoal();
    //! Starts the queued task unless the session is still initializing or paused.
    void startPending();
    const AgentMessage &addMessage(const QString &type, const QJsonValue &content, const QJsonObject &metadata);
    void setExec(Exec exec);
    void showPage(PageView page);
    void webhook(const QByteArray &event, const QJsonObject &extra);
    void onStep(int number, const ScenarioStep &step);

    Info m_info;
    const FrameRenderer *m_renderer;
    WebhookDispatcher *m_webhooks;
    ScriptedAgent *m_agent;
    bool m_initializing = false;
    Exec m_exec = Exec::Ready;
    Exec m_beforePause = Exec::Running;
    QList<AgentMessage> m_messages;
    qint64 m_nextMessageId = 1;
    quint32 m_taskCount = 0;
    QString m_pendingTask;
    QString m_pendingStartUrl;
    bool m_hasPendingTask = false;
    QString m_pendingAnswer;
    PageView m_page;
    QString m_restoredFrom;
    QSet<QString> m_visitedHosts;
    QSet<QString> m_loggedInHosts;
    QJsonObject m_restoredState;
    PageView m_cachedView;
    QByteArray m_cachedJpeg;
    QByteArray m_cachedDataUrl;
};

} // namespace agi::emu
