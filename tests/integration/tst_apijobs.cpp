#include "api/apiclient.h"
#include "api/createsessionjob.h"
#include "api/deleteallsessionsjob.h"
#include "api/deletesessionjob.h"
#include "api/eventstream.h"
#include "api/getmessagesjob.h"
#include "api/getsessionjob.h"
#include "api/getstatusjob.h"
#include "api/listmodelsjob.h"
#include "api/listsessionsjob.h"
#include "api/navigatejob.h"
#include "api/screenshotjob.h"
#include "api/sendmessagejob.h"
#include "api/sessioncontroljob.h"

#include "emulatorfixture.h"
#include "testclient.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace agi;

namespace {

//! Runs a job to its end; the job is kept (no auto-delete) so the test can read it.
bool run(ApiJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    if (!finished.wait(30000) && finished.isEmpty())
        qFatal("job did not finish");
    return job->error().isNone();
}

} // namespace

class TestApiJobs final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::TestClient> m_client;

    QString createSession(const QString &goal = {})
    {
        CreateSessionRequest request;
        request.goal = goal;
        CreateSessionJob job(m_client->client(), request);
        if (!run(&job))
            qFatal("create failed: %s", qPrintable(job.error().userMessage()));
        return job.session().id;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_client = std::make_unique<test::TestClient>(*m_fx);
        m_client->client()->setRetryBaseDelay(10);
    }
    void cleanup()
    {
        m_client.reset();
        m_fx.reset();
    }

    void happyPath_everyJob()
    {
        ListModelsJob models(m_client->client());
        QVERIFY(run(&models));
        QVERIFY(models.models().contains(QStringLiteral("agi-0")));

        CreateSessionRequest request;
        request.agentName = QStringLiteral("agi-0-fast");
        CreateSessionJob create(m_client->client(), request);
        QVERIFY(run(&create));
        const QString id = create.session().id;
        QVERIFY(!id.isEmpty());
        QCOMPARE(create.session().agentName, QStringLiteral("agi-0-fast"));

        ListSessionsJob list(m_client->client());
        QVERIFY(run(&list));
        QCOMPARE(list.sessions().size(), 1);
        QCOMPARE(list.sessions().at(0).id, id);

        GetSessionJob get(m_client->client(), id);
        QVERIFY(run(&get));
        QCOMPARE(get.session().id, id);
        QVERIFY(get.session().status.value != SessionStatus::Value::Unknown);

        SendMessageJob message(m_client->client(), id, QStringLiteral("Find flights to Lisbon"));
        QVERIFY2(run(&message), qPrintable(message.error().userMessage()));

        GetStatusJob status(m_client->client(), id);
        QVERIFY(run(&status));
        QVERIFY(status.status().value != ExecutionStatus::Value::Unknown);

        GetMessagesJob messages(m_client->client(), id, 0, false);
        QVERIFY(run(&messages));
        QVERIFY(!messages.page().messages.isEmpty());

        ScreenshotJob shot(m_client->client(), id);
        QVERIFY(run(&shot));
        QVERIFY(shot.body().contains("\"screenshot\""));

        NavigateJob navigate(m_client->client(), id, QUrl(QStringLiteral("https://example.com/page")));
        QVERIFY2(run(&navigate), qPrintable(navigate.error().userMessage()));
        QCOMPARE(navigate.currentUrl().host(), QStringLiteral("example.com"));

        DeleteSessionJob remove(m_client->client(), id, SnapshotMode::Filesystem, true);
        QVERIFY2(run(&remove), qPrintable(remove.error().userMessage()));
        QVERIFY(remove.outcome().deleted);
        QVERIFY(!remove.outcome().probablyAlreadyEnded);

        DeleteSessionJob again(m_client->client(), id);
        QVERIFY(run(&again));
        QVERIFY(!again.outcome().deleted);

        GetSessionJob gone(m_client->client(), id);
        QVERIFY(!run(&gone));
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);

        createSession();
        DeleteAllSessionsJob all(m_client->client());
        QVERIFY(run(&all));
        QVERIFY(all.outcome().deleted);
    }

    void control_pauseTwice_showsTheState()
    {
        const QString id = createSession(QStringLiteral("Research the history of Lisbon trams"));
        const auto executionStatus = [this, &id] {
            GetStatusJob status(m_client->client(), id);
            run(&status);
            return status.status().value;
        };
        QTRY_COMPARE_WITH_TIMEOUT(executionStatus(), ExecutionStatus::Value::Running, 20000);
        SessionControlJob pause(m_client->client(), id, SessionControlJob::Action::Pause);
        QVERIFY2(run(&pause), qPrintable(pause.error().userMessage()));
        QVERIFY(!pause.alreadyInState());
        SessionControlJob again(m_client->client(), id, SessionControlJob::Action::Pause);
        QVERIFY(run(&again));
        QVERIFY(again.alreadyInState());
        QCOMPARE(again.stateText(), QStringLiteral("already_paused"));
        SessionControlJob resume(m_client->client(), id, SessionControlJob::Action::Resume);
        QVERIFY(run(&resume));
        SessionControlJob resumeAgain(m_client->client(), id, SessionControlJob::Action::Resume);
        QVERIFY(run(&resumeAgain));
        QCOMPARE(resumeAgain.stateText(), QStringLiteral("not_paused"));
        SessionControlJob cancel(m_client->client(), id, SessionControlJob::Action::Cancel);
        QVERIFY(run(&cancel));
    }

    void errors_fromTheServer()
    {
        m_client->client()->setApiKey(QByteArrayLiteral("wrong-key"));
        QSignalSpy unauthorized(m_client->client(), &ApiClient::unauthorized);
        ListSessionsJob list(m_client->client());
        QVERIFY(!run(&list));
        QCOMPARE(list.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(unauthorized.size(), 1);
        QVERIFY(!list.error().userMessage().contains(QLatin1String("wrong-key")));
        m_client->client()->setApiKey(m_fx->apiKey());

        const QString id = createSession();
        DeleteSessionJob invalid(m_client->client(), id, SnapshotMode::None, true);
        QVERIFY(!run(&invalid));
        QCOMPARE(invalid.error().kind, ApiError::Kind::Validation);
        QVERIFY(!invalid.error().serverMessage.isEmpty());

        SendMessageJob empty(m_client->client(), id, QString());
        QVERIFY(!run(&empty));
        QCOMPARE(empty.error().kind, ApiError::Kind::Validation);

        CreateSessionRequest restore;
        restore.restoreFromSessionId = QStringLiteral("00000000-0000-4000-8000-000000000000");
        CreateSessionJob missing(m_client->client(), restore);
        QVERIFY(!run(&missing));
        QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(missing.error().effect, ApiError::Effect::None);
    }

    void notFound_saysWhatWasNotFound()
    {
        // A 404 on the list is a wrong address, not a missing session.
        m_fx->armFault(QStringLiteral("list:http=404,times=1"));
        ListSessionsJob list(m_client->client());
        QVERIFY(!run(&list));
        QCOMPARE(list.error().kind, ApiError::Kind::NotFound);
        QVERIFY2(list.error().userMessage().contains(QLatin1String("nothing at this address")),
            qPrintable(list.error().userMessage()));
        QVERIFY(!list.error().userMessage().contains(QLatin1String("Session")));

        GetSessionJob gone(m_client->client(), QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(!run(&gone));
        QCOMPARE(gone.error().userMessage(), QStringLiteral("Session not found: it may have ended."));
    }

    void successWithAnUnreadableAnswer_isNotReportedAsNothingDone()
    {
        // The server created the session; only its answer was garbled.
        m_fx->armFault(QStringLiteral("create:malformed-json,times=1"));
        CreateSessionJob create(m_client->client(), {});
        QVERIFY(!run(&create));
        QCOMPARE(create.error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(create.error().effect, ApiError::Effect::MaybeCreated);
        const QString text = create.error().userMessage();
        QVERIFY2(text.contains(QLatin1String("accepted the request")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("may have been created")), qPrintable(text));
        ListSessionsJob list(m_client->client());
        QVERIFY(run(&list));
        QCOMPARE(list.sessions().size(), 1);
    }

    void faults_mapToErrors_andTheClientRecovers_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("503") << QStringLiteral("list:http=503") << ApiError::Kind::Server;
        QTest::newRow("500") << QStringLiteral("list:http=500") << ApiError::Kind::Server;
        QTest::newRow("429") << QStringLiteral("list:http=429,retry-after=0") << ApiError::Kind::RateLimited;
        QTest::newRow("403") << QStringLiteral("list:http=403") << ApiError::Kind::Forbidden;
        QTest::newRow("drop") << QStringLiteral("list:drop") << ApiError::Kind::Network;
        QTest::newRow("truncate") << QStringLiteral("list:truncate") << ApiError::Kind::Network;
        QTest::newRow("malformed-json") << QStringLiteral("list:malformed-json") << ApiError::Kind::BadResponse;
        QTest::newRow("latency") << QStringLiteral("list:latency=3000") << ApiError::Kind::Timeout;
        QTest::newRow("stall") << QStringLiteral("list:stall") << ApiError::Kind::Timeout;
    }
    void faults_mapToErrors_andTheClientRecovers()
    {
        QFETCH(QString, fault);
        QFETCH(ApiError::Kind, kind);
        createSession();
        m_client->client()->setTimeoutOverride(300);
        m_client->client()->setMaxAttempts(2);
        m_fx->armFault(fault);
        ListSessionsJob failing(m_client->client());
        QVERIFY(!run(&failing));
        QCOMPARE(failing.error().kind, kind);
        QVERIFY(!failing.error().userMessage().isEmpty());

        m_fx->clearFaults();
        ListSessionsJob recovered(m_client->client());
        QVERIFY2(run(&recovered), qPrintable(recovered.error().userMessage()));
        QCOMPARE(recovered.sessions().size(), 1);
    }

    void transientFault_isRetriedAway()
    {
        createSession();
        m_fx->armFault(QStringLiteral("list:http=503,times=2"));
        ListSessionsJob list(m_client->client());
        QSignalSpy retries(&list, &ApiJob::retryScheduled);
        QVERIFY(run(&list));
        QCOMPARE(retries.size(), 2);
    }

    void create_isNotRetried()
    {
        m_fx->armFault(QStringLiteral("create:http=503,times=1"));
        CreateSessionJob create(m_client->client(), CreateSessionRequest {});
        QVERIFY(!run(&create));
        QCOMPARE(create.error().kind, ApiError::Kind::Server);
        QCOMPARE(create.error().effect, ApiError::Effect::MaybeCreated);
    }

    void eventStream_followsATaskToDone()
    {
        const QString id = createSession();
        EventStream events(m_client->client(), id);
        events.setHeartbeatInterval(500);
        QSignalSpy messages(&events, &EventStream::messageReceived);
        QSignalSpy status(&events, &EventStream::statusChanged);
        QSignalSpy finished(&events, &EventStream::finished);
        events.start();
        SendMessageJob message(m_client->client(), id, QStringLiteral("Find flights to Lisbon"));
        QVERIFY(run(&message));
        QVERIFY(finished.wait(60000));
        QVERIFY(!messages.isEmpty());
        QCOMPARE(status.last().at(0).value<EventStream::TaskEvent>(), EventStream::TaskEvent::Done);
        QList<qint64> ids;
        for (const QList<QVariant> &args : std::as_const(messages))
            ids.append(args.at(0).value<Message>().id);
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY2(ids.at(i) > ids.at(i - 1), "message ids must be unique and increasing");
        QCOMPARE(messages.last().at(0).value<Message>().type, Message::Type::Done);
    }

    void eventStream_reconnectsAndCatchesUp_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("drop") << QStringLiteral("events:drop,times=1");
        QTest::newRow("stall") << QStringLiteral("events:stall,times=1");
    }
    void eventStream_reconnectsAndCatchesUp()
    {
        QFETCH(QString, fault);
        const QString id = createSession();
        SendMessageJob message(m_client->client(), id, QStringLiteral("Find flights to Lisbon"));
        QVERIFY(run(&message));
        m_fx->armFault(fault);
        EventStream events(m_client->client(), id);
        events.setHeartbeatInterval(500);
        QSignalSpy messages(&events, &EventStream::messageReceived);
        QSignalSpy errors(&events, &EventStream::errorOccurred);
        QSignalSpy finished(&events, &EventStream::finished);
        events.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(events.reconnectCount() >= 1);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(messages.last().at(0).value<Message>().type, Message::Type::Done);

        // Everything the server has was delivered exactly once, in order.
        GetMessagesJob all(m_client->client(), id, 0, true);
        QVERIFY(run(&all));
        QList<qint64> streamed;
        for (const QList<QVariant> &args : std::as_const(messages))
            streamed.append(args.at(0).value<Message>().id);
        QList<qint64> stored;
        for (const Message &m : all.page().messages)
            stored.append(m.id);
        QCOMPARE(streamed, stored);
    }
};

QTEST_MAIN(TestApiJobs) // the emulator renders frames: it needs a QGuiApplication
#include "tst_apijobs.moc"
