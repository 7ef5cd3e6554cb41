// The scripted agent as a client sees it: the execution state machine, messages, frames that
// change as the agent moves on, control endpoints, navigate, the control route that scrolls the page,
// and repeatability by seed.
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace agi::test;

namespace {

QStringList typesOf(const QJsonArray &messages)
{
    QStringList types;
    for (const QJsonValue &m : messages)
        types << m.toObject().value(QStringLiteral("type")).toString();
    return types;
}

} // namespace

class TestEmulatorAgent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void flightsTask_runsToDoneWithStructuredResult();
    void framesDecodeAndChangeAsTheAgentMovesOn();
    void questionTask_waitsForInputThenFinishes();
    void errorTask_endsInError();
    void messages_afterIdAndSanitize();
    void message_validation();
    void pauseResume_freezeAndContinue();
    void pauseResume_conflicts();
    void pause_withoutATask_holdsTheNextTaskUntilResume();
    void pause_afterTheTaskFinished_succeeds();
    void cancel_returnsToReady();
    void navigate_changesThePageAtOnce();
    void navigate_keepsTheUrlExactlyAsSent_data();
    void navigate_keepsTheUrlExactlyAsSent();
    void navigate_rejectsBadUrls();
    void scroll_newFrameOnTheSamePageWithoutAMessage();
    void sameSeed_sameSessionsFramesAndMessages();

private:
    QString startTask(const QString &task);

    std::unique_ptr<EmulatorFixture> m_fx;
    std::unique_ptr<HttpProbe> m_probe;
    std::unique_ptr<SessionApi> m_api;
};

void TestEmulatorAgent::init()
{
    m_fx = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
    m_probe = std::make_unique<HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
    m_api = std::make_unique<SessionApi>(*m_probe);
}

void TestEmulatorAgent::cleanup()
{
    m_api.reset();
    m_probe.reset();
    m_fx.reset();
}

QString TestEmulatorAgent::startTask(const QString &task)
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    if (id.isEmpty())
        return {};
    if (m_api->sendMessage(id, task).status != 200)
        return {};
    return id;
}

void TestEmulatorAgent::flightsTask_runsToDoneWithStructuredResult()
{
    const QString id = startTask(QStringLiteral("find flights to Lisbon"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("running"), 5000);
    QCOMPARE(m_api->sessionStatus(id), QStringLiteral("running"));
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 20000);
    QCOMPARE(m_api->sessionStatus(id), QStringLiteral("ready"));

    const QJsonArray messages = m_api->messages(id);
    const QStringList types = typesOf(messages);
    QCOMPARE(types.first(), QStringLiteral("USER"));
    QVERIFY(types.contains(QStringLiteral("THOUGHT")));
    QCOMPARE(types.last(), QStringLiteral("DONE"));
    const QJsonValue result = messages.last().toObject().value(QStringLiteral("content"));
    QVERIFY2(result.isObject(), "DONE carries a structured result");
    QVERIFY(!result.toObject().value(QStringLiteral("summary")).toString().isEmpty());
    QVERIFY(result.toObject().value(QStringLiteral("flights")).isArray());

    int previous = 0;
    for (const QJsonValue &m : messages) {
        const int messageId = m.toObject().value(QStringLiteral("id")).toInt();
        QVERIFY2(messageId > previous, "message ids increase");
        previous = messageId;
    }
}

void TestEmulatorAgent::framesDecodeAndChangeAsTheAgentMovesOn()
{
    const QString id = startTask(QStringLiteral("find flights to Lisbon"));
    QVERIFY(!id.isEmpty());
    const SessionApi::Shot first = m_api->screenshot(id);
    QImage image;
    QVERIFY(image.loadFromData(first.jpeg, "JPEG"));
    QCOMPARE(image.size(), QSize(1280, 800));

    QSet<QByteArray> distinct {first.jpeg};
    QSet<QString> urls {first.url};
    // The agent walks through several pages: the frames and URLs seen while it runs differ.
    QTRY_VERIFY_WITH_TIMEOUT((distinct.insert(m_api->screenshot(id).jpeg), distinct.size() >= 3), 20000);
    QTRY_VERIFY_WITH_TIMEOUT((urls.insert(m_api->screenshot(id).url), urls.size() >= 2), 20000);
    for (const QByteArray &jpeg : std::as_const(distinct))
        QVERIFY(QImage::fromData(jpeg, "JPEG").size() == QSize(1280, 800));
}

void TestEmulatorAgent::questionTask_waitsForInputThenFinishes()
{
    const QString id = startTask(QStringLiteral("book a table for two on Friday"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("waiting_for_input"), 20000);
    QCOMPARE(m_api->sessionStatus(id), QStringLiteral("running"));
    QCOMPARE(typesOf(m_api->messages(id)).last(), QStringLiteral("QUESTION"));

    QCOMPARE(m_api->sendMessage(id, QStringLiteral("7 pm please")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 20000);
    const QStringList types = typesOf(m_api->messages(id));
    QVERIFY(types.indexOf(QStringLiteral("QUESTION")) < types.lastIndexOf(QStringLiteral("USER")));
    QCOMPARE(types.last(), QStringLiteral("DONE"));
}

void TestEmulatorAgent::errorTask_endsInError()
{
    const QString id = startTask(QStringLiteral("this task will fail"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("error"), 20000);
    QCOMPARE(typesOf(m_api->messages(id)).last(), QStringLiteral("ERROR"));
    QCOMPARE(m_api->sessionStatus(id), QStringLiteral("error"));
    // The session stays usable: a new task starts.
    QCOMPARE(m_api->sendMessage(id, QStringLiteral("search for the weather in Porto")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 20000);
}

void TestEmulatorAgent::messages_afterIdAndSanitize()
{
    const QString id = startTask(QStringLiteral("research the history of Lisbon trams"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 20000);

    const QJsonArray all = m_api->messages(id);
    QVERIFY(all.size() >= 3);
    const int middle = all.at(all.size() / 2).toObject().value(QStringLiteral("id")).toInt();
    const QJsonArray after = m_api->messages(id, middle);
    QVERIFY(!after.isEmpty());
    for (const QJsonValue &m : after)
        QVERIFY(m.toObject().value(QStringLiteral("id")).toInt() > middle);

    const ProbeReply raw = m_probe->get(QStringLiteral("/v1/sessions/%1/messages").arg(id));
    QCOMPARE(raw.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QVERIFY(raw.json().object().contains(QStringLiteral("has_agent")));

    const QJsonArray unsanitized = m_api->messages(id, 0, false);
    QVERIFY2(unsanitized.size() > all.size(), "sanitize=false also shows the agent's internal messages");

    QCOMPARE(
        m_probe->get(QStringLiteral("/v1/sessions/%1/messages").arg(id), QStringLiteral("after_id=abc")).status, 422);
}

void TestEmulatorAgent::message_validation()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    const QString path = QStringLiteral("/v1/sessions/%1/message").arg(id);
    QCOMPARE(m_probe->post(path, "{\"message\":\"\"}").status, 422);
    QCOMPARE(m_probe->post(path, "{}").status, 422);
    QCOMPARE(m_probe->post(path, "{\"message\":\"" + QByteArray(10001, 'x') + "\"}").status, 422);
    QCOMPARE(m_probe->post(path, "{\"message\":\"go\",\"start_url\":\"javascript:alert(1)\"}").status, 422);
    QCOMPARE(m_probe->post(path, "{\"message\":\"" + QByteArray(10000, 'x') + "\"}").status, 200);
}

void TestEmulatorAgent::pauseResume_freezeAndContinue()
{
    const QString id = startTask(QStringLiteral("find flights to Lisbon"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("running"), 5000);
    const ProbeReply paused = m_probe->post(QStringLiteral("/v1/sessions/%1/pause").arg(id));
    QCOMPARE(paused.status, 200);
    QCOMPARE(paused.json().object().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(m_api->executionStatus(id), QStringLiteral("paused"));
    QCOMPARE(m_api->sessionStatus(id), QStringLiteral("paused"));

    // While paused the agent does not move: the same messages come back after a few more requests.
    const int count = m_api->messages(id).size();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_api->screenshot(id).url.isEmpty(), false);
    QCOMPARE(m_api->messages(id).size(), count);

    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/resume").arg(id)).status, 200);
    QVERIFY(m_api->executionStatus(id) != QStringLiteral("paused"));
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 20000);
}

void TestEmulatorAgent::pauseResume_conflicts()
{
    const QString id = startTask(QStringLiteral("find flights to Lisbon"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("running"), 5000);
    const ProbeReply notPaused = m_probe->post(QStringLiteral("/v1/sessions/%1/resume").arg(id));
    QCOMPARE(notPaused.status, 409);
    QVERIFY(notPaused.body.contains("not_paused"));
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/pause").arg(id)).status, 200);
    const ProbeReply again = m_probe->post(QStringLiteral("/v1/sessions/%1/pause").arg(id));
    QCOMPARE(again.status, 409);
    QVERIFY(again.body.contains("already_paused"));
}

void TestEmulatorAgent::pause_withoutATask_holdsTheNextTaskUntilResume()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    const ProbeReply paused = m_probe->post(QStringLiteral("/v1/sessions/%1/pause").arg(id));
    QCOMPARE(paused.status, 200);
    QCOMPARE(paused.json().object().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(m_api->executionStatus(id), QStringLiteral("paused"));
    QCOMPARE(m_api->sessionStatus(id), QStringLiteral("paused"));

    // Paused until resumed: a task sent now is accepted but waits.
    QCOMPARE(m_api->sendMessage(id, QStringLiteral("find flights to Lisbon")).status, 200);
    QCOMPARE(m_api->executionStatus(id), QStringLiteral("paused"));
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/resume").arg(id)).status, 200);
    QCOMPARE(m_api->executionStatus(id), QStringLiteral("running"));
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 20000);
}

void TestEmulatorAgent::pause_afterTheTaskFinished_succeeds()
{
    // The vendor's remote quickstart pauses once its task has ended and expects success.
    const QString id = startTask(QStringLiteral("find flights to Lisbon"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 20000);
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/pause").arg(id)).status, 200);
    QCOMPARE(m_api->sessionStatus(id), QStringLiteral("paused"));
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/pause").arg(id)).status, 409);
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/resume").arg(id)).status, 200);
    QCOMPARE(m_api->executionStatus(id), QStringLiteral("finished"));
    QCOMPARE(m_api->sessionStatus(id), QStringLiteral("ready"));
}

void TestEmulatorAgent::cancel_returnsToReady()
{
    const QString id = startTask(QStringLiteral("find flights to Lisbon"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("running"), 5000);
    const ProbeReply cancelled = m_probe->post(QStringLiteral("/v1/sessions/%1/cancel").arg(id));
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(m_api->executionStatus(id), QStringLiteral("ready"));
    QCOMPARE(m_api->sessionStatus(id), QStringLiteral("ready"));
    // A new task can start on the same session.
    QCOMPARE(m_api->sendMessage(id, QStringLiteral("buy a blue kettle")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 20000);
}

void TestEmulatorAgent::navigate_changesThePageAtOnce()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    const SessionApi::Shot before = m_api->screenshot(id);
    const ProbeReply reply
        = m_probe->post(QStringLiteral("/v1/sessions/%1/navigate").arg(id), "{\"url\":\"https://example.org/docs\"}");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().object().value(QStringLiteral("current_url")).toString(),
        QStringLiteral("https://example.org/docs"));
    const SessionApi::Shot after = m_api->screenshot(id);
    QCOMPARE(after.url, QStringLiteral("https://example.org/docs"));
    QVERIFY(after.jpeg != before.jpeg);
    QVERIFY(!after.title.isEmpty());
}

void TestEmulatorAgent::scroll_newFrameOnTheSamePageWithoutAMessage()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/navigate").arg(id), "{\"url\":\"https://example.org/docs\"}")
                 .status,
        200);
    const SessionApi::Shot before = m_api->screenshot(id);
    const int messages = int(m_api->messages(id).size());
    const QString path = QStringLiteral("/_emulator/sessions/%1/scroll").arg(id);
    QCOMPARE(m_probe->post(path, "{\"to\":120}").status, 200);
    const SessionApi::Shot scrolled = m_api->screenshot(id);
    QVERIFY(scrolled.jpeg != before.jpeg);
    QCOMPARE(scrolled.url, before.url);
    QCOMPARE(scrolled.title, before.title);
    QCOMPARE(m_api->messages(id).size(), messages);
    // Back to the top: the first frame again, byte for byte.
    QCOMPARE(m_probe->post(path, "{\"to\":0}").status, 200);
    QCOMPARE(m_api->screenshot(id).jpeg, before.jpeg);

    QCOMPARE(m_probe->post(path, "{\"to\":-5}").status, 422);
    QCOMPARE(m_probe->post(path, "{\"to\":\"far\"}").status, 422);
    QCOMPARE(m_probe->post(path, "{}").status, 422);
    QCOMPARE(m_probe->post(QStringLiteral("/_emulator/sessions/nope/scroll"), "{\"to\":1}").status, 404);
    QCOMPARE(m_probe->get(path).status, 405);
}

void TestEmulatorAgent::navigate_keepsTheUrlExactlyAsSent_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("encoded space and UTF-8") << QStringLiteral("https://www.example.com/a%20b?q=x%20y&r=%C3%A9");
    QTest::newRow("lower-case escapes, tilde, plus") << QStringLiteral("https://example.org/%7Euser/caf%c3%a9?q=a+b");
}

void TestEmulatorAgent::navigate_keepsTheUrlExactlyAsSent()
{
    QFETCH(QString, url);
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    const ProbeReply reply = m_probe->post(QStringLiteral("/v1/sessions/%1/navigate").arg(id),
        QJsonDocument(QJsonObject {{QStringLiteral("url"), url}}).toJson());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().object().value(QStringLiteral("current_url")).toString(), url);
    QCOMPARE(m_api->screenshot(id).url, url);
}

void TestEmulatorAgent::navigate_rejectsBadUrls()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    const QString path = QStringLiteral("/v1/sessions/%1/navigate").arg(id);
    QCOMPARE(m_probe->post(path, "{\"url\":\"/relative\"}").status, 400);
    QCOMPARE(m_probe->post(path, "{\"url\":\"file:///etc/passwd\"}").status, 400);
    QCOMPARE(m_probe->post(path, "{\"url\":\"https://x.org/" + QByteArray(2100, 'a') + "\"}").status, 400);
    QCOMPARE(m_probe->post(path, "{}").status, 422);
}

void TestEmulatorAgent::sameSeed_sameSessionsFramesAndMessages()
{
    struct Run
    {
        QString id;
        QStringList contents;
        QByteArray finalFrame;
    };
    const auto runOnce = [](quint32 seed) {
        auto config = EmulatorFixture::defaults();
        config.seed = seed;
        EmulatorFixture fx(config);
        HttpProbe probe(fx.baseUrl(), fx.apiKey());
        SessionApi api(probe);
        Run run;
        run.id = api.create().value(QStringLiteral("session_id")).toString();
        api.sendMessage(run.id, QStringLiteral("find flights to Lisbon"));
        if (!QTest::qWaitFor([&] { return api.executionStatus(run.id) == QStringLiteral("finished"); }, 20000))
            return run;
        for (const QJsonValue &m : api.messages(run.id))
            run.contents << QString::fromUtf8(QJsonDocument(QJsonArray {m.toObject().value(QStringLiteral("content"))})
                                                  .toJson(QJsonDocument::Compact));
        run.finalFrame = api.screenshot(run.id).jpeg;
        return run;
    };
    const Run a = runOnce(42);
    const Run b = runOnce(42);
    const Run c = runOnce(43);
    QVERIFY(!a.id.isEmpty());
    QVERIFY(!a.contents.isEmpty());
    QCOMPARE(b.id, a.id);
    QCOMPARE(b.contents, a.contents);
    QCOMPARE(b.finalFrame, a.finalFrame);
    QVERIFY(c.id != a.id);
}

QTEST_MAIN(TestEmulatorAgent)
#include "tst_emulatoragent.moc"
