// FramePoller against the in-process emulator: its request discipline is read back from the
// emulator's request log, so "never overlapping" and "never sooner than" are checked on the server side.
#include "api/apiclient.h"
#include "emulator/faultinjector.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "httpprobe.h"
#include "live/framepoller.h"
#include "testclient.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using agi::ApiError;
using agi::FramePoller;
using agi::emu::Endpoint;
using agi::emu::RequestRecord;

class TestFramePoller final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<agi::test::EmulatorFixture> m_fx;
    std::unique_ptr<agi::test::TestClient> m_client;
    QString m_session;

    int finishedScreenshots() const
    {
        int n = 0;
        for (const RequestRecord &r : m_fx->requests(Endpoint::Screenshot))
            n += r.inFlight() ? 0 : 1;
        return n;
    }

    std::unique_ptr<FramePoller> makePoller(int intervalMs, const QString &session = {})
    {
        auto poller = std::make_unique<FramePoller>(m_client->client(), session.isEmpty() ? m_session : session);
        poller->setInterval(intervalMs);
        poller->setTargetSize({640, 400});
        return poller;
    }

    //! A session without a task: its browser shows the same page until told otherwise.
    QString idleSession() const
    {
        agi::test::HttpProbe probe(m_fx->baseUrl(), m_fx->apiKey());
        const auto created = probe.post(QStringLiteral("/v1/sessions"), QByteArrayLiteral("{}"));
        return created.json().object().value(QLatin1String("session_id")).toString();
    }

    // The gaps between one request's end (server side) and the next one's start.
    static void verifyDiscipline(const QList<RequestRecord> &records, qint64 minimumGapMs)
    {
        for (qsizetype i = 1; i < records.size(); ++i) {
            const RequestRecord &before = records.at(i - 1);
            const RequestRecord &after = records.at(i);
            QVERIFY2(!before.inFlight() && after.startedMs >= before.finishedMs,
                qPrintable(QStringLiteral("request %1 overlaps the one before").arg(after.id)));
            // 1 ms of slack: both clocks count whole milliseconds.
            QVERIFY2(after.startedMs - before.finishedMs >= minimumGapMs - 1,
                qPrintable(QStringLiteral("request %1 started %2 ms after the previous one ended")
                               .arg(after.id)
                               .arg(after.startedMs - before.finishedMs)));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<agi::test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        agi::test::HttpProbe probe(m_fx->baseUrl(), m_fx->apiKey());
        const auto created
            = probe.post(QStringLiteral("/v1/sessions"), QByteArrayLiteral("{\"agent_name\":\"agi-0\"}"));
        QVERIFY2(created.status / 100 == 2, created.body.constData());
        m_session = created.json().object().value(QLatin1String("session_id")).toString();
        QVERIFY(!m_session.isEmpty());
        const auto sent = probe.post(QStringLiteral("/v1/sessions/%1/message").arg(m_session),
            QByteArrayLiteral("{\"message\":\"Find a flight to Lisbon\"}"));
        QVERIFY2(sent.status / 100 == 2, sent.body.constData());

        m_client = std::make_unique<agi::test::TestClient>(*m_fx);
        m_client->client()->setMaxAttempts(1); // failures reach the poller, whose own backoff is under test
        m_fx->emulator().requests()->clear();
    }

    void cleanup()
    {
        m_client.reset();
        m_fx.reset();
    }

    void pollsOneAtATimeAndNeverSoonerThanTheInterval()
    {
        auto poller = makePoller(300);
        QSignalSpy frames(poller.get(), &FramePoller::frameChanged);
        poller->resume();
        QCOMPARE(poller->state(), FramePoller::State::Live);
        QTRY_VERIFY_WITH_TIMEOUT(finishedScreenshots() >= 6, 20000);
        poller->pause();
        QTRY_VERIFY_WITH_TIMEOUT(!poller->isRequestInFlight(), 10000);

        verifyDiscipline(m_fx->requests(Endpoint::Screenshot), 300);
        QVERIFY(!frames.isEmpty());
        const agi::Frame frame = poller->frame();
        QCOMPARE(frame.sourceSize, QSize(1280, 800));
        QCOMPARE(frame.image.size(), QSize(640, 400));
        QVERIFY(frame.url.isValid());
        QVERIFY(!frame.title.isEmpty());
        QVERIFY(poller->frameAge() >= 0);
    }

    void makesNoRequestWhilePaused()
    {
        auto poller = makePoller(250);
        QSignalSpy frames(poller.get(), &FramePoller::frameChanged);
        poller->resume();
        QVERIFY(frames.wait(10000));
        poller->pause();
        QCOMPARE(poller->state(), FramePoller::State::Paused);
        QTRY_VERIFY_WITH_TIMEOUT(!poller->isRequestInFlight(), 10000);

        // A second poller at the same pace is the clock: six of its requests, none of the paused one's.
        const int before = m_fx->count(Endpoint::Screenshot, m_session);
        auto clock = makePoller(250, idleSession());
        clock->resume();
        QTRY_VERIFY_WITH_TIMEOUT(clock->requestCount() >= 6, 10000);
        clock->pause();
        QCOMPARE(m_fx->count(Endpoint::Screenshot, m_session), before);
        QCOMPARE(poller->state(), FramePoller::State::Paused);

        poller->resume();
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->count(Endpoint::Screenshot, m_session) > before, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(poller->state(), FramePoller::State::Live, 5000);
        verifyDiscipline(m_fx->requests(Endpoint::Screenshot, m_session), 250);
    }

    void backsOffAfter429HonouringRetryAfter()
    {
        auto poller = makePoller(250);
        QSignalSpy frames(poller.get(), &FramePoller::frameChanged);
        QSignalSpy errors(poller.get(), &FramePoller::errorOccurred);
        poller->resume();
        QVERIFY(frames.wait(10000));

        m_fx->armFault(QStringLiteral("screenshot:http=429,retry-after=2,times=1"));
        QVERIFY(errors.wait(10000));
        const auto error = errors.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(error.retryAfterSeconds, 2);
        QCOMPARE(poller->state(), FramePoller::State::BackingOff);
        QVERIFY(poller->backoffUntil() >= QDateTime::currentDateTimeUtc().addMSecs(1500));
        QCOMPARE(poller->lastError().kind, ApiError::Kind::RateLimited);
        QVERIFY(!poller->frame().isNull()); // the last good frame stays

        QTRY_COMPARE_WITH_TIMEOUT(poller->state(), FramePoller::State::Live, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!poller->isRequestInFlight(), 10000);
        poller->pause();
        const QList<RequestRecord> records = m_fx->requests(Endpoint::Screenshot);
        qsizetype limited = -1;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (records.at(i).status == 429)
                limited = i;
        }
        QVERIFY(limited >= 0 && limited + 1 < records.size());
        QVERIFY2(records.at(limited + 1).startedMs - records.at(limited).finishedMs >= 2000 - 1,
            "the request after a 429 came before Retry-After");
        verifyDiscipline(records, 250);
    }

    void unusableFramesKeepTheLastGoodOne_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("reason");
        QTest::newRow("corrupt jpeg") << QStringLiteral("screenshot:corrupt-jpeg") << QStringLiteral("corrupt image");
        QTest::newRow("huge image") << QStringLiteral("screenshot:huge-image") << QStringLiteral("image too large");
        QTest::newRow("malformed json") << QStringLiteral("screenshot:malformed-json")
                                        << QStringLiteral("malformed JSON");
    }

    void unusableFramesKeepTheLastGoodOne()
    {
        QFETCH(QString, fault);
        QFETCH(QString, reason);
        auto poller = makePoller(250);
        QSignalSpy frames(poller.get(), &FramePoller::frameChanged);
        QSignalSpy errors(poller.get(), &FramePoller::errorOccurred);
        poller->resume();
        QVERIFY(frames.wait(10000));
        const qint64 goodImage = poller->frame().image.cacheKey();

        m_fx->armFault(fault);
        QVERIFY(errors.wait(10000));
        const auto error = errors.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(error.serverMessage.startsWith(reason), qPrintable(error.serverMessage));
        QCOMPARE(poller->state(), FramePoller::State::BackingOff);
        QCOMPARE(poller->frame().image.cacheKey(), goodImage);

        m_fx->clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(poller->state(), FramePoller::State::Live, 15000);
        QVERIFY(poller->lastError().isNone());
    }

    void frameFollowsTheAgent()
    {
        auto poller = makePoller(250);
        QSet<QString> titles;
        connect(poller.get(), &FramePoller::frameChanged, this,
            [&titles, &poller] { titles.insert(poller->frame().title); });
        poller->resume();
        QTRY_VERIFY_WITH_TIMEOUT(titles.size() >= 2, 30000);
    }

    void refreshNowIsPromptButNeverTooSoon()
    {
        auto poller = makePoller(20000);
        QSignalSpy refreshed(poller.get(), &FramePoller::frameRefreshed);
        poller->resume();
        QVERIFY(refreshed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!poller->isRequestInFlight(), 5000);
        for (int i = 0; i < 3; ++i) {
            poller->refreshNow();
            poller->refreshNow();           // twice in a row still means one request
            QVERIFY(refreshed.wait(10000)); // far sooner than the 20 s interval
        }
        QTRY_VERIFY_WITH_TIMEOUT(!poller->isRequestInFlight(), 5000);
        QCOMPARE(m_fx->count(Endpoint::Screenshot), 4);
        verifyDiscipline(m_fx->requests(Endpoint::Screenshot), FramePoller::MinimumIntervalMs);
    }

    void stopsOnAnUnknownSession()
    {
        auto poller = makePoller(250, QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QSignalSpy errors(poller.get(), &FramePoller::errorOccurred);
        poller->resume();
        QVERIFY(errors.wait(10000));
        QCOMPARE(errors.at(0).at(0).value<ApiError>().kind, ApiError::Kind::NotFound);
        QCOMPARE(poller->state(), FramePoller::State::Failing);
        QVERIFY(poller->frame().isNull());
        // Six requests of a poller at the same pace on a real session, and none more of this one.
        auto clock = makePoller(250, idleSession());
        clock->resume();
        QTRY_VERIFY_WITH_TIMEOUT(clock->requestCount() >= 6, 10000);
        QCOMPARE(poller->requestCount(), 1);
        QCOMPARE(m_fx->count(Endpoint::Screenshot, poller->sessionId()), 1);
    }

    void unchangedFrameKeepsWhenItLastChanged()
    {
        auto poller = makePoller(250, idleSession());
        QSignalSpy changed(poller.get(), &FramePoller::frameChanged);
        QSignalSpy refreshed(poller.get(), &FramePoller::frameRefreshed);
        poller->resume();
        QVERIFY(changed.wait(10000));
        const QDateTime changedAt = poller->frame().changedAt;
        QCOMPARE(changedAt, poller->frame().capturedAt);
        refreshed.clear();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, 10000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(poller->frame().changedAt, changedAt);
        QVERIFY(poller->frame().capturedAt > changedAt);
        QVERIFY(poller->unchangedFor() >= changedAt.msecsTo(poller->frame().capturedAt));
    }

    void responsesThatChangeNothingAreNotReported()
    {
        // Fetched and compared on the decoding thread: a response with the same image, page and
        // pace sends this thread nothing, yet the frame counts as confirmed.
        auto poller = makePoller(2000, idleSession());
        QSignalSpy changed(poller.get(), &FramePoller::frameChanged);
        QSignalSpy refreshed(poller.get(), &FramePoller::frameRefreshed);
        QSignalSpy states(poller.get(), &FramePoller::stateChanged);
        poller->resume();
        QVERIFY(changed.wait(10000));
        const QDateTime changedAt = poller->frame().changedAt;
        states.clear();
        // The first response and two unchanged ones (the poller slows down only after the third);
        // the next request is two seconds away.
        QTRY_VERIFY_WITH_TIMEOUT(finishedScreenshots() >= 3 && !poller->isRequestInFlight(), 15000);
        QCOMPARE(finishedScreenshots(), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(refreshed.count(), 1); // the one that came with frameChanged
        QCOMPARE(states.count(), 0);
        QVERIFY(poller->frame().capturedAt > changedAt);
        QCOMPARE(poller->frame().changedAt, changedAt);
    }

    void unauthorizedReachesTheClientOnItsThread()
    {
        m_fx->armFault(QStringLiteral("screenshot:http=401"));
        auto poller = makePoller(250);
        QList<QThread *> threads;
        connect(
            m_client->client(), &agi::ApiClient::unauthorized, this,
            [&threads] { threads.append(QThread::currentThread()); }, Qt::DirectConnection);
        QSignalSpy errors(poller.get(), &FramePoller::errorOccurred);
        poller->resume();
        QVERIFY(errors.wait(10000));
        QCOMPARE(errors.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(threads, QList<QThread *> {QThread::currentThread()});
        QCOMPARE(poller->state(), FramePoller::State::Failing);
    }

    void idleFrameSlowsThePollerDownUntilSomethingChanges()
    {
        auto poller = makePoller(250, idleSession());
        poller->resume();
        QTRY_VERIFY_WITH_TIMEOUT(poller->isIdle(), 15000);
        // Three more requests: their gaps (server side) are at least twice the interval now.
        const int idleFrom = m_fx->count(Endpoint::Screenshot);
        QTRY_VERIFY_WITH_TIMEOUT(finishedScreenshots() >= idleFrom + 3, 20000);
        poller->pause();
        QTRY_VERIFY_WITH_TIMEOUT(!poller->isRequestInFlight(), 10000);
        verifyDiscipline(m_fx->requests(Endpoint::Screenshot).mid(idleFrom - 1), 500);
        QVERIFY(poller->currentInterval() <= FramePoller::IdleCeilingMs);

        poller->wake();
        QCOMPARE(poller->currentInterval(), 250);
        QVERIFY(!poller->isIdle());
    }

    void failedScreenshotIsRetriedByThePollerAlone()
    {
        m_client->client()->setMaxAttempts(4); // as in the application: the job itself must still not retry
        m_fx->armFault(QStringLiteral("screenshot:http=503,times=1"));
        auto poller = makePoller(250);
        poller->resume();
        QTRY_COMPARE_WITH_TIMEOUT(poller->state(), FramePoller::State::BackingOff, 10000);
        QCOMPARE(m_fx->count(Endpoint::Screenshot), 1);
        QCOMPARE(poller->lastError().kind, ApiError::Kind::Server);
        QTRY_COMPARE_WITH_TIMEOUT(poller->state(), FramePoller::State::Live, 10000);
    }
};

QTEST_MAIN(TestFramePoller)
#include "tst_framepoller.moc"
