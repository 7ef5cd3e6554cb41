// agi-session snapshots and end --save, run as a user runs them against the in-process emulator:
// the entry a save records in the app's own library file, listing, rename, forget, make-default
// (both requests in order, the 404 case), export and import.
#include "clirunner.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "model/snapshotexchange.h"
#include "model/snapshotlibrary.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace agi;
using agi::emu::Endpoint;

class TestCliSnapshots final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::SessionApi> m_api;
    std::unique_ptr<test::CliRunner> m_cli;

    //! A session ended by the command line with `--save what`; its id.
    QString savedByCli(const QString &what)
    {
        const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
        const test::CliRun ended
            = m_cli->run({QStringLiteral("end"), id, QStringLiteral("--save"), what, QStringLiteral("--yes")});
        if (ended.exitCode != 0)
            qWarning() << ended.err;
        return id;
    }

    //! The library the window reads for this server: the same folder (XDG_DATA_HOME) and account.
    static QString appDataFolder(const test::CliRunner &cli)
    {
        return cli.home() + QStringLiteral("/data/agimonitor/agi-monitor");
    }
    SnapshotAccount account() const { return {m_fx->baseUrl(), {}, false}; }

    QJsonObject listed(const test::CliRunner &cli)
    {
        const test::CliRun run = cli.run({QStringLiteral("snapshots"), QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return run.json().object();
    }

    static QJsonObject entryIn(const QJsonObject &list, const QString &id)
    {
        const QJsonArray entries = list.value(QStringLiteral("snapshots")).toArray();
        for (const auto &value : entries) {
            if (value.toObject().value(QStringLiteral("session_id")).toString() == id)
                return value.toObject();
        }
        return {};
    }

    //! An exported library file with entries of the given ids (the server knows none of them).
    QString exportFileWith(const QStringList &ids)
    {
        QJsonArray snapshots;
        for (const QString &id : ids) {
            SnapshotEntry entry;
            entry.sessionId = id;
            entry.savedAt = QDateTime::currentDateTimeUtc().addDays(-1);
            entry.lastTitle = QStringLiteral("Imported ") + id;
            snapshots.append(entry.toJson());
        }
        const QJsonObject root {{QStringLiteral("format"), QLatin1String(SnapshotExchange::formatName)},
            {QStringLiteral("version"), SnapshotExchange::formatVersion}, {QStringLiteral("snapshots"), snapshots}};
        const QString path = m_cli->home() + QStringLiteral("/import.json");
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(root).toJson());
        return path;
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

    void endWithSave_recordsTheEntryInTheAppsLibrary_asTheDialogDoes()
    {
        const QString id = savedByCli(QStringLiteral("default"));
        QCOMPARE(m_fx->count(Endpoint::DeleteSession, id), 1);

        // The window's library for this server, read as the window reads it.
        SnapshotLibrary library(appDataFolder(*m_cli));
        library.setAccount(account());
        QVERIFY(library.load());
        QCOMPARE(library.filePath(), SnapshotLibrary::filePathFor(appDataFolder(*m_cli), account()));
        const std::optional<SnapshotEntry> entry = library.entry(id);
        QVERIFY(entry);
        QVERIFY(entry->madeDefault);
        QVERIFY(entry->confirmed);
        QCOMPARE(entry->mode, SnapshotMode::Filesystem);
        // The page it was on, as the dialog records it from the last frame.
        QVERIFY(!entry->lastTitle.isEmpty());
        QVERIFY(entry->lastUrl.isValid());
        QVERIFY(!QImage::fromData(entry->thumbnailJpeg, "JPEG").isNull());
        QCOMPARE(library.defaultHistory().size(), 1);
        // The frame was read before the session ended.
        const auto shots = m_fx->requests(Endpoint::Screenshot, id);
        QCOMPARE(shots.size(), 1);
        QVERIFY(shots.first().finishedMs <= m_fx->requests(Endpoint::DeleteSession, id).first().startedMs);

        const QJsonObject list = listed(*m_cli);
        const QJsonObject listedEntry = entryIn(list, id);
        QCOMPARE(listedEntry.value(QStringLiteral("name")).toString(), entry->lastTitle);
        QCOMPARE(listedEntry.value(QStringLiteral("title")).toString(), entry->lastTitle);
        QCOMPARE(listedEntry.value(QStringLiteral("url")).toString(), entry->lastUrl.toString(QUrl::FullyEncoded));
        QCOMPARE(listedEntry.value(QStringLiteral("mode")).toString(), QStringLiteral("filesystem"));
        QVERIFY(listedEntry.value(QStringLiteral("default")).toBool());
        QVERIFY(!listedEntry.value(QStringLiteral("saved_at")).toString().isEmpty());

        // The table: a header, the default marked.
        const test::CliRun table = m_cli->run({QStringLiteral("snapshots")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("SESSION ID"));
        QVERIFY(table.out.contains(id.toUtf8()));
        QVERIFY(table.out.contains("* "));
    }

    void renameAndEntryPrefixes()
    {
        const QString imported = exportFileWith({QStringLiteral("abc-1"), QStringLiteral("abc-2")});
        QCOMPARE(m_cli->run({QStringLiteral("snapshots"), QStringLiteral("import"), imported}).exitCode, 0);

        const test::CliRun renamed = m_cli->run({QStringLiteral("snapshots"), QStringLiteral("rename"),
            QStringLiteral("abc-1"), QStringLiteral("Bank"), QStringLiteral("login")});
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(entryIn(listed(*m_cli), QStringLiteral("abc-1")).value(QStringLiteral("name")).toString(),
            QStringLiteral("Bank login"));

        const test::CliRun ambiguous = m_cli->run(
            {QStringLiteral("snapshots"), QStringLiteral("rename"), QStringLiteral("abc"), QStringLiteral("X")});
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY2(ambiguous.saysOneError(), ambiguous.err.constData());
        QVERIFY(ambiguous.err.contains("abc-1 (Bank login)"));
        QVERIFY(ambiguous.err.contains("abc-2"));

        const test::CliRun unknown = m_cli->run(
            {QStringLiteral("snapshots"), QStringLiteral("rename"), QStringLiteral("zzz"), QStringLiteral("X")});
        QCOMPARE(unknown.exitCode, 6);
        QVERIFY2(unknown.saysOneError(), unknown.err.constData());

        const test::CliRun badAction = m_cli->run({QStringLiteral("snapshots"), QStringLiteral("delete")});
        QCOMPARE(badAction.exitCode, 2);
        const test::CliRun missingName
            = m_cli->run({QStringLiteral("snapshots"), QStringLiteral("rename"), QStringLiteral("abc-1")});
        QCOMPARE(missingName.exitCode, 2);
    }

    void forget_asksOrNeedsYes_andSaysTheServerCopyStays()
    {
        const QString id = savedByCli(QStringLiteral("snapshot"));
        const QString prefix = id.left(8);
        const test::CliRun refused = m_cli->run({QStringLiteral("snapshots"), QStringLiteral("forget"), prefix});
        QCOMPARE(refused.exitCode, 10);
        QVERIFY2(refused.saysOneError(), refused.err.constData());
        QVERIFY(refused.err.contains("--yes"));
        QVERIFY(!entryIn(listed(*m_cli), id).isEmpty());

        const test::CliRun forgot
            = m_cli->run({QStringLiteral("snapshots"), QStringLiteral("forget"), prefix, QStringLiteral("--yes")});
        QCOMPARE(forgot.exitCode, 0);
        QVERIFY2(forgot.out.contains("server's copy is not deleted"), forgot.out.constData());
        QVERIFY(entryIn(listed(*m_cli), id).isEmpty());
        // Nothing was asked of the server.
        QCOMPARE(m_fx->count(Endpoint::DeleteSession, id), 1);
    }

    void makeDefault_printsEachStep_andRecordsTheNewDefault()
    {
        const QString earlier = savedByCli(QStringLiteral("default"));
        const QString later = savedByCli(QStringLiteral("default"));
        QVERIFY(entryIn(listed(*m_cli), later).value(QStringLiteral("default")).toBool());
        m_fx->emulator().requests()->clear();

        const test::CliRun run
            = m_cli->run({QStringLiteral("snapshots"), QStringLiteral("make-default"), earlier.left(13)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Step 1 of 2: Starting a session from"), run.out.constData());
        QVERIFY2(run.out.contains("Step 2 of 2: Saving it as the default..."), run.out.constData());
        QVERIFY2(run.out.contains("is the default environment again"), run.out.constData());

        QStringList order;
        for (const emu::RequestRecord &record : m_fx->requests()) {
            if (record.endpoint == Endpoint::CreateSession || record.endpoint == Endpoint::DeleteSession)
                order.append(emu::endpointName(record.endpoint));
        }
        QCOMPARE(order, (QStringList {QStringLiteral("create"), QStringLiteral("delete")}));
        const emu::RequestRecord save = m_fx->requests(Endpoint::DeleteSession).first();
        QVERIFY(save.query.contains(QLatin1String("save_as_default=true")));

        const QJsonObject list = listed(*m_cli);
        const QJsonObject made = entryIn(list, save.sessionId);
        QVERIFY(made.value(QStringLiteral("default")).toBool());
        QCOMPARE(made.value(QStringLiteral("restored_from")).toString(), earlier);
        QCOMPARE(made.value(QStringLiteral("replaced_default")).toString(), later);
        QCOMPARE(list.value(QStringLiteral("default_history")).toArray().size(), 3);
    }

    void makeDefault_ofASnapshotTheServerNoLongerHas_marksIt()
    {
        const QString imported = exportFileWith({QStringLiteral("gone-1")});
        QCOMPARE(m_cli->run({QStringLiteral("snapshots"), QStringLiteral("import"), imported}).exitCode, 0);
        const test::CliRun run
            = m_cli->run({QStringLiteral("snapshots"), QStringLiteral("make-default"), QStringLiteral("gone-1")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.saysOneError(), run.err.constData());
        QVERIFY(run.err.contains("no longer"));
        QCOMPARE(m_fx->count(Endpoint::CreateSession), 1);
        QCOMPARE(m_fx->count(Endpoint::DeleteSession), 0);
        const QJsonObject entry = entryIn(listed(*m_cli), QStringLiteral("gone-1"));
        QVERIFY(entry.value(QStringLiteral("missing_on_server")).toBool());
    }

    void exportAndImport_moveTheLibrary_andABadFileChangesNothing()
    {
        const QString id = savedByCli(QStringLiteral("snapshot"));
        QVERIFY(m_cli->run({QStringLiteral("snapshots"), QStringLiteral("rename"), id, QStringLiteral("Mine")}).exitCode
            == 0);
        const QString file = m_cli->home() + QStringLiteral("/moved.json");
        const test::CliRun exported = m_cli->run({QStringLiteral("snapshots"), QStringLiteral("export"), file});
        QCOMPARE(exported.exitCode, 0);

        // Another machine: a home of its own, no API key needed for the library.
        test::CliRunner other(m_fx->baseUrl(), {});
        const test::CliRun imported = other.run({QStringLiteral("snapshots"), QStringLiteral("import"), file});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("1 snapshot(s) added, 0 skipped"), imported.out.constData());
        const QJsonObject there = entryIn(listed(other), id);
        QCOMPARE(there.value(QStringLiteral("name")).toString(), QStringLiteral("Mine"));

        const QString bad = other.home() + QStringLiteral("/bad.json");
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(R"({"format":"agi-monitor-snapshot-library","version":1,"snapshots":[{"session_id":)");
        badFile.close();
        const test::CliRun refused = other.run({QStringLiteral("snapshots"), QStringLiteral("import"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.saysOneError(), refused.err.constData());
        QVERIFY(refused.err.contains("Nothing was imported"));
        QCOMPARE(listed(other).value(QStringLiteral("snapshots")).toArray().size(), 1);
    }

    void help_describesTheActions()
    {
        const test::CliRun help = m_cli->run({QStringLiteral("snapshots"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Usage: agi-session snapshots [options] [ACTION] [ARGS]"));
        QVERIFY(help.out.contains("make-default ENTRY"));
        const test::CliRun overview = m_cli->run({QStringLiteral("--help")});
        QVERIFY(overview.out.contains("snapshots [ACTION] [ARGS]"));
    }
};

QTEST_MAIN(TestCliSnapshots)
#include "tst_clisnapshots.moc"
