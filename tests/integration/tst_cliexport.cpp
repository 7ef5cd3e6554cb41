// `agi-session export` as a user runs it (the built executable) against the in-process emulator:
// each format from the frames the window recorded on this machine and the messages the server
// sends, checked by reading the file back; and the exit status when the session does not exist.
#include "clirunner.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "exportfiles.h"
#include "httpprobe.h"
#include "live/framehistory.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace agi;
using agi::emu::Endpoint;
using agi::test::Animation;
using agi::test::ExportFiles;

class TestCliExport final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::SessionApi> m_api;
    std::unique_ptr<test::CliRunner> m_cli;
    QString m_id;

    static const QDateTime &start()
    {
        static const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60);
        return at;
    }

    //! Records three of the session's pages in its frame history, as the window does while it
    //! shows the session: changed at 0 s, 1 s and 3 s, the last seen until 5 s.
    bool recordFrames(const QString &id)
    {
        FrameHistory history;
        if (!history.open(FrameHistory::sessionDirectory(m_cli->historyRoot(), id), FrameHistory::Access::ReadWrite))
            return false;
        const QList<int> changedAtMs {0, 1000, 3000};
        for (int i = 0; i < changedAtMs.size(); ++i) {
            const QString url = QStringLiteral("https://example.com/page%1").arg(i);
            if (m_probe
                    ->post(QStringLiteral("/v1/sessions/%1/navigate").arg(id),
                        QJsonDocument(QJsonObject {{QStringLiteral("url"), url}}).toJson())
                    .status
                != 200)
                return false;
            const test::SessionApi::Shot shot = m_api->screenshot(id);
            Frame frame;
            frame.image = QImage::fromData(shot.jpeg, "JPEG");
            if (frame.image.isNull())
                return false;
            frame.sourceSize = frame.image.size();
            frame.encoded = shot.jpeg;
            frame.encodedFormat = "jpeg";
            frame.url = QUrl(shot.url);
            frame.title = shot.title;
            frame.changedAt = start().addMSecs(changedAtMs.at(i));
            frame.capturedAt = i + 1 < changedAtMs.size() ? frame.changedAt : start().addMSecs(5000);
            history.append(frame, 0);
        }
        return history.size() == 3;
    }

    test::CliRun exportAs(const QString &format, const QString &file, const QStringList &more = {})
    {
        return m_cli->run(QStringList {QStringLiteral("export"), m_id, QStringLiteral("--format"), format,
                              QStringLiteral("-o"), m_cli->home() + QLatin1Char('/') + file}
            + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_api = std::make_unique<test::SessionApi>(*m_probe);
        m_cli = std::make_unique<test::CliRunner>(m_fx->baseUrl(), m_fx->apiKey());
        m_id = m_api->start(QStringLiteral("research the history of Lisbon trams"));
        QVERIFY(!m_id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(m_id), QStringLiteral("finished"), 30000);
        QVERIFY(recordFrames(m_id));
    }

    void cleanupTestCase()
    {
        m_cli.reset();
        m_api.reset();
        m_probe.reset();
        m_fx.reset();
    }

    void zip_listsEveryFrameAndTheReport()
    {
        const test::CliRun run = exportAs(QStringLiteral("zip"), QStringLiteral("out.zip"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(run.out.contains("Exported 3 frame(s)"));
        const QMap<QString, QByteArray> files = ExportFiles::unzip(m_cli->home() + QStringLiteral("/out.zip"));
        const QStringList frames {QStringLiteral("frames/000001.jpg"), QStringLiteral("frames/000002.jpg"),
            QStringLiteral("frames/000003.jpg")};
        QCOMPARE(files.keys(), QStringList(frames + QStringList {QStringLiteral("report.md")}));
        const QString report = QString::fromUtf8(files.value(QStringLiteral("report.md")));
        for (const QString &frame : frames)
            QVERIFY2(report.contains(QStringLiteral("](%1)").arg(frame)), qPrintable(frame));
        QVERIFY(report.contains(QStringLiteral("Lisbon trams")));
    }

    void json_parsesWithTheMessagesAndFrames()
    {
        const test::CliRun run
            = exportAs(QStringLiteral("json"), QStringLiteral("out.json.zip"), {QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject printed = run.json().object();
        QCOMPARE(printed[QStringLiteral("format")].toString(), QStringLiteral("json"));
        QCOMPARE(printed[QStringLiteral("frames")].toInt(), 3);
        const QMap<QString, QByteArray> files = ExportFiles::unzip(printed[QStringLiteral("file")].toString());
        QJsonParseError error {};
        const QJsonDocument timeline = QJsonDocument::fromJson(files.value(QStringLiteral("timeline.json")), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray frames = timeline[QStringLiteral("frames")].toArray();
        QCOMPARE(frames.size(), 3);
        for (const QJsonValue &frame : frames)
            QVERIFY(files.contains(frame[QStringLiteral("file")].toString()));
        // The messages are the server's: as many as it lists for the session.
        QCOMPARE(timeline[QStringLiteral("messages")].toArray().size(), m_api->messages(m_id).size());
        QCOMPARE(timeline[QStringLiteral("session")][QStringLiteral("id")].toString(), m_id);
    }

    void gif_hasEveryFrameWithTheRecordedDelays()
    {
        const test::CliRun run = exportAs(QStringLiteral("gif"), QStringLiteral("out.gif"));
        QCOMPARE(run.exitCode, 0);
        const Animation animation
            = ExportFiles::decodeGif(ExportFiles::read(m_cli->home() + QStringLiteral("/out.gif")));
        QCOMPARE(animation.frames, 3);
        QCOMPARE(animation.delays, (QList<int> {1000, 2000, 2000}));
        QVERIFY(animation.loopsForever);

        const test::CliRun shorter = exportAs(QStringLiteral("gif"), QStringLiteral("short.gif"),
            {QStringLiteral("--max-duration"), QStringLiteral("2500ms")});
        QCOMPARE(shorter.exitCode, 0);
        QCOMPARE(ExportFiles::decodeGif(ExportFiles::read(m_cli->home() + QStringLiteral("/short.gif"))).delays,
            (QList<int> {500, 1000, 1000}));
    }

    void webp_hasEveryFrame()
    {
        const test::CliRun run = exportAs(QStringLiteral("webp"), QStringLiteral("out.webp"));
        QCOMPARE(run.exitCode, 0);
        const Animation animation
            = ExportFiles::decodeWebP(ExportFiles::read(m_cli->home() + QStringLiteral("/out.webp")));
        QCOMPARE(animation.frames, 3);
        QCOMPARE(animation.delays, (QList<int> {1000, 2000, 2000}));
    }

    void unknownSessionOrFormat_exitStatus()
    {
        const test::CliRun missing
            = m_cli->run({QStringLiteral("export"), QStringLiteral("no-such-session"), QStringLiteral("--format"),
                QStringLiteral("gif"), QStringLiteral("-o"), m_cli->home() + QStringLiteral("/missing.gif")});
        QCOMPARE(missing.exitCode, 6);
        QVERIFY2(missing.saysOneError(), missing.err.constData());
        QVERIFY(!QFile::exists(m_cli->home() + QStringLiteral("/missing.gif")));

        const test::CliRun badFormat = exportAs(QStringLiteral("avi"), QStringLiteral("out.avi"));
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(badFormat.saysOneError());
        QVERIFY(badFormat.err.contains("gif"));
    }
};

QTEST_MAIN(TestCliExport)
#include "tst_cliexport.moc"
