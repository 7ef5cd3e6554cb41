// The core's operations on sessions against the in-process emulator, without any widget: creating
// (with its first task), ending all, the session commands, the model list and the key check, and
// what the SessionMonitor does with their outcomes.
#include "api/apiclient.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "model/sessionlistmodel.h"
#include "model/snapshotlibrary.h"
#include "monitor/apikeycheck.h"
#include "monitor/createsessionoperation.h"
#include "monitor/endallsessionsoperation.h"
#include "monitor/endsessionoperation.h"
#include "monitor/modelcatalog.h"
#include "monitor/sessioncommand.h"
#include "testclient.h"
#include "testmonitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace agi;
using agi::emu::Endpoint;

class TestSessionOperations final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestClient> m_client;
    std::unique_ptr<test::TestMonitor> m_monitor;

    QString createSession()
    {
        return test::SessionApi(*m_probe).create().value(QStringLiteral("session_id")).toString();
    }

    CreateSessionOperation::Outcome create(
        CreateSessionOperation &operation, const CreateSessionRequest &request, const QString &task = {})
    {
        QSignalSpy finished(&operation, &CreateSessionOperation::finished);
        if (!operation.start(request, task) || !finished.wait(15000))
            return {};
        return finished.first().first().value<CreateSessionOperation::Outcome>();
    }

    //! Runs `send` on a command to `sessionId` made by the monitor; the outcome.
    template<typename Send> SessionCommand::Outcome command(const QString &sessionId, Send send)
    {
        SessionCommand *command = m_monitor->monitor()->newCommand(sessionId, this);
        QSignalSpy finished(command, &SessionCommand::finished);
        const bool sent = send(command);
        const bool answered = sent && finished.wait(15000);
        delete command;
        if (!answered)
            return {};
        return finished.first().first().value<SessionCommand::Outcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CreateSessionOperation::Outcome>();
        qRegisterMetaType<EndAllSessionsOperation::Outcome>();
        qRegisterMetaType<SessionCommand::Outcome>();
    }

    void init()
    {
        m_fx = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_client = std::make_unique<test::TestClient>(*m_fx);
        m_client->client()->setRetryBaseDelay(10);
        m_monitor = std::make_unique<test::TestMonitor>(m_client->client());
    }

    void cleanup()
    {
        m_monitor.reset();
        m_client.reset();
        m_probe.reset();
        m_fx.reset();
    }

    void create_withTask_sendsOneOfEach_andIsListedAtOnce()
    {
        CreateSessionOperation *operation = m_monitor->monitor()->newCreateSession(this);
        CreateSessionRequest request;
        request.agentName = QStringLiteral("agi-0-fast");
        QSignalSpy progress(operation, &CreateSessionOperation::progress);
        const auto outcome = create(*operation, request, QStringLiteral("  Find the weather in Paris  "));
        QVERIFY(outcome.created);
        QVERIFY(outcome.text.isEmpty());
        QCOMPARE(outcome.session.agentName, QStringLiteral("agi-0-fast"));
        QVERIFY(m_monitor->monitor()->sessions()->rowOf(outcome.session.id) >= 0);
        QCOMPARE(m_fx->count(Endpoint::CreateSession), 1);
        QCOMPARE(m_fx->count(Endpoint::SendMessage, outcome.session.id), 1);
        QCOMPARE(progress.size(), 2); // creating, then sending the task
        const QByteArray messages = QJsonDocument(test::SessionApi(*m_probe).messages(outcome.session.id)).toJson();
        QVERIFY2(messages.contains("\"Find the weather in Paris\""), messages.constData()); // trimmed
        QTRY_VERIFY(m_fx->count(Endpoint::ListSessions) >= 1);                              // confirmed by a refresh
        delete operation;
    }

    void create_withoutTask_sendsNoMessage()
    {
        CreateSessionOperation operation(m_client->client());
        const auto outcome = create(operation, {}, QStringLiteral("   "));
        QVERIFY(outcome.created);
        QCOMPARE(m_fx->count(Endpoint::SendMessage), 0);
    }

    void create_taskRefused_sessionStillCreated_saysSo()
    {
        m_fx->armFault(QStringLiteral("message:http=500"));
        CreateSessionOperation operation(m_client->client());
        const auto outcome = create(operation, {}, QStringLiteral("Book a table"));
        QVERIFY(outcome.created);
        QVERIFY(!outcome.session.id.isEmpty());
        QVERIFY2(outcome.taskProblem.contains(QLatin1String("500")), qPrintable(outcome.taskProblem));
        QVERIFY2(outcome.text.contains(QLatin1String("created, but its first task could not be sent")),
            qPrintable(outcome.text));
        QCOMPARE(m_fx->count(Endpoint::SendMessage), 1); // a message is never resent on its own
    }

    void create_restoreMissing_namesWhatIsMissing_data()
    {
        QTest::addColumn<bool>("fromDefault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("saved session") << false << QStringLiteral("No snapshot is saved for that session.");
        QTest::newRow("default environment") << true << QStringLiteral("No default environment is saved for user id");
    }

    void create_restoreMissing_namesWhatIsMissing()
    {
        QFETCH(bool, fromDefault);
        QFETCH(QString, expected);
        CreateSessionRequest request;
        if (fromDefault)
            request.restoreDefaultEnvironmentFromUserId = QStringLiteral("nobody-saved-anything");
        else
            request.restoreFromSessionId = createSession(); // exists, but was never saved
        m_fx->armFault(QStringLiteral("create:http=404,times=1"));
        CreateSessionOperation operation(m_client->client());
        const auto outcome = create(operation, request);
        QVERIFY(!outcome.created);
        QVERIFY(!outcome.mayExist);
        QVERIFY2(outcome.text.contains(expected), qPrintable(outcome.text));
    }

    void create_fromASavedSnapshot_recordsWhenItWasLastUsed()
    {
        Session saved;
        saved.id = createSession();
        EndSessionOperation *end = m_monitor->monitor()->newEndSession(saved, {}, this);
        QSignalSpy ended(end, &EndSessionOperation::finished);
        QVERIFY(end->start(SnapshotMode::Filesystem, false));
        QVERIFY(ended.wait(15000));
        QVERIFY(ended.first().first().value<EndSessionOperation::Outcome>().saved);
        SnapshotLibrary *library = m_monitor->library();
        QVERIFY(library->entry(saved.id).has_value());
        QVERIFY(!library->entry(saved.id)->lastUsedAt.isValid());

        CreateSessionOperation *operation = m_monitor->monitor()->newCreateSession(this);
        CreateSessionRequest request;
        request.restoreFromSessionId = saved.id;
        const auto outcome = create(*operation, request);
        QVERIFY(outcome.created);
        QVERIFY(library->entry(saved.id)->lastUsedAt.isValid());
        // Kept for the next run too.
        SnapshotLibrary reread(library->directory());
        reread.setAccount(library->account());
        QVERIFY(reread.load());
        QVERIFY(reread.entry(saved.id)->lastUsedAt.isValid());
        delete operation;
        delete end;
    }

    void create_noAnswer_mayExist_monitorLooksForIt()
    {
        m_client->client()->setTimeoutOverride(300);
        m_fx->armFault(QStringLiteral("create:latency=3000,times=1"));
        CreateSessionOperation *operation = m_monitor->monitor()->newCreateSession(this);
        const auto outcome = create(*operation, {}, QStringLiteral("A task"));
        QVERIFY(!outcome.created);
        QVERIFY(outcome.mayExist);
        QVERIFY2(outcome.text.contains(QLatin1String("may have been created")), qPrintable(outcome.text));
        QCOMPARE(m_fx->count(Endpoint::CreateSession), 1); // never resent
        QCOMPARE(m_fx->count(Endpoint::SendMessage), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->count(Endpoint::ListSessions) >= 1, 15000);
        delete operation;
    }

    void nonIdempotent_droppedConnection_isNeverResent_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("endpoint");
        QTest::newRow("create") << QStringLiteral("create:drop,times=1") << int(Endpoint::CreateSession);
        QTest::newRow("message") << QStringLiteral("message:drop,times=1") << int(Endpoint::SendMessage);
    }

    void nonIdempotent_droppedConnection_isNeverResent()
    {
        QFETCH(QString, fault);
        QFETCH(int, endpoint);
        // A connection the client has used before: Qt resends on a reused connection first.
        m_monitor->monitor()->models()->refresh();
        QTRY_VERIFY(m_monitor->monitor()->models()->isFromServer());
        m_fx->armFault(fault);
        CreateSessionOperation *operation = m_monitor->monitor()->newCreateSession(this);
        const auto outcome = create(*operation, {}, QStringLiteral("Book a table for two"));
        QCOMPARE(m_fx->count(Endpoint(endpoint)), 1);
        if (Endpoint(endpoint) == Endpoint::CreateSession) {
            QVERIFY(!outcome.created);
            QVERIFY(outcome.mayExist);
            QTRY_COMPARE(m_monitor->monitor()->sessions()->rowCount(), 1); // the one the dropped create made
        } else {
            // The task arrived before the connection dropped: the conversation shows it, nothing to redo.
            QVERIFY(outcome.created);
            QVERIFY2(outcome.taskProblem.isEmpty(), qPrintable(outcome.taskProblem));
            QCOMPARE(m_fx->count(Endpoint::Messages, outcome.session.id), 1);
        }
        delete operation;
    }

    void create_secondStartWhileRunning_sendsNothing()
    {
        CreateSessionOperation operation(m_client->client());
        QSignalSpy finished(&operation, &CreateSessionOperation::finished);
        QVERIFY(operation.start({}));
        QVERIFY(!operation.start({}));
        QVERIFY(finished.wait(15000));
        QCOMPARE(m_fx->count(Endpoint::CreateSession), 1);
    }

    void endAll_endsEverySession_thenRefreshes()
    {
        createSession();
        createSession();
        EndAllSessionsOperation *operation = m_monitor->monitor()->newEndAllSessions(this);
        QSignalSpy finished(operation, &EndAllSessionsOperation::finished);
        QVERIFY(operation->start());
        QVERIFY(!operation->start());
        QVERIFY(finished.wait(15000));
        const auto outcome = finished.first().first().value<EndAllSessionsOperation::Outcome>();
        QVERIFY(outcome.ended);
        QCOMPARE(outcome.text, QStringLiteral("All sessions ended. Nothing was saved."));
        QCOMPARE(m_fx->count(Endpoint::DeleteAllSessions), 1);
        QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions")).json().array().size(), 0);
        QTRY_VERIFY(m_fx->count(Endpoint::ListSessions) >= 1);
        delete operation;
    }

    void endAll_refused_saysWhy()
    {
        createSession();
        m_fx->armFault(QStringLiteral("delete-all:http=403"));
        EndAllSessionsOperation operation(m_client->client());
        QSignalSpy finished(&operation, &EndAllSessionsOperation::finished);
        QVERIFY(operation.start());
        QVERIFY(finished.wait(15000));
        const auto outcome = finished.first().first().value<EndAllSessionsOperation::Outcome>();
        QVERIFY(!outcome.ended);
        QVERIFY2(outcome.text.startsWith(QLatin1String("Ending all sessions failed:")), qPrintable(outcome.text));
        QVERIFY2(outcome.text.contains(QLatin1String("403")), qPrintable(outcome.text));
    }

    void pauseAndResume_changeTheAgent_andSayWhenNothingChanged()
    {
        const QString id = createSession();
        QVERIFY(test::SessionApi(*m_probe).sendMessage(id, QStringLiteral("Research the best laptops")).status < 300);

        auto outcome = command(id, [](SessionCommand *c) { return c->pause(); });
        QVERIFY(outcome.done);
        QVERIFY(!outcome.alreadyInState);
        QCOMPARE(outcome.text, QStringLiteral("The agent is paused."));
        QCOMPARE(test::SessionApi(*m_probe).executionStatus(id), QStringLiteral("paused"));
        QTRY_VERIFY(m_fx->count(Endpoint::ListSessions) >= 1); // the monitor fetches the new state

        outcome = command(id, [](SessionCommand *c) { return c->pause(); });
        QVERIFY(outcome.done);
        QVERIFY(outcome.alreadyInState);
        QCOMPARE(outcome.text, QStringLiteral("The agent was already paused."));

        outcome = command(id, [](SessionCommand *c) { return c->resume(); });
        QVERIFY(outcome.done);
        QVERIFY(!outcome.alreadyInState);
        QVERIFY(test::SessionApi(*m_probe).executionStatus(id) != QLatin1String("paused"));

        outcome = command(id, [](SessionCommand *c) { return c->resume(); });
        QVERIFY(outcome.alreadyInState);
        QCOMPARE(outcome.text, QStringLiteral("The agent was not paused."));
        QCOMPARE(m_fx->count(Endpoint::Pause, id), 2);
        QCOMPARE(m_fx->count(Endpoint::Resume, id), 2);
    }

    void navigate_message_cancel_reachTheSession()
    {
        const QString id = createSession();
        auto outcome = command(
            id, [](SessionCommand *c) { return c->navigate(QUrl(QStringLiteral("https://shop.example.com/cart"))); });
        QVERIFY(outcome.done);
        QCOMPARE(outcome.kind, SessionCommand::Kind::Navigate);
        QCOMPARE(outcome.url.host(), QStringLiteral("shop.example.com"));
        QCOMPARE(test::SessionApi(*m_probe).screenshot(id).url, QStringLiteral("https://shop.example.com/cart"));

        outcome = command(id, [](SessionCommand *c) { return c->sendMessage(QStringLiteral("Check out the cart")); });
        QVERIFY(outcome.done);
        QCOMPARE(outcome.text, QStringLiteral("Sent."));
        const QByteArray messages = QJsonDocument(test::SessionApi(*m_probe).messages(id)).toJson();
        QVERIFY2(messages.contains("Check out the cart"), messages.constData());

        outcome = command(id, [](SessionCommand *c) { return c->cancel(); });
        QVERIFY(outcome.done);
        QCOMPARE(m_fx->count(Endpoint::Cancel, id), 1);
    }

    void blankMessage_isNotSent()
    {
        SessionCommand command(m_client->client(), createSession());
        QVERIFY(!command.sendMessage(QStringLiteral(" \n ")));
        QVERIFY(!command.isRunning());
        QCOMPARE(m_fx->count(Endpoint::SendMessage), 0);
    }

    void failures_sayWhatFailed_andAreNeverResent()
    {
        auto outcome = command(QStringLiteral("no-such-session"), [](SessionCommand *c) { return c->pause(); });
        QVERIFY(!outcome.done);
        QCOMPARE(outcome.error.kind, ApiError::Kind::NotFound);
        QVERIFY2(outcome.text.startsWith(QLatin1String("Could not pause the agent:")), qPrintable(outcome.text));
    }

    void lostAnswerToAMessage_theConversationSaysWhetherItArrived_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("arrived");
        QTest::addColumn<bool>("checkFails");
        QTest::addColumn<QString>("expected");
        QTest::newRow("arrived, answer late") << QStringLiteral("message:latency=3000,times=1") << true << false
                                              << QStringLiteral("is in the conversation");
        QTest::newRow("arrived, connection dropped")
            << QStringLiteral("message:drop,times=1") << true << false << QStringLiteral("is in the conversation");
        QTest::newRow("server failed before it") << QStringLiteral("message:http=503,times=1") << false << false
                                                 << QStringLiteral("did not reach the agent");
        QTest::newRow("conversation unreadable")
            << QStringLiteral("message:drop,times=1") << true << true << QStringLiteral("could not be read");
    }

    void lostAnswerToAMessage_theConversationSaysWhetherItArrived()
    {
        QFETCH(QString, fault);
        QFETCH(bool, arrived);
        QFETCH(bool, checkFails);
        QFETCH(QString, expected);
        const QString id = createSession();
        m_client->client()->setTimeoutOverride(300);
        m_fx->armFault(fault);
        if (checkFails)
            m_fx->armFault(QStringLiteral("messages:http=404"));
        const auto outcome
            = command(id, [](SessionCommand *c) { return c->sendMessage(QStringLiteral("Are you there?")); });
        QVERIFY2(outcome.text.contains(expected), qPrintable(outcome.text));
        QCOMPARE(outcome.done, arrived && !checkFails);
        QCOMPARE(outcome.maybeSent, checkFails);             // only then is it still uncertain
        QCOMPARE(m_fx->count(Endpoint::SendMessage, id), 1); // never sent again
        QVERIFY(m_fx->count(Endpoint::Messages, id) >= 1);   // the check
        m_fx->clearFaults();
        const bool inConversation
            = QJsonDocument(test::SessionApi(*m_probe).messages(id)).toJson().contains("Are you there?");
        QCOMPARE(inConversation, arrived);
    }

    void models_serverListOrDocumentedOnes()
    {
        ModelCatalog *models = m_monitor->monitor()->models();
        QVERIFY(!models->isFromServer());
        QCOMPARE(models->models(), ModelCatalog::documentedModels());

        m_fx->armFault(QStringLiteral("models:http=503"));
        QSignalSpy changed(models, &ModelCatalog::changed);
        models->refresh();
        QVERIFY(changed.wait(15000));
        QVERIFY(!models->isFromServer());
        QVERIFY2(models->problem().contains(QLatin1String("503")), qPrintable(models->problem()));
        QCOMPARE(models->models(), ModelCatalog::documentedModels());

        m_fx->clearFaults();
        models->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(models->isFromServer(), 15000);
        QVERIFY(models->problem().isEmpty());
        QStringList listed; // what the server says, in its order
        const QJsonValue answer
            = m_probe->get(QStringLiteral("/v1/models")).json().object().value(QStringLiteral("models"));
        for (const auto &model : answer.toArray())
            listed.append(
                model.isString() ? model.toString() : model.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(!listed.isEmpty());
        QCOMPARE(models->models(), listed);

        // Another key may see other models: the list is asked again.
        m_monitor->monitor()->setApiKey(m_fx->apiKey());
        QVERIFY(!models->isFromServer());
    }

    void keyCheck_triesTheCandidateAlone()
    {
        ApiKeyCheck *check = m_monitor->monitor()->newKeyCheck(this);
        QSignalSpy finished(check, &ApiKeyCheck::finished);
        QVERIFY(!check->start("  "));
        QVERIFY(check->start("not-a-key"));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("401")),
            qPrintable(finished.first().at(1).toString()));
        // The key in use is untouched: the app's own requests still go through.
        ModelCatalog *models = m_monitor->monitor()->models();
        models->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(models->isFromServer(), 15000);

        QVERIFY(check->start(m_fx->apiKey()));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QCOMPARE(m_fx->count(Endpoint::Models), 3);
        delete check;
    }
};

QTEST_MAIN(TestSessionOperations)
#include "tst_sessionoperations.moc"
