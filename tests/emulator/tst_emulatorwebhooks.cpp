// Webhooks as a receiver sees them: the documented events, headers and body.
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace agi::test;

namespace {

struct Delivery
{
    QByteArray eventHeader;
    QByteArray userAgent;
    QJsonObject body;
};

} // namespace

class TestEmulatorWebhooks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taskLifecycle_postsDocumentedEvents();

private:
    QList<Delivery> m_deliveries;
};

void TestEmulatorWebhooks::taskLifecycle_postsDocumentedEvents()
{
    QHttpServer receiver;
    receiver.route(QStringLiteral("/hook"), [this](const QHttpServerRequest &request) {
        Delivery delivery;
        const auto headers = request.headers();
        for (const auto &[name, value] : headers) {
            if (name.compare("X-Event-Type", Qt::CaseInsensitive) == 0)
                delivery.eventHeader = value;
            if (name.compare("User-Agent", Qt::CaseInsensitive) == 0)
                delivery.userAgent = value;
        }
        delivery.body = QJsonDocument::fromJson(request.body()).object();
        m_deliveries << delivery;
        return QStringLiteral("ok");
    });
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    EmulatorFixture fx;
    QVERIFY2(fx.isRunning(), qPrintable(fx.error()));
    HttpProbe probe(fx.baseUrl(), fx.apiKey());
    SessionApi api(probe);
    const QJsonObject body {{QStringLiteral("webhook_url"), QStringLiteral("http://127.0.0.1:%1/hook").arg(port)}};
    const QString id = api.create(body).value(QStringLiteral("session_id")).toString();
    QVERIFY(!id.isEmpty());
    api.sendMessage(id, QStringLiteral("find flights to Lisbon"));

    const auto events = [this] {
        QStringList names;
        for (const Delivery &d : std::as_const(m_deliveries))
            names << QString::fromUtf8(d.eventHeader);
        return names;
    };
    QTRY_VERIFY_WITH_TIMEOUT(events().contains(QStringLiteral("task.completed")), 30000);
    QVERIFY(events().contains(QStringLiteral("session.created")));
    QVERIFY(events().contains(QStringLiteral("task.started")));
    QVERIFY(events().indexOf(QStringLiteral("task.started")) < events().indexOf(QStringLiteral("task.completed")));

    probe.del(QStringLiteral("/v1/sessions/") + id);
    QTRY_VERIFY_WITH_TIMEOUT(events().contains(QStringLiteral("session.deleted")), 10000);

    for (const Delivery &d : std::as_const(m_deliveries)) {
        QCOMPARE(d.userAgent, QByteArray("AgencyAPI-Webhooks/1.0"));
        QCOMPARE(d.body.value(QStringLiteral("event")).toString(), QString::fromUtf8(d.eventHeader));
        QVERIFY(!d.body.value(QStringLiteral("timestamp")).toString().isEmpty());
        const QJsonObject session = d.body.value(QStringLiteral("session")).toObject();
        QCOMPARE(session.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(session.value(QStringLiteral("agent_name")).toString(), QStringLiteral("agi-0"));
    }
    const Delivery started = m_deliveries.at(events().indexOf(QStringLiteral("task.started")));
    QCOMPARE(started.body.value(QStringLiteral("message")).toString(), QStringLiteral("find flights to Lisbon"));
    const Delivery completed = m_deliveries.at(events().indexOf(QStringLiteral("task.completed")));
    QCOMPARE(completed.body.value(QStringLiteral("result")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("success"));
}

QTEST_MAIN(TestEmulatorWebhooks)
#include "tst_emulatorwebhooks.moc"
