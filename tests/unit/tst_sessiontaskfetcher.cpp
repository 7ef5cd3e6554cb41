// SessionTaskFetcher against the in-process emulator: the task column fills in for sessions made
// elsewhere, each session is asked once (again when it runs a new task), never more than two at a
// time nor four a second, only while its row is in sight; removed sessions are not asked about, a
// finished one never again, one without a task after longer and longer waits.
#include "api/apiclient.h"
#include "api/session.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "model/sessionlistmodel.h"
#include "model/sessiontaskfetcher.h"
#include "testclient.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using agi::Session;
using agi::SessionListModel;
using agi::SessionTaskFetcher;
using agi::emu::Endpoint;
using agi::emu::RequestRecord;

class TestSessionTaskFetcher final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<agi::test::EmulatorFixture> m_fx;
    std::unique_ptr<agi::test::HttpProbe> m_probe;
    std::unique_ptr<agi::test::TestClient> m_client;
    std::unique_ptr<SessionListModel> m_model;
    std::unique_ptr<SessionTaskFetcher> m_fetcher;

    Session createSession(const QString &message = {})
    {
        agi::test::SessionApi api(*m_probe);
        const std::optional<Session> session = Session::fromJson(api.create());
        if (!session) {
            qWarning("the emulator did not create a session");
            return {};
        }
        if (!message.isEmpty() && api.sendMessage(session->id, message).status != 200)
            qWarning("the emulator did not take the message");
        return *session;
    }

    // The most requests for /messages the server was working on at the same moment.
    int maxOverlap() const
    {
        const QList<RequestRecord> all = m_fx->requests(Endpoint::Messages);
        int most = 0;
        for (const RequestRecord &r : all) {
            const int overlapping = int(std::count_if(all.cbegin(), all.cend(), [&r](const RequestRecord &o) {
                return o.startedMs <= r.startedMs && (o.inFlight() || o.finishedMs > r.startedMs);
            }));
            most = std::max(most, overlapping);
        }
        return most;
    }

    QList<Session> createSessions(int count)
    {
        QList<Session> sessions;
        for (int i = 0; i < count; ++i)
            sessions.append(createSession());
        return sessions;
    }

    static QStringList idsOf(const QList<Session> &sessions)
    {
        QStringList ids;
        for (const Session &session : sessions)
            ids.append(session.id);
        return ids;
    }

    // The sessions GET /messages was asked about, in the order asked.
    QStringList askedAbout() const
    {
        QStringList ids;
        for (const RequestRecord &r : m_fx->requests(Endpoint::Messages))
            ids.append(r.sessionId);
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<agi::test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<agi::test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_client = std::make_unique<agi::test::TestClient>(*m_fx);
        m_client->client()->setMaxAttempts(1);
        m_model = std::make_unique<SessionListModel>();
        m_fetcher = std::make_unique<SessionTaskFetcher>(m_client->client(), m_model.get());
    }

    void cleanup()
    {
        m_fetcher.reset();
        m_model.reset();
        m_client.reset();
        m_probe.reset();
        m_fx.reset();
    }

    void tasksAppearOnceEachAtMostTwoAtATime()
    {
        // Slow answers, so that a fetcher without a limit would have all four in flight at once.
        m_fx->armFault(QStringLiteral("messages:latency=200"));
        const Session a = createSession(QStringLiteral("Find the cheapest flight to Lisbon"));
        const Session b = createSession(QStringLiteral("Book a table for two"));
        const Session c = createSession();
        const Session d = createSession(QStringLiteral("Compare three laptops"));
        m_model->setSessions({d, c, b, a});

        QSignalSpy idle(m_fetcher.get(), &SessionTaskFetcher::idle);
        m_fetcher->update();
        QCOMPARE(m_fetcher->inFlight(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(m_fetcher->isIdle(), 10000);
        QCOMPARE(idle.count(), 1);

        QCOMPARE(m_model->task(a.id), QStringLiteral("Find the cheapest flight to Lisbon"));
        QCOMPARE(m_model->task(b.id), QStringLiteral("Book a table for two"));
        QCOMPARE(m_model->task(d.id), QStringLiteral("Compare three laptops"));
        QVERIFY(m_model->task(c.id).isEmpty());
        const QModelIndex cell = m_model->indexOf(a.id, SessionListModel::TaskColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("Find the cheapest flight to Lisbon"));
        QCOMPARE(m_fx->count(Endpoint::Messages), 4);
        QCOMPARE(maxOverlap(), 2);

        // The next refresh asks nobody: known tasks are known, and c was asked only just now.
        m_fetcher->update();
        QVERIFY(m_fetcher->isIdle());
        QCOMPARE(m_fx->count(Endpoint::Messages), 4);
    }

    void sessionWithoutTaskIsAskedAgainLater()
    {
        const Session s = createSession();
        m_model->setSessions({s});
        m_fetcher->update();
        QTRY_VERIFY_WITH_TIMEOUT(m_fetcher->isIdle(), 10000);
        QVERIFY(m_model->task(s.id).isEmpty());
        QCOMPARE(m_fx->count(Endpoint::Messages, s.id), 1);

        agi::test::SessionApi api(*m_probe);
        QCOMPARE(api.sendMessage(s.id, QStringLiteral("Check the weather in Oslo")).status, 200);
        m_fetcher->update(); // within the retry interval: not yet
        QVERIFY(m_fetcher->isIdle());
        QCOMPARE(m_fx->count(Endpoint::Messages, s.id), 1);

        m_fetcher->setRetryInterval(0);
        QSignalSpy found(m_fetcher.get(), &SessionTaskFetcher::taskFound);
        m_fetcher->update();
        QVERIFY(found.wait(10000));
        QCOMPARE(found.first().at(0).toString(), s.id);
        QCOMPARE(m_model->task(s.id), QStringLiteral("Check the weather in Oslo"));
        QCOMPARE(m_fx->count(Endpoint::Messages, s.id), 2);

        // Once known, never asked again.
        m_fetcher->update();
        QVERIFY(m_fetcher->isIdle());
        QCOMPARE(m_fx->count(Endpoint::Messages, s.id), 2);
    }

    void sessionRunningAgainShowsItsNewTask()
    {
        Session s = createSession(QStringLiteral("Find flights to Lisbon"));
        s.status = agi::SessionStatus::fromString(QStringLiteral("running"));
        m_model->setSessions({s});
        m_fetcher->update();
        QTRY_VERIFY_WITH_TIMEOUT(m_fetcher->isIdle(), 10000);
        QCOMPARE(m_model->task(s.id), QStringLiteral("Find flights to Lisbon"));

        // The task ends, the session waits: nobody asks.
        s.status = agi::SessionStatus::fromString(QStringLiteral("ready"));
        m_model->setSessions({s});
        m_fetcher->update();
        QVERIFY(m_fetcher->isIdle());
        QCOMPARE(m_fx->count(Endpoint::Messages, s.id), 1);

        // A second task from elsewhere: the session runs again and the column follows.
        agi::test::SessionApi api(*m_probe);
        QCOMPARE(api.sendMessage(s.id, QStringLiteral("Now book a hotel there")).status, 200);
        s.status = agi::SessionStatus::fromString(QStringLiteral("running"));
        m_model->setSessions({s});
        QSignalSpy found(m_fetcher.get(), &SessionTaskFetcher::taskFound);
        m_fetcher->update();
        QVERIFY(found.wait(10000));
        QCOMPARE(m_model->task(s.id), QStringLiteral("Now book a hotel there"));
        QCOMPARE(m_fx->count(Endpoint::Messages, s.id), 2);

        // Still running at the next refresh: not asked again.
        m_fetcher->update();
        QVERIFY(m_fetcher->isIdle());
        QCOMPARE(m_fx->count(Endpoint::Messages, s.id), 2);
    }

    void removedSessionsAreNotAsked()
    {
        m_fx->armFault(QStringLiteral("messages:latency=300"));
        const Session a = createSession(QStringLiteral("one"));
        const Session b = createSession(QStringLiteral("two"));
        const Session c = createSession(QStringLiteral("three"));
        const Session d = createSession(QStringLiteral("four"));
        m_model->setSessions({a, b, c, d});
        m_fetcher->update();
        QCOMPARE(m_fetcher->inFlight(), 2);
        QCOMPARE(m_fetcher->queued(), 2);

        // c and d end before their turn, a while its request runs.
        m_model->removeSession(c.id);
        m_model->removeSession(d.id);
        m_model->removeSession(a.id);
        QCOMPARE(m_fetcher->queued(), 0);
        QCOMPARE(m_fetcher->inFlight(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_fetcher->isIdle(), 10000);
        QCOMPARE(m_model->task(b.id), QStringLiteral("two"));
        QVERIFY(m_model->task(a.id).isEmpty());
        QCOMPARE(m_fx->count(Endpoint::Messages, c.id), 0);
        QCOMPARE(m_fx->count(Endpoint::Messages, d.id), 0);
    }

    void onlySessionsInSightAreAsked()
    {
        const QList<Session> sessions = createSessions(30);
        m_model->setSessions(sessions);
        const QStringList ids = idsOf(sessions);
        const QStringList shown = ids.mid(10, 6);
        m_fetcher->setVisibleSessions(shown);
        m_fetcher->update();
        QTRY_VERIFY_WITH_TIMEOUT(m_fetcher->isIdle(), 10000);
        QCOMPARE(askedAbout(), shown); // top first, and nothing else

        // Scrolled further down: the rows now in sight are asked about, the ones before are known.
        const QStringList scrolled = ids.mid(20, 4);
        m_fetcher->setVisibleSessions(scrolled);
        QTRY_VERIFY_WITH_TIMEOUT(m_fetcher->isIdle(), 10000);
        QCOMPARE(askedAbout(), shown + scrolled);

        // Back up, and a refresh: asked only just now, nobody is asked again.
        m_fetcher->setVisibleSessions(shown);
        m_fetcher->update();
        QVERIFY(m_fetcher->isIdle());
        QCOMPARE(m_fx->count(Endpoint::Messages), 10);

        // Nothing in sight (the window hidden): nobody is asked.
        m_fetcher->setRetryInterval(0);
        m_fetcher->setVisibleSessions({});
        m_fetcher->update();
        QVERIFY(m_fetcher->isIdle());
        QCOMPARE(m_fx->count(Endpoint::Messages), 10);
    }

    void requestsStayWithinTheRateBound()
    {
        const QList<Session> sessions = createSessions(14);
        m_model->setSessions(sessions);
        m_fetcher->setVisibleSessions(idsOf(sessions));
        m_fetcher->update();
        QTRY_VERIFY_WITH_TIMEOUT(m_fetcher->isIdle(), 20000);
        QCOMPARE(m_fx->count(Endpoint::Messages), 14);
        QVERIFY(maxOverlap() <= SessionTaskFetcher::MaxInFlight);

        // As the server saw them: never a fifth request within a second of the four before it (less
        // a margin for the way from client to server).
        const QList<RequestRecord> asked = m_fx->requests(Endpoint::Messages);
        const int limit = SessionTaskFetcher::MaxStartsPerWindow;
        for (qsizetype i = limit; i < asked.size(); ++i) {
            const qint64 window = asked.at(i).startedMs - asked.at(i - limit).startedMs;
            QVERIFY2(window >= SessionTaskFetcher::RateWindowMs - 100,
                qPrintable(QStringLiteral("requests %1 to %2 within %3 ms").arg(i - limit).arg(i).arg(window)));
        }
    }

    void finishedSessionIsNeverAskedAgain()
    {
        Session done = createSession(QStringLiteral("Summarise the quarterly report"));
        done.status = agi::SessionStatus::fromString(QStringLiteral("completed"));
        Session failed = createSession(); // ended before it was given a task
        failed.status = agi::SessionStatus::fromString(QStringLiteral("error"));
        Session waiting = createSession(); // still open: a task may come
        waiting.status = agi::SessionStatus::fromString(QStringLiteral("ready"));
        m_model->setSessions({done, failed, waiting});
        m_fetcher->update();
        QTRY_VERIFY_WITH_TIMEOUT(m_fetcher->isIdle(), 10000);
        QCOMPARE(m_model->task(done.id), QStringLiteral("Summarise the quarterly report"));
        QVERIFY(m_model->task(failed.id).isEmpty());

        // The next refresh cycle, with no wait left for anyone: only the open session is asked again.
        m_fetcher->setRetryInterval(0);
        m_fetcher->update();
        QTRY_VERIFY_WITH_TIMEOUT(m_fetcher->isIdle(), 10000);
        QCOMPARE(m_fx->count(Endpoint::Messages, waiting.id), 2);
        QCOMPARE(m_fx->count(Endpoint::Messages, done.id), 1);
        QCOMPARE(m_fx->count(Endpoint::Messages, failed.id), 1);
    }

    void sessionWithoutTaskWaitsLongerEachTime()
    {
        const Session s = createSession();
        m_model->setSessions({s});
        m_fetcher->setRetryInterval(300);
        m_fetcher->update();
        QTRY_VERIFY_WITH_TIMEOUT(m_fetcher->isIdle(), 10000);
        // Refreshes as often as the test can: the fetcher decides when a session is due.
        QTRY_VERIFY_WITH_TIMEOUT((m_fetcher->update(), m_fx->count(Endpoint::Messages, s.id) >= 3), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_fetcher->isIdle(), 10000);
        const QList<RequestRecord> asked = m_fx->requests(Endpoint::Messages, s.id);
        QCOMPARE(asked.size(), 3);
        const qint64 firstWait = asked.at(1).startedMs - asked.at(0).startedMs;
        const qint64 secondWait = asked.at(2).startedMs - asked.at(1).startedMs;
        // 300 ms +-20 %, then 600 ms +-20 % (plus up to one polling step each).
        QVERIFY2(firstWait >= 240 - 20 && secondWait > firstWait,
            qPrintable(QStringLiteral("waited %1 then %2 ms").arg(firstWait).arg(secondWait)));
    }
};

QTEST_MAIN(TestSessionTaskFetcher)
#include "tst_sessiontaskfetcher.moc"
