// SessionListRefresher against the emulator when the list request stalls or fails: the wait is
// reported while it lasts, refreshNow() gives up on a stalled request and asks again at once, one
// refresh costs one attempt, and what comes next (a retry at a time, or nothing) is stated.
#include "api/apiclient.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "model/sessionlistmodel.h"
#include "model/sessionlistrefresher.h"
#include "testclient.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using agi::ApiError;
using agi::SessionListModel;
using agi::SessionListRefresher;
using agi::emu::Endpoint;
using agi::emu::RequestRecord;
using State = agi::SessionListRefresher::State;

class TestListRefresher final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<agi::test::EmulatorFixture> m_fx;
    std::unique_ptr<agi::test::TestClient> m_client;
    std::unique_ptr<SessionListModel> m_model;
    std::unique_ptr<SessionListRefresher> m_refresher;

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<agi::test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        agi::test::HttpProbe probe(m_fx->baseUrl(), m_fx->apiKey());
        QVERIFY(!agi::test::SessionApi(probe).create().isEmpty());
        // The application's client as main() makes it: default attempts and backoff.
        m_client = std::make_unique<agi::test::TestClient>(*m_fx);
        m_model = std::make_unique<SessionListModel>();
        m_refresher = std::make_unique<SessionListRefresher>(m_client->client(), m_model.get());
        m_refresher->setSlowAfter(300); // the user hears of a wait sooner than the default, to keep this short
    }

    void cleanup()
    {
        m_refresher.reset();
        m_model.reset();
        m_client.reset();
        m_fx.reset();
    }

    void stalledRequestIsReportedAsWaitingCountingUp()
    {
        m_fx->armFault(QStringLiteral("list:stall"));
        QSignalSpy states(m_refresher.get(), &SessionListRefresher::stateChanged);
        QSignalSpy waiting(m_refresher.get(), &SessionListRefresher::waiting);
        m_refresher->refreshNow();
        QCOMPARE(m_refresher->state(), State::Waiting);
        QCOMPARE(states.count(), 1);
        QVERIFY(m_refresher->waitingSince().isValid());
        QVERIFY(!m_refresher->isWaitingLong()); // an ordinary request says nothing yet

        QVERIFY(waiting.wait(5000));
        QVERIFY(m_refresher->isWaitingLong());
        QCOMPARE(m_refresher->state(), State::Waiting);
        // Then once a second, counting up, while no answer comes.
        QTRY_VERIFY_WITH_TIMEOUT(waiting.count() >= 3, 10000);
        const int first = waiting.at(0).at(0).toInt();
        const int third = waiting.at(2).at(0).toInt();
        QCOMPARE(third, first + 2);
        QCOMPARE(m_fx->count(Endpoint::ListSessions), 1);
    }

    void refreshNowAbandonsAStalledRequestAndAsksAgain()
    {
        m_fx->armFault(QStringLiteral("list:stall,times=1"));
        QSignalSpy waiting(m_refresher.get(), &SessionListRefresher::waiting);
        QSignalSpy refreshed(m_refresher.get(), &SessionListRefresher::refreshed);
        QSignalSpy failed(m_refresher.get(), &SessionListRefresher::failed);
        m_refresher->start();
        QVERIFY(waiting.wait(5000));

        // What F5 does.
        m_refresher->refreshNow();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.first().first().toInt(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_refresher->state(), State::Idle);
        QVERIFY(!m_refresher->isWaitingLong());
        QCOMPARE(failed.count(), 0); // giving up on a request is no failure to report

        // The second request started long before the first one's timeout would have ended it.
        const QList<RequestRecord> lists = m_fx->requests(Endpoint::ListSessions);
        QCOMPARE(lists.size(), 2);
        QVERIFY(lists.at(1).startedMs - lists.at(0).startedMs < m_refresher->requestTimeout());
        QCOMPARE(lists.at(1).status, 200);
    }

    void refreshNowDuringAnOrdinaryRequestStillWaitsForIt()
    {
        // Not yet reported as waiting: its answer is awaited and one more refresh follows it.
        m_fx->armFault(QStringLiteral("list:latency=200,times=1"));
        m_refresher->setSlowAfter(60000);
        QSignalSpy refreshed(m_refresher.get(), &SessionListRefresher::refreshed);
        m_refresher->refreshNow();
        m_refresher->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 10000);
        const QList<RequestRecord> lists = m_fx->requests(Endpoint::ListSessions);
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists.at(0).status, 200);
        QVERIFY(lists.at(1).startedMs >= lists.at(0).finishedMs); // never two at once
    }

    void stalledRefreshCostsOneAttemptThenARetryAtAStatedTime()
    {
        m_fx->armFault(QStringLiteral("list:stall"));
        m_refresher->setRequestTimeout(500);
        m_refresher->setInterval(1000);
        QSignalSpy failed(m_refresher.get(), &SessionListRefresher::failed);
        m_refresher->start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
        // One request, not the client's four attempts: the next timed refresh is the retry.
        QCOMPARE(m_fx->count(Endpoint::ListSessions), 1);
        QCOMPARE(m_refresher->state(), State::RetryScheduled);
        QVERIFY(m_refresher->nextAttemptAt().isValid());
        const qint64 firstWait = QDateTime::currentDateTimeUtc().msecsTo(m_refresher->nextAttemptAt());
        QVERIFY(firstWait > 500); // never sooner than the interval (less what this check took)

        // The retry comes, and after a second failure in a row the wait is longer (the backoff
        // doubles: 1 s +-20 %, then 2 s +-20 %).
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_fx->count(Endpoint::ListSessions), 2);
        QCOMPARE(m_refresher->failureCount(), 2);
        QCOMPARE(m_refresher->state(), State::RetryScheduled);
        const qint64 secondWait = QDateTime::currentDateTimeUtc().msecsTo(m_refresher->nextAttemptAt());
        QVERIFY2(secondWait > firstWait, qPrintable(QStringLiteral("%1 then %2 ms").arg(firstWait).arg(secondWait)));
    }

    void rejectedKeyIsNotRetriedOnATimer()
    {
        m_client->client()->setApiKey("not-a-key");
        QSignalSpy failed(m_refresher.get(), &SessionListRefresher::failed);
        QSignalSpy states(m_refresher.get(), &SessionListRefresher::stateChanged);
        m_refresher->setInterval(500);
        m_refresher->start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_refresher->lastError().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(m_refresher->state(), State::Failed);
        QCOMPARE(states.last().first().value<State>(), State::Failed);
        QVERIFY(!m_refresher->nextAttemptAt().isValid());

        // Asked explicitly (a new key, F5), it tries again.
        m_client->client()->setApiKey(m_fx->apiKey());
        QSignalSpy refreshed(m_refresher.get(), &SessionListRefresher::refreshed);
        m_refresher->refreshNow();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_refresher->state(), State::Idle);
        QCOMPARE(m_fx->count(Endpoint::ListSessions), 2);
    }
};

QTEST_GUILESS_MAIN(TestListRefresher)
#include "tst_listrefresher.moc"
