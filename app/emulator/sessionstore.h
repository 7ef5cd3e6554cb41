#pragma once

#include "emulatedsession.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace agi::emu {

class FrameRenderer;
class WebhookDispatcher;

//! The live sessions of every user, in creation order, with repeatable ids.
class SessionStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStore)

public:
    struct Request
    {
        QString userId;
        QString agentName = QStringLiteral("agi-0");
        QString goal;
        QString sessionType = QStringLiteral("managed-cdp");
        QUrl webhookUrl;
        QString environmentId; // kept when restoring; generated when empty
    };

    SessionStore(quint32 seed, double speed, const FrameRenderer *renderer, WebhookDispatcher *webhooks,
        QObject *parent = nullptr);
    ~SessionStore() override;

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    //! New sessions start "initializing" and turn ready 400 ms / speed later, so that clients'
    //! handling of that status can be tried; without it they are ready at once, as Part A decides.
    void setSlowStart(bool slow) { m_slowStart = slow; }
    //! Creates a session, ready at once unless slow start is on.
    EmulatedSession *create(const Request &request);
    //! The session with `id` if `userId` owns it.
    EmulatedSession *find(const QString &userId, const QString &id) const;
    EmulatedSession *findAny(const QString &id) const;
    //! Newest first.
    QList<EmulatedSession *> list(const QString &userId) const;
    void remove(EmulatedSession *session);
    int removeAll(const QString &userId);

Q_SIGNALS:
    void created(agi::emu::EmulatedSession *session);

private:
    quint32 m_seed;
    double m_speed;
    const FrameRenderer *m_renderer;
    WebhookDispatcher *m_webhooks;
    QUrl m_baseUrl;
    quint32 m_createdCount = 0;
    bool m_slowStart = false;
    QList<EmulatedSession *> m_sessions; // oldest first
};

} // namespace agi::emu
