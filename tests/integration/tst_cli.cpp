// agi-session's commands, run as a user runs them (the built executable, through QProcess) against
// the in-process emulator: output formats, exit statuses, one-line errors, and the requests sent.
#include "clirunner.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace agi;
using agi::emu::Endpoint;

class TestCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::SessionApi> m_api;
    std::unique_ptr<test::CliRunner> m_cli;

    QString createSession() { return m_api->create().value(QStringLiteral("session_id")).toString(); }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_api = std::make_unique<test::SessionApi>(*m_probe);
        m_cli = std::make_unique<test::CliRunner>(m_fx->baseUrl(), m_fx->apiKey());
    }

    void cleanup()
    {
        m_cli.reset();
        m_api.reset();
        m_probe.reset();
        m_fx.reset();
    }

    void list_tableAndJson()
    {
        const QString first = createSession();
        const QString second = createSession();
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        const test::CliRun table = m_cli->run({QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.err.isEmpty());
        const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("ID ")));
        QVERIFY(lines.at(0).contains(QStringLiteral("STATUS")));
        QVERIFY(table.out.contains(first.toUtf8()) && table.out.contains(second.toUtf8()));

        const test::CliRun json = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json().isArray());
        const QJsonArray sessions = json.json().array();
        QCOMPARE(sessions.size(), 2);
        QStringList ids;
        for (const QJsonValue &session : sessions) {
            ids << session[QStringLiteral("session_id")].toString();
            QCOMPARE(session[QStringLiteral("status")].toString(), QStringLiteral("ready"));
        }
        QVERIFY(ids.contains(first) && ids.contains(second));

        const test::CliRun none = m_cli->run(
            {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("paused"), QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.json().array().size(), 0);
    }

    void show_sessionStatusAndMessages()
    {
        const QString id = createSession();
        QCOMPARE(m_api->sendMessage(id, QStringLiteral("research the history of Lisbon trams")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 30000);

        const test::CliRun json = m_cli->run({QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject shown = json.json().object();
        QCOMPARE(shown[QStringLiteral("session_id")].toString(), id);
        QCOMPARE(shown[QStringLiteral("execution_status")].toString(), QStringLiteral("finished"));
        const QJsonArray messages = shown[QStringLiteral("messages")].toArray();
        QVERIFY(!messages.isEmpty() && messages.size() <= 5);
        QCOMPARE(messages.last()[QStringLiteral("type")].toString(), QStringLiteral("DONE"));

        const test::CliRun text = m_cli->run({QStringLiteral("show"), id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(id.toUtf8()));
        QVERIFY(text.out.contains("DONE"));
    }

    void screenshot_savesTheServersBytes()
    {
        const QString id = createSession();
        const QString file = m_cli->home() + QStringLiteral("/shot.jpg");
        const test::CliRun run
            = m_cli->run({QStringLiteral("screenshot"), id, QStringLiteral("-o"), file, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject printed = run.json().object();
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        // An idle session's page does not change: the server sends the same JPEG again.
        const test::SessionApi::Shot shot = m_api->screenshot(id);
        QCOMPARE(bytes, shot.jpeg);
        QCOMPARE(printed[QStringLiteral("url")].toString(), shot.url);
        QCOMPARE(printed[QStringLiteral("title")].toString(), shot.title);
        QCOMPARE(printed[QStringLiteral("format")].toString(), QStringLiteral("jpeg"));
    }

    void exitCodes_notFoundAuthUsage()
    {
        const test::CliRun missing = m_cli->run({QStringLiteral("show"), QStringLiteral("no-such-session")});
        QCOMPARE(missing.exitCode, 6);
        QVERIFY2(missing.saysOneError(), missing.err.constData());
        QVERIFY(missing.err.contains("Session not found"));

        test::CliRunner wrongKey(m_fx->baseUrl(), "not-a-key");
        const test::CliRun refused = wrongKey.run({QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 7);
        QVERIFY2(refused.saysOneError(), refused.err.constData());
        QVERIFY(refused.err.contains("AGI_API_KEY"));

        test::CliRunner noKey(m_fx->baseUrl(), {});
        const test::CliRun keyless = noKey.run({QStringLiteral("list")});
        QCOMPARE(keyless.exitCode, 7);
        QVERIFY2(keyless.saysOneError(), keyless.err.constData());

        const test::CliRun unknown = m_cli->run({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.saysOneError());
        const test::CliRun missingArgument = m_cli->run({QStringLiteral("pause")});
        QCOMPARE(missingArgument.exitCode, 2);
        QVERIFY(missingArgument.saysOneError());
        const test::CliRun badOption = m_cli->run({QStringLiteral("list"), QStringLiteral("--no-such-option")});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(badOption.saysOneError());
        // Nothing of the above reached the server but the two list requests and the show.
        QCOMPARE(m_fx->count(Endpoint::Pause), 0);
    }

    void help_perCommand()
    {
        const test::CliRun overview = m_cli->run({QStringLiteral("--help")});
        QCOMPARE(overview.exitCode, 0);
        QVERIFY(overview.out.contains("watch ID"));
        const test::CliRun watch = m_cli->run({QStringLiteral("watch"), QStringLiteral("--help")});
        QCOMPARE(watch.exitCode, 0);
        QVERIFY(watch.out.startsWith("Usage: agi-session watch [options] ID"));
        QVERIFY(watch.out.contains("--until"));
        QVERIFY(watch.out.contains("--every"));
    }

    void help_speaksTheUsersLanguage()
    {
        // The command line reads the translations the window reads.
        m_cli->setEnvironmentValue(QStringLiteral("LANGUAGE"), {});
        m_cli->setEnvironmentValue(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        const test::CliRun german = m_cli->run({QStringLiteral("--help")});
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains("Die Sitzungen auflisten."), german.out.constData());
        const test::CliRun unknown = m_cli->run({QStringLiteral("lists")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("Unbekannter Befehl"), unknown.err.constData());

        m_cli->setEnvironmentValue(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        const test::CliRun english = m_cli->run({QStringLiteral("--help")});
        QVERIFY2(english.out.contains("List the sessions."), english.out.constData());
    }

    void createSendAndControl()
    {
        const test::CliRun created
            = m_cli->run({QStringLiteral("create"), QStringLiteral("--agent"), QStringLiteral("agi-0-fast")});
        QCOMPARE(created.exitCode, 0);
        const QString id = QString::fromUtf8(created.out).trimmed();
        QVERIFY(!id.isEmpty() && !id.contains(QLatin1Char('\n')));
        QCOMPARE(m_api->sessionStatus(id), QStringLiteral("ready"));

        const test::CliRun navigated = m_cli->run(
            {QStringLiteral("navigate"), id, QStringLiteral("https://example.com/a%20b"), QStringLiteral("--json")});
        QCOMPARE(navigated.exitCode, 0);
        QCOMPARE(navigated.json().object()[QStringLiteral("current_url")].toString(),
            QStringLiteral("https://example.com/a%20b"));

        QCOMPARE(
            m_cli->run(
                     {QStringLiteral("send"), id, QStringLiteral("book a table"), QStringLiteral("for two on Friday")})
                .exitCode,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("waiting_for_input"), 30000);
        const QJsonArray sent = m_api->messages(id);
        QCOMPARE(sent.first()[QStringLiteral("content")].toString(), QStringLiteral("book a table for two on Friday"));

        QCOMPARE(m_cli->run({QStringLiteral("answer"), id, QStringLiteral("7 pm please")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 30000);
        // No question now: an answer would start a new task, so it is refused.
        const test::CliRun stray = m_cli->run({QStringLiteral("answer"), id, QStringLiteral("8 pm")});
        QCOMPARE(stray.exitCode, 1);
        QVERIFY(stray.saysOneError());
        QCOMPARE(m_fx->count(Endpoint::SendMessage, id), 2);

        QCOMPARE(m_cli->run({QStringLiteral("pause"), id}).exitCode, 0);
        const test::CliRun again = m_cli->run({QStringLiteral("pause"), id, QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.json().object()[QStringLiteral("already_in_state")].toBool());
        QCOMPARE(m_cli->run({QStringLiteral("resume"), id}).exitCode, 0);
        QCOMPARE(m_cli->run({QStringLiteral("cancel"), id}).exitCode, 0);
        QCOMPARE(m_cli->run({QStringLiteral("pause"), QStringLiteral("no-such-session")}).exitCode, 6);
    }

    void create_json()
    {
        const test::CliRun created = m_cli->run({QStringLiteral("create"), QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.json().object()[QStringLiteral("session_id")].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_api->sessionStatus(id), QStringLiteral("ready"));
    }

    void create_failureExitsWithWhatHappened()
    {
        // The server answers 404 for a snapshot it does not have: nothing to restore is "not found".
        const test::CliRun unknown = m_cli->run(
            {QStringLiteral("create"), QStringLiteral("--restore-from"), QStringLiteral("no-such-session")});
        QCOMPARE(unknown.exitCode, 6);
        QVERIFY2(unknown.saysOneError(), unknown.err.constData());
        QVERIFY(unknown.err.contains("No snapshot is saved for that session"));
        QVERIFY(unknown.out.isEmpty());
        QCOMPARE(m_fx->count(Endpoint::CreateSession), 1);
        QCOMPARE(m_api->messages(QStringLiteral("no-such-session")).size(), 0);
        QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions")).json().array().size(), 0);

        // An ended session that saved nothing has no snapshot either.
        const QString id = createSession();
        QCOMPARE(m_cli->run({QStringLiteral("end"), id, QStringLiteral("--yes")}).exitCode, 0);
        QCOMPARE(m_cli->run({QStringLiteral("create"), QStringLiteral("--restore-from"), id}).exitCode, 6);

        // The connection drops before an answer: the session may exist, the server is "unavailable".
        m_fx->armFault(QStringLiteral("create:drop,times=1"));
        const test::CliRun dropped = m_cli->run({QStringLiteral("create")});
        QCOMPARE(dropped.exitCode, 8);
        QVERIFY2(dropped.saysOneError(), dropped.err.constData());
        QVERIFY(dropped.err.contains("agi-session list"));
    }

    void unreachableServer_exitsWith8()
    {
        // A port nobody listens on: the emulator's own, once it has stopped.
        const QUrl gone = m_fx->baseUrl();
        m_fx.reset();
        test::CliRunner nobody(gone, "any-key");
        // (A read is tried again a few times first, with backoff; a create is never resent.)
        for (const QStringList &arguments :
            {QStringList {QStringLiteral("list")}, QStringList {QStringLiteral("create")}}) {
            const test::CliRun run = nobody.run(arguments);
            QCOMPARE(run.exitCode, 8);
            QVERIFY2(run.saysOneError(), run.err.constData());
            QVERIFY(run.err.contains("--base-url"));
        }
    }

    void droppedConnections_exitWith8()
    {
        m_fx->armFault(QStringLiteral("list:drop"));
        const test::CliRun run = m_cli->run({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 8);
        QVERIFY2(run.saysOneError(), run.err.constData());
        QVERIFY(m_fx->count(Endpoint::ListSessions) >= 1);
    }

    void separateEmulator_keepsSessionsAcrossCommands()
    {
        // What the man page and the README give for scripts of several commands (--demo starts an
        // emulator per command): one agi-emulator, every command pointed at it with --base-url.
        QProcess emulator;
        emulator.setProcessChannelMode(QProcess::SeparateChannels);
        emulator.start(QStringLiteral(AGI_EMULATOR_BINARY),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--key"), QStringLiteral("demo-key"),
                QStringLiteral("--quiet")});
        QVERIFY(emulator.waitForStarted());
        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += emulator.readAllStandardOutput()).contains('\n'), 30000);
        const QRegularExpressionMatch listening
            = QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\n"))
                  .match(QString::fromUtf8(printed));
        QVERIFY2(listening.hasMatch(), printed.constData());
        test::CliRunner cli(QUrl(listening.captured(1)), "demo-key");

        const test::CliRun created
            = cli.run({QStringLiteral("create"), QStringLiteral("--task"), QStringLiteral("find a flight")});
        QCOMPARE(created.exitCode, 0);
        const QString id = QString::fromUtf8(created.out).trimmed();
        QVERIFY(!id.isEmpty());
        const QString frames = cli.home() + QStringLiteral("/frames");
        const test::CliRun watched
            = cli.run({QStringLiteral("watch"), id, QStringLiteral("--until"), QStringLiteral("finished"),
                QStringLiteral("--every"), QStringLiteral("1s"), QStringLiteral("--out"), frames});
        QCOMPARE(watched.exitCode, 0);
        QVERIFY(QFile::exists(frames + QStringLiteral("/index.json")));
        const test::CliRun shown = cli.run({QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json()[QStringLiteral("session_id")].toString(), id);
        QCOMPARE(shown.json()[QStringLiteral("execution_status")].toString(), QStringLiteral("finished"));

        emulator.terminate();
        QVERIFY(emulator.waitForFinished());
    }

    void end_refusesWithoutYesWhenNotATerminal()
    {
        const QString id = createSession();
        const test::CliRun refused = m_cli->run({QStringLiteral("end"), id});
        QCOMPARE(refused.exitCode, 10);
        QVERIFY2(refused.saysOneError(), refused.err.constData());
        QVERIFY(refused.err.contains("--yes"));
        QCOMPARE(m_fx->count(Endpoint::DeleteSession), 0);
        QCOMPARE(m_api->sessionStatus(id), QStringLiteral("ready"));

        const test::CliRun ended = m_cli->run({QStringLiteral("end"), id, QStringLiteral("--yes")});
        QCOMPARE(ended.exitCode, 0);
        QCOMPARE(m_fx->count(Endpoint::DeleteSession, id), 1);
        QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions/") + id).status, 404);
    }

    void end_savesDefaultEnvironment()
    {
        const QString id = createSession();
        const test::CliRun ended = m_cli->run({QStringLiteral("end"), id, QStringLiteral("--save"),
            QStringLiteral("default"), QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(ended.exitCode, 0);
        const QJsonObject outcome = ended.json().object();
        QVERIFY(outcome[QStringLiteral("ended")].toBool());
        QVERIFY(outcome[QStringLiteral("saved")].toBool());
        QVERIFY(outcome[QStringLiteral("made_default")].toBool());
        const QList<emu::RequestRecord> deletes = m_fx->requests(Endpoint::DeleteSession, id);
        QCOMPARE(deletes.size(), 1);
        QVERIFY(deletes.first().query.contains(QStringLiteral("save_as_default=true")));

        const test::CliRun badSave
            = m_cli->run({QStringLiteral("end"), id, QStringLiteral("--save"), QStringLiteral("everything")});
        QCOMPARE(badSave.exitCode, 2);
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
