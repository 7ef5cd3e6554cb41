#include "api/createsessionjob.h"
#include "api/createsessionrequest.h"
#include "api/deletesessionjob.h"
#include "api/getstatusjob.h"
#include "api/listmodelsjob.h"
#include "api/listsessionsjob.h"
#include "api/messagespage.h"
#include "testdata.h"

#include <QJsonArray>
#include <QTest>

using namespace agi;

namespace {

QByteArray fixture(const char *name)
{
    return agi::test::readTestData(QByteArray("api/").append(name).constData());
}

} // namespace

class TestApiParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessions_bareArray()
    {
        QList<Session> sessions;
        QVERIFY(ListSessionsJob::parseSessions(fixture("sessions_bare_array.json"), &sessions).isNone());
        QCOMPARE(sessions.size(), 2);
        const Session &first = sessions.at(0);
        QCOMPARE(first.id, QStringLiteral("f6a7b0e6-7f46-4a0d-9a47-92b7f0a4d2d3"));
        QCOMPARE(first.agentName, QStringLiteral("agi-0"));
        QCOMPARE(first.status.value, SessionStatus::Value::Running);
        QCOMPARE(first.createdAt, QDateTime(QDate(2025, 10, 5), QTime(18, 4, 34, 281), Qt::UTC));
        QCOMPARE(first.vncUrl, QUrl(QStringLiteral("https://vnc.agi.tech/session/f6a7b0e6")));
        QCOMPARE(first.environmentId, QStringLiteral("0b4e4a47-1c1e-4a7e-9d9e-1a2b3c4d5e6f"));
        QCOMPARE(first.goal, QStringLiteral("Find flights"));
        QCOMPARE(sessions.at(1).status.value, SessionStatus::Value::Completed);
        QVERIFY(sessions.at(1).vncUrl.isEmpty());
    }

    void sessions_wrappedObject()
    {
        QList<Session> sessions;
        QVERIFY(ListSessionsJob::parseSessions(fixture("sessions_wrapped.json"), &sessions).isNone());
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.at(0).id, QStringLiteral("s-1"));
        QCOMPARE(sessions.at(0).status.value, SessionStatus::Value::Ready);
        QCOMPARE(sessions.at(0).createdAt, QDateTime(QDate(2025, 10, 5), QTime(18, 4, 34), Qt::UTC));
    }

    void sessions_unknownStatusAndWrongTypes_keptOrSkipped()
    {
        QList<Session> sessions;
        QVERIFY(ListSessionsJob::parseSessions(fixture("sessions_unknown_status.json"), &sessions).isNone());
        QCOMPARE(sessions.size(), 3); // no session_id and "not an object" are skipped
        QCOMPARE(sessions.at(0).status.value, SessionStatus::Value::Unknown);
        QCOMPARE(sessions.at(0).status.raw, QStringLiteral("hibernating"));
        QCOMPARE(sessions.at(0).status.displayText(), QStringLiteral("hibernating"));
        QCOMPARE(sessions.at(1).agentName, QStringLiteral("7"));
        QVERIFY(!sessions.at(1).createdAt.isValid());
        QCOMPARE(sessions.at(2).status.value, SessionStatus::Value::Terminated);
    }

    void sessions_notAList_isBadResponse()
    {
        QList<Session> sessions;
        QCOMPARE(ListSessionsJob::parseSessions(QByteArrayLiteral("{\"items\": []}"), &sessions).kind,
            ApiError::Kind::BadResponse);
        const ApiError truncated = ListSessionsJob::parseSessions(fixture("truncated.json"), &sessions);
        QCOMPARE(truncated.kind, ApiError::Kind::BadResponse);
        QVERIFY(truncated.serverMessage.contains(QLatin1String("malformed JSON")));
    }

    void session_get_ignoresUnknownFields()
    {
        Session session;
        QVERIFY(CreateSessionJob::parseSession(fixture("session_get.json"), &session).isNone());
        QCOMPARE(session.environmentId, QStringLiteral("env-1"));
        QVERIFY(session.goal.isEmpty());
        QCOMPARE(CreateSessionJob::parseSession(QByteArrayLiteral("{\"status\":\"ready\"}"), &session).kind,
            ApiError::Kind::BadResponse);
    }

    void messages_mixedContentAndOrder()
    {
        MessagesPage page;
        QVERIFY(MessagesPage::fromJson(fixture("messages_mixed.json"), &page).isNone());
        QCOMPARE(page.status.value, ExecutionStatus::Value::Finished);
        QVERIFY(page.status.isTerminal());
        QVERIFY(page.hasAgent);
        QCOMPARE(page.messages.size(), 4);
        QCOMPARE(page.messages.at(0).id, 17); // sorted by id
        QCOMPARE(page.messages.at(0).type, Message::Type::Question);
        QCOMPARE(page.messages.at(0).metadata.value(QLatin1String("origin")).toString(), QStringLiteral("agent"));
        const Message &done = page.messages.at(2);
        QCOMPARE(done.type, Message::Type::Done);
        QVERIFY(done.content.isObject());
        const QString text = done.text();
        QVERIFY2(text.startsWith(QLatin1String("Found 3 flights under $450\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("- airline: KLM")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("price: 445")), qPrintable(text));
        const Message &unknown = page.messages.at(3);
        QCOMPARE(unknown.id, 20); // a numeric string is accepted
        QCOMPARE(unknown.type, Message::Type::Unknown);
        QCOMPARE(unknown.typeText, QStringLiteral("PLAN"));
        QVERIFY(!unknown.timestamp.isValid());
        QVERIFY(unknown.metadata.isEmpty());
        QCOMPARE(page.lastId(), 20);
    }

    void messages_camelCaseHasAgent()
    {
        MessagesPage page;
        QVERIFY(MessagesPage::fromJson(fixture("messages_hasagent_camel.json"), &page).isNone());
        QVERIFY(page.hasAgent);
        QCOMPARE(page.status.value, ExecutionStatus::Value::WaitingForInput);
        QCOMPARE(page.lastId(7), 7);
    }

    void messages_unknownStatusAndArrayContent()
    {
        MessagesPage page;
        QVERIFY(MessagesPage::fromJson(fixture("messages_unknown_status.json"), &page).isNone());
        QCOMPARE(page.status.value, ExecutionStatus::Value::Unknown);
        QCOMPARE(page.status.displayText(), QStringLiteral("thinking_hard"));
        QVERIFY(!page.hasAgent);
        QCOMPARE(page.messages.at(0).text(), QStringLiteral("- step one\n- step two"));
    }

    void models_stringsAndObjects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("strings") << fixture("models_strings.json")
                                 << QStringList {QStringLiteral("agi-0"), QStringLiteral("agi-0-fast")};
        QTest::newRow("objects") << fixture("models_objects.json")
                                 << QStringList {QStringLiteral("agi-0"), QStringLiteral("agi-1")};
        QTest::newRow("bare array") << QByteArrayLiteral(R"(["x", 3, null])") << QStringList {QStringLiteral("x")};
    }
    void models_stringsAndObjects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        QStringList models;
        QVERIFY(ListModelsJob::parseModels(body, &models).isNone());
        QCOMPARE(models, expected);
    }

    void status_knownAndUnknown()
    {
        ExecutionStatus status;
        QVERIFY(GetStatusJob::parseStatus(fixture("status_waiting.json"), &status).isNone());
        QCOMPARE(status.value, ExecutionStatus::Value::WaitingForInput);
        QVERIFY(GetStatusJob::parseStatus(fixture("status_unknown.json"), &status).isNone());
        QCOMPARE(status.value, ExecutionStatus::Value::Unknown);
        QCOMPARE(status.raw, QStringLiteral("warming_up"));
        QCOMPARE(GetStatusJob::parseStatus(QByteArrayLiteral("[]"), &status).kind, ApiError::Kind::BadResponse);
    }

    void delete_outcomes()
    {
        DeleteOutcome outcome;
        QVERIFY(DeleteSessionJob::parseOutcome(fixture("delete_deleted.json"), false, &outcome).isNone());
        QVERIFY(outcome.deleted);
        QVERIFY(!outcome.probablyAlreadyEnded);
        QCOMPARE(outcome.message, QStringLiteral("Session deleted successfully"));
        QVERIFY(DeleteSessionJob::parseOutcome(fixture("delete_not_found.json"), false, &outcome).isNone());
        QVERIFY(!outcome.deleted);
        QVERIFY(!outcome.probablyAlreadyEnded);
        // deleted:false after a failed first attempt: the first one most likely ended it.
        QVERIFY(DeleteSessionJob::parseOutcome(fixture("delete_not_found.json"), true, &outcome).isNone());
        QVERIFY(outcome.probablyAlreadyEnded);
    }

    void createRequest_sendsOnlyWhatIsSet()
    {
        CreateSessionRequest request;
        QCOMPARE(request.toJson(), QJsonObject());
        request.agentName = QStringLiteral("agi-0-fast");
        request.webhookUrl = QUrl(QStringLiteral("https://hooks.example/x"));
        request.restoreFromSessionId = QStringLiteral("s-1");
        request.restoreDefaultEnvironmentFromUserId = QStringLiteral("user-1");
        request.restoreFromEnvironmentId = QStringLiteral("env-1");
        request.enableMemorySnapshot = false;
        request.goal = QStringLiteral("Find flights");
        request.maxSteps = 25;
        const QJsonObject json = request.toJson();
        QCOMPARE(json.value(QLatin1String("agent_name")).toString(), QStringLiteral("agi-0-fast"));
        QCOMPARE(json.value(QLatin1String("webhook_url")).toString(), QStringLiteral("https://hooks.example/x"));
        QCOMPARE(json.value(QLatin1String("restore_from_session_id")).toString(), QStringLiteral("s-1"));
        QCOMPARE(
            json.value(QLatin1String("restore_default_environment_from_user_id")).toString(), QStringLiteral("user-1"));
        QCOMPARE(json.value(QLatin1String("restore_from_environment_id")).toString(), QStringLiteral("env-1"));
        QCOMPARE(json.value(QLatin1String("enable_memory_snapshot")), QJsonValue(false));
        QCOMPARE(json.value(QLatin1String("goal")).toString(), QStringLiteral("Find flights"));
        QCOMPARE(json.value(QLatin1String("max_steps")).toInt(), 25);
    }
};

QTEST_GUILESS_MAIN(TestApiParsers)
#include "tst_apiparsers.moc"
