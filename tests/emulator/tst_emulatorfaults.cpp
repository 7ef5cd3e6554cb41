// Fault injection as a client meets it, armed from the command-line syntax and the control route,
// and the request log that tests read a client's discipline from.
#include "emulator/faultinjector.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace agi::test;

class TestEmulatorFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void httpStatus_isAnsweredWithoutRunningTheHandler();
    void rateLimit_carriesRetryAfter();
    void times_liftsTheFaultAfterwards();
    void drop_and_truncate_areNetworkErrors();
    void malformedJson();
    void corruptJpeg_keepsTheDataUrlButTheImageFails();
    void hugeImage_claimsEnormousDimensions();
    void latencyAndSlow_stillDeliverTheWholeBody();
    void stall_neverFinishes();
    void controlRoute_armsListsAndClears();
    void configFaults_areArmedAtStart();
    void requestLog_recordsEveryRequest();

private:
    std::unique_ptr<EmulatorFixture> m_fx;
    std::unique_ptr<HttpProbe> m_probe;
    std::unique_ptr<SessionApi> m_api;
    QString m_session;
};

void TestEmulatorFaults::init()
{
    m_fx = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
    m_probe = std::make_unique<HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
    m_api = std::make_unique<SessionApi>(*m_probe);
    m_session = m_api->create().value(QStringLiteral("session_id")).toString();
    QVERIFY(!m_session.isEmpty());
}

void TestEmulatorFaults::cleanup()
{
    m_api.reset();
    m_probe.reset();
    m_fx.reset();
}

void TestEmulatorFaults::httpStatus_isAnsweredWithoutRunningTheHandler()
{
    m_fx->armFault(QStringLiteral("create:http=503,times=1"));
    const ProbeReply failed = m_probe->post(QStringLiteral("/v1/sessions"));
    QCOMPARE(failed.status, 503);
    QVERIFY(!failed.json().object().value(QStringLiteral("detail")).toString().isEmpty());
    QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions")).json().array().size(), 1); // nothing created
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions")).status, 200);
}

void TestEmulatorFaults::rateLimit_carriesRetryAfter()
{
    m_fx->armFault(QStringLiteral("list:http=429,retry-after=7"));
    const ProbeReply limited = m_probe->get(QStringLiteral("/v1/sessions"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
    // Other endpoints are not affected.
    QCOMPARE(m_probe->get(QStringLiteral("/v1/models")).status, 200);
}

void TestEmulatorFaults::times_liftsTheFaultAfterwards()
{
    m_fx->armFault(QStringLiteral("status:http=500,times=2"));
    const QString path = QStringLiteral("/v1/sessions/%1/status").arg(m_session);
    QCOMPARE(m_probe->get(path).status, 500);
    QCOMPARE(m_probe->get(path).status, 500);
    QCOMPARE(m_probe->get(path).status, 200);
}

void TestEmulatorFaults::drop_and_truncate_areNetworkErrors()
{
    const QString path = QStringLiteral("/v1/sessions/%1").arg(m_session);
    // QNetworkAccessManager silently resends an idempotent request once when a reused connection
    // closes without a reply, so the fault must hit both attempts to reach the client.
    m_fx->armFault(QStringLiteral("get:drop,times=2"));
    const ProbeReply dropped = m_probe->get(path);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(dropped.status, 0);

    m_fx->armFault(QStringLiteral("get:truncate,times=1"));
    const ProbeReply truncated = m_probe->get(path);
    QVERIFY(truncated.cutShort());
    QCOMPARE(truncated.status, 200);

    QCOMPARE(m_probe->get(path).status, 200); // recovered
}

void TestEmulatorFaults::malformedJson()
{
    m_fx->armFault(QStringLiteral("list:malformed-json,times=1"));
    const ProbeReply reply = m_probe->get(QStringLiteral("/v1/sessions"));
    QCOMPARE(reply.status, 200);
    QJsonParseError error {};
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestEmulatorFaults::corruptJpeg_keepsTheDataUrlButTheImageFails()
{
    const QByteArray good = m_api->screenshot(m_session).jpeg;
    m_fx->armFault(QStringLiteral("screenshot:corrupt-jpeg,times=1"));
    const QByteArray bad = m_api->screenshot(m_session).jpeg;
    QVERIFY(bad.startsWith("\xFF\xD8\xFF"));
    QVERIFY(bad != good);
    QImage image;
    const bool loaded = image.loadFromData(bad, "JPEG");
    QVERIFY2(!loaded || image != QImage::fromData(good, "JPEG"), "the damaged frame does not show the real page");
    QCOMPARE(m_api->screenshot(m_session).jpeg, good); // times=1: the next frame is whole again
}

void TestEmulatorFaults::hugeImage_claimsEnormousDimensions()
{
    m_fx->armFault(QStringLiteral("screenshot:huge-image,times=1"));
    QByteArray jpeg = m_api->screenshot(m_session).jpeg;
    QBuffer buffer(&jpeg);
    QImageReader reader(&buffer, "JPEG");
    QCOMPARE(reader.size(), QSize(60000, 60000));
}

void TestEmulatorFaults::latencyAndSlow_stillDeliverTheWholeBody()
{
    const QByteArray expected = m_probe->get(QStringLiteral("/v1/models")).body;
    m_fx->armFault(QStringLiteral("models:latency=300,times=1"));
    QCOMPARE(m_probe->get(QStringLiteral("/v1/models")).body, expected);
    m_fx->armFault(QStringLiteral("models:slow=200,times=1"));
    QCOMPARE(m_probe->get(QStringLiteral("/v1/models")).body, expected);
}

void TestEmulatorFaults::stall_neverFinishes()
{
    m_fx->armFault(QStringLiteral("models:stall,times=1"));
    m_probe->setTimeoutMs(1500);
    const ProbeReply stalled = m_probe->get(QStringLiteral("/v1/models"));
    QVERIFY(stalled.timedOut);
    m_probe->setTimeoutMs(15000);
    QCOMPARE(m_probe->get(QStringLiteral("/v1/models")).status, 200);
}

void TestEmulatorFaults::controlRoute_armsListsAndClears()
{
    HttpProbe control(m_fx->baseUrl()); // no key: control routes are outside /v1
    const ProbeReply armed = control.post(QStringLiteral("/_emulator/faults"), "{\"spec\":\"all:http=502\"}");
    QCOMPARE(armed.status, 200);
    QCOMPARE(m_probe->get(QStringLiteral("/v1/models")).status, 502);
    QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions")).status, 502);
    QVERIFY(control.get(QStringLiteral("/_emulator/faults")).body.contains("all:http=502"));

    const ProbeReply bad = control.post(QStringLiteral("/_emulator/faults"), "{\"spec\":\"nowhere:drop\"}");
    QCOMPARE(bad.status, 422);

    QCOMPARE(control.del(QStringLiteral("/_emulator/faults")).status, 200);
    QCOMPARE(m_probe->get(QStringLiteral("/v1/models")).status, 200);
}

void TestEmulatorFaults::configFaults_areArmedAtStart()
{
    auto config = EmulatorFixture::defaults();
    config.faults = {QStringLiteral("models:http=500,times=1")};
    EmulatorFixture fx(config);
    QVERIFY(fx.isRunning());
    HttpProbe probe(fx.baseUrl(), fx.apiKey());
    QCOMPARE(probe.get(QStringLiteral("/v1/models")).status, 500);
    QCOMPARE(probe.get(QStringLiteral("/v1/models")).status, 200);

    config.faults = {QStringLiteral("models:explode")};
    EmulatorFixture broken(config);
    QVERIFY(!broken.isRunning());
    QVERIFY(broken.error().contains(QStringLiteral("explode")));
}

void TestEmulatorFaults::requestLog_recordsEveryRequest()
{
    m_fx->emulator().requests()->clear();
    m_api->screenshot(m_session);
    m_fx->armFault(QStringLiteral("screenshot:drop,times=2"));
    m_api->screenshot(m_session); // dropped, resent once by the client, dropped again
    const QList<agi::emu::RequestRecord> records = m_fx->emulator().requests()->records();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).endpoint, agi::emu::Endpoint::Screenshot);
    QCOMPARE(records.at(0).status, 200);
    QCOMPARE(records.at(0).sessionId, m_session);
    QVERIFY(records.at(0).finishedMs >= records.at(0).startedMs);
    QVERIFY(records.at(1).dropped);
    QVERIFY(records.at(2).dropped);
    QCOMPARE(records.at(2).status, 0);

    const QJsonArray json = HttpProbe(m_fx->baseUrl()).get(QStringLiteral("/_emulator/requests")).json().array();
    QVERIFY(json.size() >= 2);
}

QTEST_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
