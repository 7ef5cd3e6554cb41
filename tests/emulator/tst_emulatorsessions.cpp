// The emulator's session endpoints over real HTTP: create, list, get, delete, auth and validation.
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace agi::test;

class TestEmulatorSessions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void create_returnsDocumentedSessionObject();
    void create_emptyBodyWithJsonContentType_usesDefaults();
    void create_isReadyAndAMessageStartsTheTaskAtOnce();
    void create_withGoal_startsTheGoalAtOnce();
    void slowStart_initializingThenTheQueuedTaskStarts();
    void list_isBareArrayNewestFirst();
    void get_unknownSession_is404WithDetail();
    void delete_removesSessionEverywhere();
    void delete_unknownSession_isSuccessNotDeleted();
    void deleteAll_emptiesTheList();
    void auth_missingOrUnknownKey_is401();
    void auth_revokedKey_is403();
    void auth_otherUsersSession_isNotFound();
    void routing_unknownPathAndWrongMethod();
    void validation_data();
    void validation();
    void models_listsAgentModels();
    void models_desktopFilter_listsDesktopModels();
    void sessionType_isEchoedAndKept();
    void sessionType_desktopOrExternal_is422SayingWhy();

private:
    std::unique_ptr<EmulatorFixture> m_fx;
    std::unique_ptr<HttpProbe> m_probe;
};

void TestEmulatorSessions::init()
{
    auto config = EmulatorFixture::defaults();
    config.keys << QStringLiteral("second-key");
    config.revokedKeys = {QStringLiteral("revoked-key")};
    m_fx = std::make_unique<EmulatorFixture>(config);
    QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
    m_probe = std::make_unique<HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
}

void TestEmulatorSessions::cleanup()
{
    m_probe.reset();
    m_fx.reset();
}

void TestEmulatorSessions::create_returnsDocumentedSessionObject()
{
    const QByteArray body
        = "{\"agent_name\":\"agi-0-fast\",\"webhook_url\":\"http://127.0.0.1:9/hook\",\"max_steps\":50,"
          "\"agent_session_type\":\"managed-cdp\",\"some_future_field\":true}";
    const ProbeReply reply = m_probe->post(QStringLiteral("/v1/sessions"), body);
    QCOMPARE(reply.status, 200);
    const QJsonObject session = reply.json().object();
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(session.value(QStringLiteral("session_id")).toString()).hasMatch(),
        qPrintable(session.value(QStringLiteral("session_id")).toString()));
    QCOMPARE(session.value(QStringLiteral("agent_name")).toString(), QStringLiteral("agi-0-fast"));
    QVERIFY(session.value(QStringLiteral("vnc_url")).toString().startsWith(m_fx->baseUrl().toString()));
    QVERIFY(uuid.match(session.value(QStringLiteral("environment_id")).toString()).hasMatch());
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QVERIFY(iso.match(session.value(QStringLiteral("created_at")).toString()).hasMatch());
    // Part A: the documented example answers "ready", and the SDKs' live tests expect it.
    QCOMPARE(session.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    QCOMPARE(session.value(QStringLiteral("agent_session_type")).toString(), QStringLiteral("managed-cdp"));
}

void TestEmulatorSessions::create_emptyBodyWithJsonContentType_usesDefaults()
{
    const ProbeReply reply = m_probe->post(QStringLiteral("/v1/sessions"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().object().value(QStringLiteral("agent_name")).toString(), QStringLiteral("agi-0"));
}

void TestEmulatorSessions::create_isReadyAndAMessageStartsTheTaskAtOnce()
{
    SessionApi api(*m_probe);
    const QString id = api.create().value(QStringLiteral("session_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(api.sessionStatus(id), QStringLiteral("ready"));
    QCOMPARE(api.executionStatus(id), QStringLiteral("ready"));
    // Sent right after create, the task runs at once: no window where it is accepted but idle.
    QCOMPARE(api.sendMessage(id, QStringLiteral("find flights to Lisbon")).status, 200);
    QCOMPARE(api.executionStatus(id), QStringLiteral("running"));
    QCOMPARE(api.sessionStatus(id), QStringLiteral("running"));
}

void TestEmulatorSessions::create_withGoal_startsTheGoalAtOnce()
{
    SessionApi api(*m_probe);
    const QJsonObject session = api.create({{QStringLiteral("goal"), QStringLiteral("find flights to Lisbon")}});
    const QString id = session.value(QStringLiteral("session_id")).toString();
    QCOMPARE(session.value(QStringLiteral("goal")).toString(), QStringLiteral("find flights to Lisbon"));
    QCOMPARE(api.executionStatus(id), QStringLiteral("running"));
    QCOMPARE(api.messages(id).at(0).toObject().value(QStringLiteral("content")).toString(),
        QStringLiteral("find flights to Lisbon"));
}

void TestEmulatorSessions::slowStart_initializingThenTheQueuedTaskStarts()
{
    auto config = EmulatorFixture::defaults();
    config.slowStart = true;
    EmulatorFixture fx(config);
    QVERIFY2(fx.isRunning(), qPrintable(fx.error()));
    HttpProbe probe(fx.baseUrl(), fx.apiKey());
    SessionApi api(probe);
    const QJsonObject session = api.create();
    const QString id = session.value(QStringLiteral("session_id")).toString();
    QCOMPARE(session.value(QStringLiteral("status")).toString(), QStringLiteral("initializing"));
    // A task sent while initializing is kept and starts once the session is ready, never lost.
    QCOMPARE(api.sendMessage(id, QStringLiteral("find flights to Lisbon")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(api.executionStatus(id), QStringLiteral("running"), 5000);
    QCOMPARE(api.sessionStatus(id), QStringLiteral("running"));
    QTRY_COMPARE_WITH_TIMEOUT(api.executionStatus(id), QStringLiteral("finished"), 20000);
}

void TestEmulatorSessions::list_isBareArrayNewestFirst()
{
    SessionApi api(*m_probe);
    const QString first = api.create().value(QStringLiteral("session_id")).toString();
    const QString second = api.create().value(QStringLiteral("session_id")).toString();
    const ProbeReply reply = m_probe->get(QStringLiteral("/v1/sessions"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().isArray());
    const QJsonArray list = reply.json().array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("session_id")).toString(), second);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("session_id")).toString(), first);
    for (const QString &key : {QStringLiteral("agent_name"), QStringLiteral("status"), QStringLiteral("created_at")})
        QVERIFY2(list.at(0).toObject().contains(key), qPrintable(key));
}

void TestEmulatorSessions::get_unknownSession_is404WithDetail()
{
    const ProbeReply reply = m_probe->get(QStringLiteral("/v1/sessions/00000000-0000-4000-8000-000000000000"));
    QCOMPARE(reply.status, 404);
    QVERIFY(!reply.json().object().value(QStringLiteral("detail")).toString().isEmpty());
}

void TestEmulatorSessions::delete_removesSessionEverywhere()
{
    SessionApi api(*m_probe);
    const QString id = api.create().value(QStringLiteral("session_id")).toString();
    const ProbeReply reply = m_probe->del(QStringLiteral("/v1/sessions/") + id);
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.json().object();
    QCOMPARE(result.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions")).json().array().size(), 0);
    for (const QString &tail :
        {QString(), QStringLiteral("/status"), QStringLiteral("/messages"), QStringLiteral("/screenshot")})
        QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions/") + id + tail).status, 404);
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/pause").arg(id)).status, 404);
    const QJsonObject again = m_probe->del(QStringLiteral("/v1/sessions/") + id).json().object();
    QCOMPARE(again.value(QStringLiteral("deleted")).toBool(), false);
}

void TestEmulatorSessions::delete_unknownSession_isSuccessNotDeleted()
{
    const ProbeReply reply = m_probe->del(QStringLiteral("/v1/sessions/00000000-0000-4000-8000-000000000000"));
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.json().object();
    QCOMPARE(result.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("message")).toString(), QStringLiteral("Session not found"));
}

void TestEmulatorSessions::deleteAll_emptiesTheList()
{
    SessionApi api(*m_probe);
    api.create();
    api.create();
    const ProbeReply reply = m_probe->del(QStringLiteral("/v1/sessions"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().object().value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions")).json().array().size(), 0);
    QCOMPARE(
        m_probe->del(QStringLiteral("/v1/sessions")).json().object().value(QStringLiteral("deleted")).toBool(), false);
}

void TestEmulatorSessions::auth_missingOrUnknownKey_is401()
{
    HttpProbe anonymous(m_fx->baseUrl());
    const ProbeReply missing = anonymous.get(QStringLiteral("/v1/sessions"));
    QCOMPARE(missing.status, 401);
    QVERIFY(!missing.json().object().value(QStringLiteral("detail")).toString().isEmpty());
    HttpProbe wrong(m_fx->baseUrl(), "not-a-key");
    QCOMPARE(wrong.get(QStringLiteral("/v1/models")).status, 401);
    QCOMPARE(wrong.post(QStringLiteral("/v1/sessions")).status, 401);
}

void TestEmulatorSessions::auth_revokedKey_is403()
{
    HttpProbe revoked(m_fx->baseUrl(), "revoked-key");
    QCOMPARE(revoked.get(QStringLiteral("/v1/sessions")).status, 403);
}

void TestEmulatorSessions::auth_otherUsersSession_isNotFound()
{
    SessionApi api(*m_probe);
    const QString id = api.create().value(QStringLiteral("session_id")).toString();
    HttpProbe other(m_fx->baseUrl(), "second-key");
    QCOMPARE(other.get(QStringLiteral("/v1/sessions/") + id).status, 404);
    QCOMPARE(other.get(QStringLiteral("/v1/sessions")).json().array().size(), 0);
    QCOMPARE(other.del(QStringLiteral("/v1/sessions/") + id).json().object().value(QStringLiteral("deleted")).toBool(),
        false);
    QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions/") + id).status, 200);
}

void TestEmulatorSessions::routing_unknownPathAndWrongMethod()
{
    QCOMPARE(m_probe->get(QStringLiteral("/v1/nothing-here")).status, 404);
    const ProbeReply wrongMethod = m_probe->send("PUT", QStringLiteral("/v1/sessions"), {}, {});
    QCOMPARE(wrongMethod.status, 405);
}

void TestEmulatorSessions::validation_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("bad agent") << QByteArray("POST") << QStringLiteral("/v1/sessions") << QString()
                               << QByteArray("{\"agent_name\":\"gpt-9\"}") << 422;
    QTest::newRow("agent not a string") << QByteArray("POST") << QStringLiteral("/v1/sessions") << QString()
                                        << QByteArray("{\"agent_name\":7}") << 422;
    QTest::newRow("webhook scheme") << QByteArray("POST") << QStringLiteral("/v1/sessions") << QString()
                                    << QByteArray("{\"webhook_url\":\"ftp://x/y\"}") << 422;
    QTest::newRow("webhook too long") << QByteArray("POST") << QStringLiteral("/v1/sessions") << QString()
                                      << (QByteArray("{\"webhook_url\":\"http://127.0.0.1/") + QByteArray(2100, 'a')
                                             + QByteArray("\"}"))
                                      << 422;
    QTest::newRow("body not json") << QByteArray("POST") << QStringLiteral("/v1/sessions") << QString()
                                   << QByteArray("{not json") << 422;
    QTest::newRow("body an array") << QByteArray("POST") << QStringLiteral("/v1/sessions") << QString()
                                   << QByteArray("[1,2]") << 422;
    QTest::newRow("models bad filter") << QByteArray("GET") << QStringLiteral("/v1/models")
                                       << QStringLiteral("filter=mobile") << QByteArray() << 422;
}

void TestEmulatorSessions::validation()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    const ProbeReply reply = m_probe->send(verb, path, query, body);
    QCOMPARE(reply.status, status);
    const QJsonValue detail = reply.json().object().value(QStringLiteral("detail"));
    QVERIFY2(detail.isArray() || detail.isString(), reply.body.constData());
    if (status == 422 && detail.isArray()) {
        const QJsonObject first = detail.toArray().at(0).toObject();
        QVERIFY(first.contains(QStringLiteral("loc")));
        QVERIFY(!first.value(QStringLiteral("msg")).toString().isEmpty());
        QVERIFY(!first.value(QStringLiteral("type")).toString().isEmpty());
    }
    // Nothing was created by a rejected request.
    QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions")).json().array().size(), 0);
}

void TestEmulatorSessions::models_listsAgentModels()
{
    const ProbeReply reply = m_probe->get(QStringLiteral("/v1/models"));
    QCOMPARE(reply.status, 200);
    const QJsonArray models = reply.json().object().value(QStringLiteral("models")).toArray();
    QVERIFY(models.contains(QStringLiteral("agi-0")));
    QVERIFY(models.contains(QStringLiteral("agi-0-fast")));
    QCOMPARE(m_probe->get(QStringLiteral("/v1/models"), QStringLiteral("filter=cdp")).status, 200);
}

void TestEmulatorSessions::models_desktopFilter_listsDesktopModels()
{
    const ProbeReply reply = m_probe->get(QStringLiteral("/v1/models"), QStringLiteral("filter=desktop"));
    QCOMPARE(reply.status, 200);
    const QJsonArray models = reply.json().object().value(QStringLiteral("models")).toArray();
    QCOMPARE(models, (QJsonArray {QStringLiteral("agi-2-claude"), QStringLiteral("agi-2-qwen")}));
}

void TestEmulatorSessions::sessionType_isEchoedAndKept()
{
    SessionApi api(*m_probe);
    const QJsonObject plain = api.create();
    QCOMPARE(plain.value(QStringLiteral("agent_session_type")).toString(), QStringLiteral("managed-cdp"));
    const QJsonObject managed = api.create({{QStringLiteral("agent_session_type"), QStringLiteral("managed-cdp")}});
    QCOMPARE(managed.value(QStringLiteral("agent_session_type")).toString(), QStringLiteral("managed-cdp"));
    const QString id = managed.value(QStringLiteral("session_id")).toString();
    const QJsonObject got = m_probe->get(QStringLiteral("/v1/sessions/") + id).json().object();
    QCOMPARE(got.value(QStringLiteral("agent_session_type")).toString(), QStringLiteral("managed-cdp"));
}

void TestEmulatorSessions::sessionType_desktopOrExternal_is422SayingWhy()
{
    for (const QByteArray &type : {QByteArray("desktop"), QByteArray("external-cdp")}) {
        const ProbeReply reply = m_probe->post(QStringLiteral("/v1/sessions"),
            "{\"agent_session_type\":\"" + type + "\",\"agent_name\":\"agi-2-claude\"}");
        QCOMPARE(reply.status, 422);
        const QJsonObject error = reply.json().object().value(QStringLiteral("detail")).toArray().at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("loc")).toArray().last().toString(), QStringLiteral("agent_session_type"));
        QVERIFY2(
            error.value(QStringLiteral("msg")).toString().contains(QString::fromLatin1(type) + QStringLiteral("' ")),
            reply.body.constData());
        QVERIFY(error.value(QStringLiteral("msg")).toString().contains(QStringLiteral("not served")));
    }
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions"), "{\"agent_session_type\":\"mobile\"}").status, 422);
    QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions")).json().array().size(), 0);
}

QTEST_MAIN(TestEmulatorSessions)
#include "tst_emulatorsessions.moc"
