#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace agi::emu {

//! Delivers webhook events the way the AGI API documents them: POST with JSON, `X-Event-Type`,
//! `User-Agent: AgencyAPI-Webhooks/1.0`, 10 s per attempt, three attempts with doubling backoff
//! within 30 s. Only loopback targets unless remote delivery is allowed.
class WebhookDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)

public:
    explicit WebhookDispatcher(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setAllowRemote(bool allow);
    //! Delays between attempts are divided by this (tests speed the clock up).
    void setSpeed(double speed);

    //! Posts `body` (already complete: event, timestamp, session, extra fields) to `url`.
    void dispatch(const QUrl &url, const QByteArray &eventType, const QJsonObject &body);

Q_SIGNALS:
    void delivered(const QUrl &url, const QByteArray &eventType, int attempt, int httpStatus);
    void failed(const QUrl &url, const QByteArray &eventType, const QString &reason);

private:
    void attempt(const QUrl &url, const QByteArray &eventType, const QByteArray &payload, int attemptNo);

    QNetworkAccessManager *m_network;
    bool m_allowRemote = false;
    double m_speed = 1.0;
};

} // namespace agi::emu
