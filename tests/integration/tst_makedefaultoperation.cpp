// MakeDefaultOperation against the in-process emulator, without any widget: an earlier snapshot
// made the default again by a restored session saved as the default (both requests, in order), the
// new library entry and its link, the 404 that marks an entry, and a failed save that leaves
// nothing running.
#include "api/apiclient.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "model/snapshotlibrary.h"
#include "monitor/endsessionoperation.h"
#include "monitor/makedefaultoperation.h"
#include "testclient.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace agi;
using agi::emu::Endpoint;

class TestMakeDefaultOperation final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SnapshotLibrary> m_library;

    void startEmulator(emu::EmulatorConfig config = test::EmulatorFixture::defaults())
    {
        m_fx = std::make_unique<test::EmulatorFixture>(config);
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_client = std::make_unique<test::TestClient>(*m_fx);
    }

    //! A session ended with a save through the app's own operation, so the library records it.
    QString savedSession(const QString &title, bool asDefault)
    {
        const QJsonObject created = test::SessionApi(*m_probe).create();
        Session session;
        session.id = created.value(QStringLiteral("session_id")).toString();
        session.environmentId = created.value(QStringLiteral("environment_id")).toString();
        session.agentName = QStringLiteral("agi-0");
        Frame frame;
        frame.image = QImage(64, 40, QImage::Format_RGB32);
        frame.image.fill(Qt::darkGreen);
        frame.url = QUrl(QStringLiteral("https://example.com/") + title);
        frame.title = title;
        EndSessionOperation end(m_client->client(), m_library.get(), session, frame);
        QSignalSpy finished(&end, &EndSessionOperation::finished);
        if (!end.start(SnapshotMode::Filesystem, asDefault) || !finished.wait(15000))
            return {};
        return session.id;
    }

    QString serverDefaultEnvironment()
    {
        const QJsonObject state = m_probe->get(QStringLiteral("/_emulator/snapshots")).json().object();
        return state.value(QStringLiteral("default_environments")).toObject().value(m_fx->userId()).toString();
    }

    QString environmentOfSnapshot(const QString &sessionId)
    {
        const QJsonObject state = m_probe->get(QStringLiteral("/_emulator/snapshots")).json().object();
        const QJsonArray snapshots = state.value(QStringLiteral("snapshots")).toArray();
        for (const auto &value : snapshots) {
            if (value.toObject().value(QStringLiteral("session_id")).toString() == sessionId)
                return value.toObject().value(QStringLiteral("environment_id")).toString();
        }
        return {};
    }

    struct Run
    {
        QList<int> steps;
        bool ok = false;
        QString text;
        QString newEntry;
    };

    Run makeDefault(const QString &entryId)
    {
        Run run;
        MakeDefaultOperation operation(m_client->client(), m_library.get(), entryId);
        QSignalSpy steps(&operation, &MakeDefaultOperation::stepChanged);
        QSignalSpy finished(&operation, &MakeDefaultOperation::finished);
        if (!operation.start() || !finished.wait(20000))
            return run;
        for (const auto &step : steps)
            run.steps.append(step.first().toInt());
        run.ok = finished.first().at(0).toBool();
        run.text = finished.first().at(1).toString();
        run.newEntry = finished.first().at(2).toString();
        return run;
    }

    //! The API requests (not the emulator's control ones), oldest first, as "create", "delete ?query".
    QStringList apiRequests() const
    {
        QStringList out;
        for (const emu::RequestRecord &record : m_fx->requests()) {
            if (record.endpoint == Endpoint::Control)
                continue;
            out.append(emu::endpointName(record.endpoint)
                + (record.query.isEmpty() ? QString() : QStringLiteral(" ?") + record.query));
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_library = std::make_unique<SnapshotLibrary>(m_dir->path());
        QVERIFY(m_library->load());
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
        m_client.reset();
        m_probe.reset();
        m_fx.reset();
    }

    void anEarlierSnapshot_becomesTheDefaultAgain_throughARestoreAndASave()
    {
        startEmulator();
        const QString earlier = savedSession(QStringLiteral("Logged in"), true);
        QVERIFY(!earlier.isEmpty());
        QVERIFY(m_library->rename(earlier, QStringLiteral("Bank, logged in")));
        const QString later = savedSession(QStringLiteral("Logged out"), true);
        QCOMPARE(m_library->defaultEntry()->sessionId, later);
        const QString earlierEnvironment = environmentOfSnapshot(earlier);
        QVERIFY(!earlierEnvironment.isEmpty());
        QVERIFY(serverDefaultEnvironment() != earlierEnvironment);
        m_fx->emulator().requests()->clear();

        const Run run = makeDefault(earlier);
        QVERIFY2(run.ok, qPrintable(run.text));
        QCOMPARE(run.steps, (QList<int> {1, 2}));
        QVERIFY(!run.newEntry.isEmpty());
        QVERIFY(run.newEntry != earlier);
        QVERIFY2(run.text.contains(QLatin1String("Bank, logged in")), qPrintable(run.text));

        // Exactly these two requests, in this order: the restore, then the save as default of that session.
        const QStringList api = apiRequests();
        QCOMPARE(api.size(), 2);
        QCOMPARE(api.at(0), QStringLiteral("create"));
        QVERIFY2(api.at(1).startsWith(QLatin1String("delete")), qPrintable(api.at(1)));
        QVERIFY(api.at(1).contains(QLatin1String("save_snapshot_mode=filesystem")));
        QVERIFY(api.at(1).contains(QLatin1String("save_as_default=true")));
        QCOMPARE(m_fx->requests(Endpoint::DeleteSession).first().sessionId, run.newEntry);
        QCOMPARE(test::SessionApi(*m_probe).sessionStatus(run.newEntry), QString()); // nothing left running

        // The server's default is the earlier snapshot's environment again.
        QCOMPARE(serverDefaultEnvironment(), earlierEnvironment);

        // The library: a new entry, the default now, linked to the one it came from, named like it.
        const std::optional<SnapshotEntry> made = m_library->entry(run.newEntry);
        QVERIFY(made);
        QVERIFY(made->madeDefault);
        QCOMPARE(made->restoredFromId, earlier);
        QCOMPARE(made->replacedDefaultId, later);
        QCOMPARE(made->name, QStringLiteral("Bank, logged in"));
        QCOMPARE(made->lastTitle, QStringLiteral("Logged in"));
        QVERIFY(!made->thumbnailJpeg.isEmpty());
        QCOMPARE(m_library->defaultEntry()->sessionId, run.newEntry);
        const QModelIndex row = m_library->index(m_library->rowOf(run.newEntry));
        QCOMPARE(row.data(SnapshotLibrary::RestoredFromRole).toString(), earlier);
        QVERIFY(row.data(SnapshotLibrary::IsCurrentDefaultRole).toBool());
        QVERIFY(m_library->entry(earlier)->lastUsedAt.isValid());

        // Kept across a restart.
        SnapshotLibrary reread(m_dir->path());
        QVERIFY(reread.load());
        QCOMPARE(reread.entry(run.newEntry)->restoredFromId, earlier);
        QCOMPARE(reread.defaultEntry()->sessionId, run.newEntry);
    }

    void aSnapshotTheServerNoLongerHas_isMarked_andStaysListed()
    {
        startEmulator();
        SnapshotEntry gone;
        gone.sessionId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        gone.savedAt = QDateTime::currentDateTimeUtc().addDays(-3);
        gone.lastTitle = QStringLiteral("Old shop");
        QVERIFY(m_library->add(gone));

        const Run run = makeDefault(gone.sessionId);
        QVERIFY(!run.ok);
        QCOMPARE(run.steps, (QList<int> {1}));
        QVERIFY(run.newEntry.isEmpty());
        QVERIFY2(run.text.contains(QLatin1String("no longer has")), qPrintable(run.text));
        QVERIFY2(run.text.contains(QLatin1String("marked as no longer on the server")), qPrintable(run.text));

        QCOMPARE(apiRequests(), QStringList {QStringLiteral("create")});
        QCOMPARE(m_fx->requests(Endpoint::CreateSession).first().status, 404);
        QCOMPARE(m_library->rowCount(), 1);
        QVERIFY(m_library->entry(gone.sessionId)->missingOnServer);
        QVERIFY(m_library->index(0).data(SnapshotLibrary::MissingOnServerRole).toBool());
        SnapshotLibrary reread(m_dir->path());
        QVERIFY(reread.load());
        QVERIFY(reread.entry(gone.sessionId)->missingOnServer);
    }

    void aFailedSave_endsTheRestoredSessionPlainly_andSaysSo()
    {
        startEmulator();
        const QString earlier = savedSession(QStringLiteral("Logged in"), false);
        m_fx->emulator().requests()->clear();
        m_fx->armFault(QStringLiteral("delete:http=500,times=1"));

        const Run run = makeDefault(earlier);
        QVERIFY(!run.ok);
        QCOMPARE(run.steps, (QList<int> {1, 2}));
        QVERIFY2(run.text.contains(QLatin1String("ended without saving")), qPrintable(run.text));
        QVERIFY2(run.text.contains(QLatin1String("default environment was not changed")), qPrintable(run.text));

        const QList<emu::RequestRecord> deletes = m_fx->requests(Endpoint::DeleteSession);
        QCOMPARE(deletes.size(), 2);
        QVERIFY(deletes.at(0).query.contains(QLatin1String("save_as_default=true")));
        QCOMPARE(deletes.at(0).status, 500);
        QVERIFY(deletes.at(1).query.contains(QLatin1String("save_snapshot_mode=none")));
        QCOMPARE(deletes.at(1).sessionId, deletes.at(0).sessionId);
        QCOMPARE(test::SessionApi(*m_probe).sessionStatus(deletes.at(0).sessionId), QString());
        QCOMPARE(m_library->rowCount(), 1); // nothing recorded
        QVERIFY(!m_library->defaultEntry());
    }

    void aSessionStillInitializing_isSavedOnceReady()
    {
        emu::EmulatorConfig config = test::EmulatorFixture::defaults();
        config.slowStart = true;
        startEmulator(config);
        const QString earlier = savedSession(QStringLiteral("Logged in"), false);
        m_fx->emulator().requests()->clear();

        const Run run = makeDefault(earlier);
        QVERIFY2(run.ok, qPrintable(run.text));
        const QList<emu::RequestRecord> gets = m_fx->requests(Endpoint::GetSession, run.newEntry);
        QVERIFY(!gets.isEmpty());
        const QList<emu::RequestRecord> deletes = m_fx->requests(Endpoint::DeleteSession);
        QCOMPARE(deletes.size(), 1);
        // The save came after the last check, which found the session ready.
        QVERIFY(deletes.first().startedMs >= gets.last().finishedMs);
        QVERIFY(m_library->entry(run.newEntry)->madeDefault);
    }

    void startRefusesAnUnknownEntry_andASecondStart()
    {
        startEmulator();
        MakeDefaultOperation unknown(m_client->client(), m_library.get(), QStringLiteral("nope"));
        QVERIFY(!unknown.start());
        QVERIFY(!unknown.isRunning());

        const QString earlier = savedSession(QStringLiteral("Logged in"), false);
        MakeDefaultOperation operation(m_client->client(), m_library.get(), earlier);
        QSignalSpy finished(&operation, &MakeDefaultOperation::finished);
        QVERIFY(operation.start());
        QVERIFY(operation.isRunning());
        QVERIFY(!operation.start());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!operation.isRunning());
        QCOMPARE(m_fx->count(Endpoint::CreateSession), 2);
    }
};

QTEST_MAIN(TestMakeDefaultOperation)
#include "tst_makedefaultoperation.moc"
