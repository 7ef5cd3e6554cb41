// SessionListRefresher on a fake network: what the list shows after good and bad answers, and
// that refreshes never overlap.
#include "api/apiclient.h"
#include "fakenetwork.h"
#include "model/sessionlistmodel.h"
#include "model/sessionlistrefresher.h"

#include <QSignalSpy>
#include <QTest>

using agi::ApiError;
using agi::SessionListModel;
using agi::SessionListRefresher;
using agi::test::FakeNetwork;
using agi::test::FakeRequest;
using agi::test::FakeResponse;

namespace {

QByteArray listBody(const QStringList &ids, const QString &status = QStringLiteral("running"))
{
    QByteArray body = "{\"sessions\":[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            body += ',';
        body += "{\"session_id\":\"" + ids.at(i).toUtf8() + "\",\"agent_name\":\"agi-0\",\"status\":\""
            + status.toUtf8() + "\",\"created_at\":\"2025-01-01T10:00:00Z\"}";
    }
    return body + "]}";
}

} // namespace

class TestSessionListRefresher final : public QObject
{
    Q_OBJECT

private:
    FakeNetwork *m_network = nullptr;
    agi::ApiClient *m_client = nullptr;
    SessionListModel *m_model = nullptr;
    SessionListRefresher *m_refresher = nullptr;
    FakeResponse m_next;

private Q_SLOTS:
    void init()
    {
        m_network = new FakeNetwork(this);
        m_next = FakeResponse::json(200, listBody({QStringLiteral("s-1"), QStringLiteral("s-2")}));
        m_network->setHandler([this](const FakeRequest &) { return m_next; });
        m_client = new agi::ApiClient(m_network, this);
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        m_client->setApiKey("k");
        m_client->setMaxAttempts(1); // the refresher's own timer is the retry
        m_model = new SessionListModel(this);
        m_refresher = new SessionListRefresher(m_client, m_model, this);
    }

    void cleanup()
    {
        delete m_refresher;
        delete m_model;
        delete m_client;
        delete m_network;
    }

    void refreshNowFillsTheModel()
    {
        QSignalSpy refreshed(m_refresher, &SessionListRefresher::refreshed);
        m_refresher->refreshNow();
        QVERIFY(m_refresher->isRefreshing());
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.first().first().toInt(), 2);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->sessionAt(0).id, QStringLiteral("s-1"));
        QVERIFY(m_refresher->lastSuccess().isValid());
        QVERIFY(m_refresher->lastError().isNone());
        QCOMPARE(m_network->requests().first().url.path(), QStringLiteral("/v1/sessions"));
    }

    void failureKeepsTheLastList()
    {
        QSignalSpy refreshed(m_refresher, &SessionListRefresher::refreshed);
        m_refresher->refreshNow();
        QVERIFY(refreshed.wait(5000));

        m_next = FakeResponse::json(500, "{\"detail\":\"database on fire\"}");
        QSignalSpy failed(m_refresher, &SessionListRefresher::failed);
        QSignalSpy auth(m_refresher, &SessionListRefresher::authenticationFailed);
        m_refresher->refreshNow();
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Server);
        QVERIFY(error.userMessage().contains(QStringLiteral("database on fire")));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_refresher->failureCount(), 1);
        QCOMPARE(auth.count(), 0);

        m_next = FakeResponse::json(200, listBody({QStringLiteral("s-3")}));
        QSignalSpy recovered(m_refresher, &SessionListRefresher::recovered);
        m_refresher->refreshNow();
        QVERIFY(recovered.wait(5000));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_refresher->failureCount(), 0);
    }

    void rejectedKeyIsReported_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
        QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    }

    void rejectedKeyIsReported()
    {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        m_next = FakeResponse::json(status, "{\"detail\":\"bad key\"}");
        QSignalSpy auth(m_refresher, &SessionListRefresher::authenticationFailed);
        m_refresher->refreshNow();
        QVERIFY(auth.wait(5000));
        QCOMPARE(auth.first().first().value<ApiError>().kind, kind);
        QCOMPARE(m_refresher->lastError().kind, kind);
    }

    void refreshNowDuringARefreshRunsOnceMoreAfterIt()
    {
        QSignalSpy refreshed(m_refresher, &SessionListRefresher::refreshed);
        m_refresher->refreshNow();
        m_refresher->refreshNow();
        m_refresher->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 5000);
        // Two requests, one after the other: never a third, never two at once.
        QCOMPARE(m_network->requestCount(), 2);
        QVERIFY(!m_refresher->isRefreshing());
    }

    void startRefreshesOnATimerUntilStopped()
    {
        m_refresher->setInterval(500);
        QCOMPARE(m_refresher->interval(), 500);
        QSignalSpy refreshed(m_refresher, &SessionListRefresher::refreshed);
        m_refresher->start();
        QVERIFY(m_refresher->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 3, 10000);
        m_refresher->stop();
        QVERIFY(!m_refresher->isActive());
        // What was in flight at stop() still lands; the timer does not re-arm after it.
        QTRY_VERIFY_WITH_TIMEOUT(!m_refresher->isRefreshing(), 5000);
    }

    void intervalIsClamped()
    {
        m_refresher->setInterval(10);
        QCOMPARE(m_refresher->interval(), SessionListRefresher::MinimumIntervalMs);
    }
};

QTEST_GUILESS_MAIN(TestSessionListRefresher)
#include "tst_sessionlistrefresher.moc"
