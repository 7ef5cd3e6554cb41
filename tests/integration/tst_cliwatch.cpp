// `agi-session watch` against the in-process emulator: it stops on each outcome with its own exit
// status, saves changed frames with an index.json that names exactly those files, prints the
// agent's messages, and keeps the request discipline (no overlap, the interval, Retry-After) as
// the emulator's request log shows.
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
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <memory>

using namespace agi;
using agi::emu::Endpoint;

class TestCliWatch final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::SessionApi> m_api;
    std::unique_ptr<test::CliRunner> m_cli;

    QString createSession() { return m_api->create().value(QStringLiteral("session_id")).toString(); }
    QString startTask(const QString &task)
    {
        const QString id = createSession();
        if (id.isEmpty() || m_api->sendMessage(id, task).status != 200)
            return {};
        return id;
    }
    test::CliRun watch(const QString &id, const QStringList &options)
    {
        return m_cli->run(
            QStringList {QStringLiteral("watch"), id, QStringLiteral("--every"), QStringLiteral("250ms")} + options);
    }
    static QJsonArray readIndex(const QString &dir)
    {
        QFile file(dir + QStringLiteral("/index.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).array() : QJsonArray();
    }

    //! Runs `watch --out DIR` on an idle session, moves its page once so two frames are saved,
    //! then sends `signalNumber`; `exitCode` is the process's (-1 when it did not exit normally).
    void watchUntilSignal(int signalNumber, const QString &dir, int *exitCode, QByteArray *err)
    {
        *exitCode = -1;
        const QString id = createSession();
        QVERIFY(!id.isEmpty());
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        m_cli->start(&process,
            {QStringLiteral("watch"), id, QStringLiteral("--every"), QStringLiteral("250ms"), QStringLiteral("--out"),
                dir});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(readIndex(dir).size() >= 1, 30000);
        m_probe->post(QStringLiteral("/v1/sessions/%1/navigate").arg(id),
            QJsonDocument(QJsonObject {{QStringLiteral("url"), QStringLiteral("https://example.com/next")}}).toJson());
        QTRY_VERIFY_WITH_TIMEOUT(readIndex(dir).size() >= 2, 30000);
        ::kill(pid_t(process.processId()), signalNumber);
        QVERIFY(finished.wait(30000));
        *err = process.readAllStandardError();
        if (process.exitStatus() == QProcess::NormalExit)
            *exitCode = process.exitCode();
    }

    //! The folder holds exactly index.json and the files it lists (no stray or temporary file).
    static bool indexMatchesFolder(const QString &dir)
    {
        QSet<QString> expected {QStringLiteral("index.json")};
        for (const QJsonValue &entry : readIndex(dir))
            expected.insert(entry[QStringLiteral("file")].toString());
        const QStringList present = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
        return QSet<QString>(present.begin(), present.end()) == expected;
    }

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

    void finished_savesFramesAndIndex()
    {
        const QString id = startTask(QStringLiteral("research the history of Lisbon trams"));
        QVERIFY(!id.isEmpty());
        const QString dir = m_cli->home() + QStringLiteral("/frames");
        const test::CliRun run = watch(id,
            {QStringLiteral("--out"), dir, QStringLiteral("--until"), QStringLiteral("finished"),
                QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData()); // no progress line when not on a terminal

        const QList<QJsonObject> events = run.jsonLines();
        QVERIFY(!events.isEmpty());
        QStringList types;
        int frames = 0;
        for (const QJsonObject &event : events) {
            if (event[QStringLiteral("event")].toString() == QLatin1String("message"))
                types << event[QStringLiteral("type")].toString();
            if (event[QStringLiteral("event")].toString() == QLatin1String("frame"))
                ++frames;
        }
        QVERIFY(types.contains(QStringLiteral("DONE")));
        const QJsonObject end = events.last();
        QCOMPARE(end[QStringLiteral("event")].toString(), QStringLiteral("end"));
        QCOMPARE(end[QStringLiteral("exit_code")].toInt(), 0);
        QCOMPARE(end[QStringLiteral("status")].toString(), QStringLiteral("finished"));

        QFile indexFile(dir + QStringLiteral("/index.json"));
        QVERIFY(indexFile.open(QIODevice::ReadOnly));
        const QJsonArray index = QJsonDocument::fromJson(indexFile.readAll()).array();
        QCOMPARE(index.size(), frames);
        QCOMPARE(end[QStringLiteral("saved")].toInt(), frames);
        QVERIFY(frames >= 2);
        QSet<QString> listed;
        QSet<QByteArray> images;
        for (const QJsonValue &entry : index) {
            const QString file = entry[QStringLiteral("file")].toString();
            listed.insert(file);
            QVERIFY(!entry[QStringLiteral("url")].toString().isEmpty());
            QVERIFY(QDateTime::fromString(entry[QStringLiteral("time")].toString(), Qt::ISODateWithMs).isValid());
            QFile image(dir + QLatin1Char('/') + file);
            QVERIFY2(image.open(QIODevice::ReadOnly), qPrintable(file));
            const QByteArray bytes = image.readAll();
            QVERIFY(bytes.startsWith("\xff\xd8\xff"));
            images.insert(bytes);
        }
        // Exactly the files there are, and no two the same (unchanged frames are skipped).
        const QStringList onDisk = QDir(dir).entryList({QStringLiteral("frame-*")}, QDir::Files);
        QCOMPARE(QSet<QString>(onDisk.begin(), onDisk.end()), listed);
        QCOMPARE(images.size(), frames);
        QVERIFY(index.last()[QStringLiteral("message")].isString());
    }

    void sigint_keepsTheFolderConsistentAndExits130()
    {
        const QString dir = m_cli->home() + QStringLiteral("/interrupted");
        QByteArray err;
        int exitCode = 0;
        watchUntilSignal(SIGINT, dir, &exitCode, &err);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(exitCode, 130);
        QVERIFY(indexMatchesFolder(dir));
        const QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("agi-session: Interrupted (SIGINT): ")), err.constData());
        QVERIFY(lines.first().contains(QStringLiteral("%1 frame(s) saved").arg(readIndex(dir).size())));
    }

    void sigterm_exits143()
    {
        const QString dir = m_cli->home() + QStringLiteral("/terminated");
        QByteArray err;
        int exitCode = 0;
        watchUntilSignal(SIGTERM, dir, &exitCode, &err);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(exitCode, 143);
        QVERIFY(indexMatchesFolder(dir));
        QVERIFY2(err.startsWith("agi-session: Terminated (SIGTERM)"), err.constData());
    }

    void finishedTask_savesItsLastFrame()
    {
        const QString id = startTask(QStringLiteral("research the history of Lisbon trams"));
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 30000);
        const QString dir = m_cli->home() + QStringLiteral("/last");
        const test::CliRun run = watch(id, {QStringLiteral("--out"), dir});
        QCOMPARE(run.exitCode, 0);
        QFile indexFile(dir + QStringLiteral("/index.json"));
        QVERIFY(indexFile.open(QIODevice::ReadOnly));
        const QJsonArray index = QJsonDocument::fromJson(indexFile.readAll()).array();
        QCOMPARE(index.size(), 1);
        const test::SessionApi::Shot shot = m_api->screenshot(id);
        QCOMPARE(index.first()[QStringLiteral("url")].toString(), shot.url);
        QFile image(dir + QLatin1Char('/') + index.first()[QStringLiteral("file")].toString());
        QVERIFY(image.open(QIODevice::ReadOnly));
        QCOMPARE(image.readAll(), shot.jpeg);
    }

    void error_exitsWithTaskError()
    {
        const QString id = startTask(QStringLiteral("this task will fail"));
        QVERIFY(!id.isEmpty());
        const test::CliRun run = watch(id, {});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.contains("ERROR"));
        QVERIFY2(run.saysOneError(), run.err.constData());
        QCOMPARE(watch(id, {QStringLiteral("--until"), QStringLiteral("error"), QStringLiteral("-q")}).exitCode, 0);
    }

    void question_exitsWithQuestionPending()
    {
        const QString id = startTask(QStringLiteral("book a table for two on Friday"));
        QVERIFY(!id.isEmpty());
        const test::CliRun run = watch(id, {QStringLiteral("--until"), QStringLiteral("finished")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.out.contains("QUESTION"));
        QVERIFY(run.err.contains("agi-session answer"));
        QCOMPARE(watch(id, {QStringLiteral("--until"), QStringLiteral("question")}).exitCode, 0);
    }

    void urlAndTitle_regex()
    {
        const QString id = createSession();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_probe
                     ->post(QStringLiteral("/v1/sessions/") + id + QStringLiteral("/navigate"),
                         QByteArrayLiteral("{\"url\": \"https://shop.example.com/order/Thank-You\"}"))
                     .status,
            200);
        QCOMPARE(watch(id,
                     {QStringLiteral("--until"), QStringLiteral("url~success|thank"), QStringLiteral("--timeout"),
                         QStringLiteral("60s")})
                     .exitCode,
            0);
        const QString title = m_api->screenshot(id).title;
        QVERIFY(!title.isEmpty());
        QCOMPARE(watch(id, {QStringLiteral("--until"), QStringLiteral("title~^") + QRegularExpression::escape(title)})
                     .exitCode,
            0);
    }

    void conditionNeverHeld_whenTheTaskFinished()
    {
        const QString id = startTask(QStringLiteral("research the history of Lisbon trams"));
        QVERIFY(!id.isEmpty());
        const test::CliRun run = watch(id, {QStringLiteral("--until"), QStringLiteral("url~no-such-page-anywhere")});
        QCOMPARE(run.exitCode, 9);
        QVERIFY2(run.saysOneError(), run.err.constData());
    }

    void timeout_andNotFound()
    {
        const QString id = createSession();
        const test::CliRun timedOut = watch(id, {QStringLiteral("--timeout"), QStringLiteral("1s")});
        QCOMPARE(timedOut.exitCode, 4);
        QVERIFY2(timedOut.saysOneError(), timedOut.err.constData());

        const test::CliRun missing = watch(QStringLiteral("no-such-session"), {});
        QCOMPARE(missing.exitCode, 6);
        QVERIFY(missing.saysOneError());
        QCOMPARE(m_fx->count(Endpoint::Screenshot, QStringLiteral("no-such-session")), 0);

        QCOMPARE(watch(id, {QStringLiteral("--until"), QStringLiteral("nonsense")}).exitCode, 2);
        QCOMPARE(
            m_cli->run({QStringLiteral("watch"), id, QStringLiteral("--every"), QStringLiteral("10ms")}).exitCode, 2);
    }

    void rateLimit_retryAfterHonouredAndNoOverlap()
    {
        const QString id = createSession();
        m_fx->armFault(QStringLiteral("screenshot:http=429,retry-after=1,times=1"));
        const test::CliRun run = watch(id, {QStringLiteral("--timeout"), QStringLiteral("3s"), QStringLiteral("-q")});
        QCOMPARE(run.exitCode, 4);

        const QList<emu::RequestRecord> shots = m_fx->requests(Endpoint::Screenshot, id);
        QVERIFY(shots.size() >= 3);
        QCOMPARE(shots.first().status, 429);
        for (qsizetype i = 1; i < shots.size(); ++i) {
            const qint64 gap = shots.at(i).startedMs - shots.at(i - 1).finishedMs;
            QVERIFY2(gap >= 0, "two screenshot requests overlapped");
            // Never sooner than asked (250 ms), nor than Retry-After after the 429.
            const qint64 floor = i == 1 ? 1000 : 250;
            QVERIFY2(gap >= floor - 2,
                qPrintable(QStringLiteral("request %1 came %2 ms after the previous").arg(i).arg(gap)));
        }
    }
};

QTEST_MAIN(TestCliWatch)
#include "tst_cliwatch.moc"
