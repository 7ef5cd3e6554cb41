// Snapshots: saving on DELETE and every restore path on create, with their errors.
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace agi::test;

class TestEmulatorSnapshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void saveAsDefault_thenRestoreDefault_startsOnSavedPageMarked();
    void restoreFromSession_andFromEnvironment();
    void withoutRestore_startsBlank();
    void restore_unknownSession_is404();
    void restore_unknownEnvironment_createsAFreshSession();
    void restoreDefault_noneSaved_is404();
    void deleteParameters_validation_data();
    void deleteParameters_validation();
    void deleteWithoutSaving_keepsNoSnapshot();

private:
    //! A session that navigated to `url` (so its snapshot has a page to restore).
    QJsonObject sessionOn(const QString &url);
    QJsonObject restoreWith(const QJsonObject &body, int expectedStatus = 200);

    std::unique_ptr<EmulatorFixture> m_fx;
    std::unique_ptr<HttpProbe> m_probe;
    std::unique_ptr<SessionApi> m_api;
};

void TestEmulatorSnapshots::init()
{
    m_fx = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
    m_probe = std::make_unique<HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
    m_api = std::make_unique<SessionApi>(*m_probe);
}

void TestEmulatorSnapshots::cleanup()
{
    m_api.reset();
    m_probe.reset();
    m_fx.reset();
}

QJsonObject TestEmulatorSnapshots::sessionOn(const QString &url)
{
    const QJsonObject session = m_api->create();
    const QString id = session.value(QStringLiteral("session_id")).toString();
    const QJsonObject body {{QStringLiteral("url"), url}};
    m_probe->post(QStringLiteral("/v1/sessions/%1/navigate").arg(id), QJsonDocument(body).toJson());
    return session;
}

QJsonObject TestEmulatorSnapshots::restoreWith(const QJsonObject &body, int expectedStatus)
{
    const ProbeReply reply = m_probe->post(QStringLiteral("/v1/sessions"), QJsonDocument(body).toJson());
    if (reply.status != expectedStatus) {
        qWarning() << "create answered" << reply.status << reply.body;
        return {};
    }
    return reply.json().object();
}

void TestEmulatorSnapshots::saveAsDefault_thenRestoreDefault_startsOnSavedPageMarked()
{
    const QJsonObject source = sessionOn(QStringLiteral("https://mail.example.com/inbox"));
    const QString sourceId = source.value(QStringLiteral("session_id")).toString();

    const ProbeReply deleted = m_probe->del(QStringLiteral("/v1/sessions/") + sourceId,
        QStringLiteral("save_snapshot_mode=filesystem&save_as_default=true"));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().object().value(QStringLiteral("deleted")).toBool(), true);

    const QJsonObject snapshots = m_probe->get(QStringLiteral("/_emulator/snapshots")).json().object();
    QVERIFY2(QJsonDocument(snapshots).toJson().contains(sourceId.toUtf8()), "the control route lists the snapshot");

    const QJsonObject restored
        = restoreWith({{QStringLiteral("restore_default_environment_from_user_id"), m_fx->userId()}});
    const QString id = restored.value(QStringLiteral("session_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(restored.value(QStringLiteral("environment_id")), source.value(QStringLiteral("environment_id")));
    const SessionApi::Shot shot = m_api->screenshot(id);
    QCOMPARE(shot.url, QStringLiteral("https://mail.example.com/inbox"));

    // The restored frame carries a visible mark: it differs from the same page never restored.
    const QJsonObject plain = sessionOn(QStringLiteral("https://mail.example.com/inbox"));
    const QByteArray plainFrame = m_api->screenshot(plain.value(QStringLiteral("session_id")).toString()).jpeg;
    QCOMPARE(QImage::fromData(plainFrame).size(), QImage::fromData(shot.jpeg).size());
    QVERIFY(QImage::fromData(plainFrame) != QImage::fromData(shot.jpeg));
}

void TestEmulatorSnapshots::restoreFromSession_andFromEnvironment()
{
    const QJsonObject source = sessionOn(QStringLiteral("https://shop.example.com/cart"));
    const QString sourceId = source.value(QStringLiteral("session_id")).toString();
    QCOMPARE(
        m_probe->del(QStringLiteral("/v1/sessions/") + sourceId, QStringLiteral("save_snapshot_mode=memory")).status,
        200);

    const QJsonObject bySession = restoreWith({{QStringLiteral("restore_from_session_id"), sourceId}});
    QCOMPARE(m_api->screenshot(bySession.value(QStringLiteral("session_id")).toString()).url,
        QStringLiteral("https://shop.example.com/cart"));

    const QJsonObject byEnvironment
        = restoreWith({{QStringLiteral("restore_from_environment_id"), source.value(QStringLiteral("environment_id"))},
            {QStringLiteral("agent_name"), QStringLiteral("agi-0-fast")}});
    QCOMPARE(byEnvironment.value(QStringLiteral("environment_id")), source.value(QStringLiteral("environment_id")));
    QCOMPARE(m_api->screenshot(byEnvironment.value(QStringLiteral("session_id")).toString()).url,
        QStringLiteral("https://shop.example.com/cart"));
}

void TestEmulatorSnapshots::withoutRestore_startsBlank()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    const SessionApi::Shot shot = m_api->screenshot(id);
    QCOMPARE(shot.url, QStringLiteral("about:blank"));
    QVERIFY(!QImage::fromData(shot.jpeg).isNull());
}

void TestEmulatorSnapshots::restore_unknownSession_is404()
{
    const ProbeReply bySession = m_probe->post(
        QStringLiteral("/v1/sessions"), "{\"restore_from_session_id\":\"00000000-0000-4000-8000-000000000000\"}");
    QCOMPARE(bySession.status, 404);
    QVERIFY(!bySession.json().object().value(QStringLiteral("detail")).toString().isEmpty());
    QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions")).json().array().size(), 0);
}

void TestEmulatorSnapshots::restore_unknownEnvironment_createsAFreshSession()
{
    const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000001");
    const ProbeReply reply = m_probe->post(QStringLiteral("/v1/sessions"),
        QJsonDocument(QJsonObject {{QStringLiteral("restore_from_environment_id"), unknown}}).toJson());
    QCOMPARE(reply.status, 200);
    const QJsonObject session = reply.json().object();
    const QString id = session.value(QStringLiteral("session_id")).toString();
    QCOMPARE(session.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    QVERIFY(!session.value(QStringLiteral("environment_id")).toString().isEmpty());
    QVERIFY(session.value(QStringLiteral("environment_id")).toString() != unknown);
    QCOMPARE(m_api->screenshot(id).url, QStringLiteral("about:blank"));
    QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions")).json().array().size(), 1);
}

void TestEmulatorSnapshots::restoreDefault_noneSaved_is404()
{
    const QJsonObject body {{QStringLiteral("restore_default_environment_from_user_id"), m_fx->userId()}};
    const ProbeReply reply = m_probe->post(QStringLiteral("/v1/sessions"), QJsonDocument(body).toJson());
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.json().object().value(QStringLiteral("detail")).toString().contains(m_fx->userId()));
}

void TestEmulatorSnapshots::deleteParameters_validation_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("unknown mode") << QStringLiteral("save_snapshot_mode=disk");
    QTest::newRow("default without snapshot") << QStringLiteral("save_snapshot_mode=none&save_as_default=true");
    QTest::newRow("default, mode omitted") << QStringLiteral("save_as_default=true");
    QTest::newRow("not a boolean") << QStringLiteral("save_snapshot_mode=memory&save_as_default=maybe");
}

void TestEmulatorSnapshots::deleteParameters_validation()
{
    QFETCH(QString, query);
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    QCOMPARE(m_probe->del(QStringLiteral("/v1/sessions/") + id, query).status, 422);
    QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions/") + id).status, 200); // still there
}

void TestEmulatorSnapshots::deleteWithoutSaving_keepsNoSnapshot()
{
    const QJsonObject source = sessionOn(QStringLiteral("https://example.com/"));
    const QString id = source.value(QStringLiteral("session_id")).toString();
    QCOMPARE(m_probe->del(QStringLiteral("/v1/sessions/") + id, QStringLiteral("save_snapshot_mode=none")).status, 200);
    const QJsonObject body {{QStringLiteral("restore_from_session_id"), id}};
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions"), QJsonDocument(body).toJson()).status, 404);
}

QTEST_MAIN(TestEmulatorSnapshots)
#include "tst_emulatorsnapshots.moc"
