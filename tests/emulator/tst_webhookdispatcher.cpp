// WebhookDispatcher against a loopback receiver: headers, body, retries, and the loopback-only rule.
#include "emulator/webhookdispatcher.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using agi::emu::WebhookDispatcher;

namespace {

constexpr int kTimeoutMs = 10000;

// Records every POST and answers with the next status from a script (200 once the script runs out).
class Receiver final : public QAbstractHttpServer
{
public:
    struct Hit
    {
        QByteArray method;
        QByteArray contentType;
        QByteArray eventType;
        QByteArray userAgent;
        QByteArray body;
    };

    QList<QHttpServerResponder::StatusCode> script;
    QList<Hit> hits;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        hits.append({request.method() == QHttpServerRequest::Method::Post ? QByteArrayLiteral("POST")
                                                                          : QByteArrayLiteral("other"),
            request.value(QByteArrayLiteral("content-type")), request.value(QByteArrayLiteral("x-event-type")),
            request.value(QByteArrayLiteral("user-agent")), request.body()});
        const auto status = script.isEmpty() ? QHttpServerResponder::StatusCode::Ok : script.takeFirst();
        makeResponder(request, socket).write(QByteArrayLiteral("{}"), QByteArrayLiteral("application/json"), status);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }
};

QJsonObject sampleEvent()
{
    return QJsonObject {
        {QStringLiteral("event"), QStringLiteral("task.completed")},
        {QStringLiteral("timestamp"), QStringLiteral("2024-01-15T10:35:00.000Z")},
        {QStringLiteral("session"), QJsonObject {{QStringLiteral("id"), QStringLiteral("s1")}}},
        {QStringLiteral("result"), QJsonObject {{QStringLiteral("status"), QStringLiteral("success")}}},
    };
}

} // namespace

class TestWebhookDispatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void retriesAfterServerErrorThenDelivers();
    void givesUpAfterThreeAttempts();
    void remoteTargetIsRefusedWithoutConnecting();
    void remoteAllowedIsAttempted();
    void nonHttpTargetIsRefused();

private:
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    QUrl m_url;
};

void TestWebhookDispatcher::init()
{
    m_receiver = std::make_unique<Receiver>();
    const quint16 port = m_receiver->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_dispatcher = std::make_unique<WebhookDispatcher>(m_network.get());
    m_dispatcher->setSpeed(100.0); // 10 ms and 20 ms between attempts
}

void TestWebhookDispatcher::cleanup()
{
    m_dispatcher.reset();
    m_network.reset();
    m_receiver.reset();
}

void TestWebhookDispatcher::retriesAfterServerErrorThenDelivers()
{
    m_receiver->script = {QHttpServerResponder::StatusCode::InternalServerError};
    QSignalSpy delivered(m_dispatcher.get(), &WebhookDispatcher::delivered);
    QSignalSpy failed(m_dispatcher.get(), &WebhookDispatcher::failed);

    m_dispatcher->dispatch(m_url, QByteArrayLiteral("task.completed"), sampleEvent());
    QVERIFY(delivered.wait(kTimeoutMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(delivered.constFirst().at(0).toUrl(), m_url);
    QCOMPARE(delivered.constFirst().at(1).toByteArray(), QByteArrayLiteral("task.completed"));
    QCOMPARE(delivered.constFirst().at(2).toInt(), 2);
    QCOMPARE(delivered.constFirst().at(3).toInt(), 200);

    QCOMPARE(m_receiver->hits.size(), 2);
    for (const Receiver::Hit &hit : std::as_const(m_receiver->hits)) {
        QCOMPARE(hit.method, QByteArrayLiteral("POST"));
        QCOMPARE(hit.contentType, QByteArrayLiteral("application/json"));
        QCOMPARE(hit.eventType, QByteArrayLiteral("task.completed"));
        QCOMPARE(hit.userAgent, QByteArrayLiteral("AgencyAPI-Webhooks/1.0"));
        QCOMPARE(QJsonDocument::fromJson(hit.body).object(), sampleEvent());
    }
}

void TestWebhookDispatcher::givesUpAfterThreeAttempts()
{
    m_receiver->script
        = {QHttpServerResponder::StatusCode::ServiceUnavailable, QHttpServerResponder::StatusCode::BadGateway,
            QHttpServerResponder::StatusCode::NotFound, QHttpServerResponder::StatusCode::Ok};
    QSignalSpy delivered(m_dispatcher.get(), &WebhookDispatcher::delivered);
    QSignalSpy failed(m_dispatcher.get(), &WebhookDispatcher::failed);

    m_dispatcher->dispatch(m_url, QByteArrayLiteral("session.created"), sampleEvent());
    QVERIFY(failed.wait(kTimeoutMs));
    QCOMPARE(delivered.count(), 0);
    QCOMPARE(m_receiver->hits.size(), 3);
    const QString reason = failed.constFirst().at(2).toString();
    QVERIFY2(reason.contains(QLatin1String("404")) && reason.contains(QLatin1String("3 attempts")), qPrintable(reason));
}

void TestWebhookDispatcher::remoteTargetIsRefusedWithoutConnecting()
{
    QSignalSpy failed(m_dispatcher.get(), &WebhookDispatcher::failed);
    QSignalSpy delivered(m_dispatcher.get(), &WebhookDispatcher::delivered);
    // A proxy that must never be used: any connection attempt would go there and show up as a hit.
    m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_url.port()));

    const QUrl remote(QStringLiteral("http://10.1.2.3/hook"));
    m_dispatcher->dispatch(remote, QByteArrayLiteral("task.started"), sampleEvent());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().at(0).toUrl(), remote);
    QVERIFY(failed.constFirst().at(2).toString().contains(QLatin1String("10.1.2.3")));

    // A delivery to the loopback receiver is the sync point: had the refused one gone out, it would
    // have reached the proxy first.
    m_dispatcher->dispatch(m_url, QByteArrayLiteral("session.created"), sampleEvent());
    QVERIFY(delivered.wait(kTimeoutMs));
    QCOMPARE(m_receiver->hits.size(), 1);
    QCOMPARE(m_receiver->hits.constFirst().eventType, QByteArrayLiteral("session.created"));
    QCOMPARE(failed.count(), 1);
}

void TestWebhookDispatcher::remoteAllowedIsAttempted()
{
    // With remote delivery allowed the refusal goes away; the proxy stands in for the remote host.
    m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_url.port()));
    m_dispatcher->setAllowRemote(true);
    QSignalSpy delivered(m_dispatcher.get(), &WebhookDispatcher::delivered);
    m_dispatcher->dispatch(
        QUrl(QStringLiteral("http://10.1.2.3/hook")), QByteArrayLiteral("session.deleted"), sampleEvent());
    QVERIFY(delivered.wait(kTimeoutMs));
    QCOMPARE(m_receiver->hits.size(), 1);
    QCOMPARE(m_receiver->hits.constFirst().eventType, QByteArrayLiteral("session.deleted"));
}

void TestWebhookDispatcher::nonHttpTargetIsRefused()
{
    QSignalSpy failed(m_dispatcher.get(), &WebhookDispatcher::failed);
    m_dispatcher->dispatch(
        QUrl(QStringLiteral("ftp://127.0.0.1/hook")), QByteArrayLiteral("task.error"), sampleEvent());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.constFirst().at(2).toString().contains(QLatin1String("http")));
}

QTEST_GUILESS_MAIN(TestWebhookDispatcher)
#include "tst_webhookdispatcher.moc"
