#include "webhookdispatcher.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cmath>

namespace agi::emu {

namespace {

Q_LOGGING_CATEGORY(lcWebhooks, "agi.emulator.webhooks")

constexpr int kAttemptTimeoutMs = 10000;
constexpr int kMaxAttempts = 3;
constexpr int kFirstBackoffMs = 1000;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

WebhookDispatcher::WebhookDispatcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{ }

void WebhookDispatcher::setAllowRemote(bool allow)
{
    m_allowRemote = allow;
}

void WebhookDispatcher::setSpeed(double speed)
{
    if (speed > 0.0 && std::isfinite(speed))
        m_speed = speed;
}

void WebhookDispatcher::dispatch(const QUrl &url, const QByteArray &eventType, const QJsonObject &body)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        const QString reason
            = QStringLiteral("webhook URL must be http or https: '%1'").arg(url.toDisplayString(QUrl::RemoveUserInfo));
        qCWarning(lcWebhooks).noquote() << reason;
        Q_EMIT failed(url, eventType, reason);
        return;
    }
    // The emulator runs on developer machines and CI: it must not be talked into posting anywhere.
    if (!m_allowRemote && !isLoopbackHost(url.host())) {
        const QString reason
            = QStringLiteral("refused webhook to non-loopback host '%1' (remote webhooks are off)").arg(url.host());
        qCWarning(lcWebhooks).noquote() << reason;
        Q_EMIT failed(url, eventType, reason);
        return;
    }
    attempt(url, eventType, QJsonDocument(body).toJson(QJsonDocument::Compact), 1);
}

void WebhookDispatcher::attempt(const QUrl &url, const QByteArray &eventType, const QByteArray &payload, int attemptNo)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("AgencyAPI-Webhooks/1.0"));
    request.setRawHeader(QByteArrayLiteral("X-Event-Type"), eventType);
    request.setTransferTimeout(kAttemptTimeoutMs);
    // A redirect could lead off loopback; deliveries go exactly where they were asked to.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = m_network->post(request, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, eventType, payload, attemptNo] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 400) {
            qCDebug(lcWebhooks) << "delivered" << eventType << "attempt" << attemptNo << "status" << status;
            Q_EMIT delivered(url, eventType, attemptNo, status);
            return;
        }
        // The transfer timeout aborts the reply, which Qt reports as a cancellation.
        const QString reason = status > 0 ? QStringLiteral("HTTP %1").arg(status)
            : reply->error() == QNetworkReply::OperationCanceledError
            ? QStringLiteral("timed out after %1 s").arg(kAttemptTimeoutMs / 1000)
            : reply->errorString();
        if (attemptNo >= kMaxAttempts) {
            const QString text = QStringLiteral("%1 after %2 attempts").arg(reason).arg(attemptNo);
            qCWarning(lcWebhooks).noquote() << "webhook" << eventType << "failed:" << text;
            Q_EMIT failed(url, eventType, text);
            return;
        }
        const int delayMs = static_cast<int>(kFirstBackoffMs * (1 << (attemptNo - 1)) / m_speed);
        qCDebug(lcWebhooks).noquote() << "webhook" << eventType << "attempt" << attemptNo << "failed (" << reason
                                      << "), retrying in" << delayMs << "ms";
        QTimer::singleShot(delayMs, this,
            [this, url, eventType, payload, attemptNo] { attempt(url, eventType, payload, attemptNo + 1); });
    });
}

} // namespace agi::emu
