// EndSessionOperation against the in-process emulator, without any widget: the one DELETE and its
// query, the outcome in words, and the snapshot library's record of a save.
#include "api/apiclient.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "model/snapshotlibrary.h"
#include "monitor/endsessionoperation.h"
#include "testclient.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace agi;
using agi::emu::Endpoint;

class TestEndSessionOperation final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SnapshotLibrary> m_library;

    Session createSession()
    {
        Session session;
        session.id = test::SessionApi(*m_probe).create().value(QStringLiteral("session_id")).toString();
        session.agentName = QStringLiteral("agi-0");
        return session;
    }

    static Frame lastFrame()
    {
        Frame frame;
        frame.image = QImage(64, 40, QImage::Format_RGB32);
        frame.image.fill(Qt::darkCyan);
        frame.url = QUrl(QStringLiteral("https://example.com/account"));
        frame.title = QStringLiteral("Your account");
        return frame;
    }

    //! Runs one operation to its end; its outcome.
    EndSessionOperation::Outcome end(const Session &session, SnapshotMode mode, bool asDefault)
    {
        EndSessionOperation operation(m_client->client(), m_library.get(), session, lastFrame());
        QSignalSpy finished(&operation, &EndSessionOperation::finished);
        if (!operation.start(mode, asDefault) || !finished.wait(15000))
            return {};
        return finished.first().first().value<EndSessionOperation::Outcome>();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<EndSessionOperation::Outcome>(); }

    void init()
    {
        m_fx = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_client = std::make_unique<test::TestClient>(*m_fx);
        m_dir = std::make_unique<QTemporaryDir>();
        m_library = std::make_unique<SnapshotLibrary>(m_dir->path());
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
        m_client.reset();
        m_probe.reset();
        m_fx.reset();
    }

    void saveAsDefault_sendsOneDelete_andRecordsTheSave()
    {
        const Session session = createSession();
        const EndSessionOperation::Outcome outcome = end(session, SnapshotMode::Filesystem, true);
        QVERIFY(outcome.ended);
        QVERIFY(outcome.saved);
        QVERIFY(outcome.madeDefault);
        QCOMPARE(outcome.text,
            EndSessionOperation::tr("Session ended. Snapshot saved (%1) and set as your default environment.")
                .arg(QStringLiteral("filesystem")));

        const auto deletes = m_fx->requests(Endpoint::DeleteSession, session.id);
        QCOMPARE(deletes.size(), 1);
        QVERIFY(deletes.first().query.contains(QStringLiteral("save_snapshot_mode=filesystem")));
        QVERIFY(deletes.first().query.contains(QStringLiteral("save_as_default=true")));

        const auto entry = m_library->entry(session.id);
        QVERIFY(entry);
        QCOMPARE(entry->mode, SnapshotMode::Filesystem);
        QVERIFY(entry->madeDefault);
        QCOMPARE(entry->lastTitle, QStringLiteral("Your account"));
        QVERIFY(!entry->thumbnailJpeg.isEmpty());
    }

    void withoutSaving_recordsNothing()
    {
        const Session session = createSession();
        const EndSessionOperation::Outcome outcome = end(session, SnapshotMode::None, false);
        QVERIFY(outcome.ended);
        QVERIFY(!outcome.saved);
        QCOMPARE(outcome.text, EndSessionOperation::tr("Session ended without saving."));
        QVERIFY(
            m_fx->requests(Endpoint::DeleteSession).first().query.contains(QStringLiteral("save_snapshot_mode=none")));
        QCOMPARE(m_library->rowCount(), 0);
    }

    void aSessionAlreadyGone_isSaidSo()
    {
        Session gone;
        gone.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
        const EndSessionOperation::Outcome outcome = end(gone, SnapshotMode::Filesystem, true);
        QVERIFY(outcome.ended);
        QVERIFY(!outcome.saved);
        QCOMPARE(outcome.text, EndSessionOperation::tr("Session not found: it had already ended."));
        QCOMPARE(m_library->rowCount(), 0);
    }

    void aServerFailure_leavesTheSessionAndSaysWhy()
    {
        const Session session = createSession();
        m_fx->armFault(QStringLiteral("delete:http=500,times=1"));
        const EndSessionOperation::Outcome outcome = end(session, SnapshotMode::Filesystem, true);
        QVERIFY(!outcome.ended);
        QVERIFY(!outcome.text.isEmpty());
        QCOMPARE(m_fx->count(Endpoint::DeleteSession), 1);
        // A 500 may hide a save: the session was checked, and is still there.
        QCOMPARE(m_fx->count(Endpoint::GetSession, session.id), 1);
        QVERIFY2(outcome.text.contains(QLatin1String("still listed")), qPrintable(outcome.text));
        QCOMPARE(test::SessionApi(*m_probe).sessionStatus(session.id), QStringLiteral("ready"));
        QCOMPARE(m_library->rowCount(), 0);
    }

    void aSaveWhoseAnswerIsLost_isNeverResent_andRecordedAsUnconfirmed_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("dropped connection") << QStringLiteral("delete:drop,times=1");
        QTest::newRow("cut answer") << QStringLiteral("delete:truncate,times=1");
        QTest::newRow("unreadable answer") << QStringLiteral("delete:malformed-json,times=1");
        QTest::newRow("no answer in time") << QStringLiteral("delete:stall,times=1");
    }

    void aSaveWhoseAnswerIsLost_isNeverResent_andRecordedAsUnconfirmed()
    {
        QFETCH(QString, fault);
        const Session session = createSession();
        m_client->client()->setTimeoutOverride(1500); // for the stall
        m_fx->armFault(fault);
        const EndSessionOperation::Outcome outcome = end(session, SnapshotMode::Filesystem, true);

        // The server did end and save it; the app never says the opposite, nor sends it again.
        QCOMPARE(m_fx->count(Endpoint::DeleteSession), 1);
        QCOMPARE(m_fx->count(Endpoint::GetSession, session.id), 1);
        QVERIFY(outcome.ended);
        QVERIFY(outcome.saved);
        QVERIFY(outcome.madeDefault);
        QVERIFY(!outcome.confirmed);
        QVERIFY2(outcome.text.contains(QLatin1String("most likely saved as your default environment")),
            qPrintable(outcome.text));
        QVERIFY2(outcome.text.contains(QLatin1String("not confirmed")), qPrintable(outcome.text));
        QVERIFY(!outcome.text.contains(QLatin1String("not found")));
        const auto entry = m_library->entry(session.id);
        QVERIFY(entry.has_value());
        QVERIFY(!entry->confirmed);
        QVERIFY(entry->madeDefault);
        QVERIFY2(entry->modeText().contains(QLatin1String("not confirmed")), qPrintable(entry->modeText()));

        // The mark survives a restart.
        SnapshotLibrary reread(m_dir->path());
        QVERIFY(reread.load());
        QVERIFY(!reread.entry(session.id)->confirmed);
    }

    void aPlainEndWhoseAnswerIsLost_isTriedOnceMore()
    {
        const Session session = createSession();
        m_fx->armFault(QStringLiteral("delete:drop,times=1"));
        const EndSessionOperation::Outcome outcome = end(session, SnapshotMode::None, false);
        QVERIFY(outcome.ended);
        QVERIFY(!outcome.saved);
        QCOMPARE(m_fx->count(Endpoint::DeleteSession), 2); // its own one retry, never Qt's
        QVERIFY2(outcome.text.contains(QLatin1String("probably ended by that attempt")), qPrintable(outcome.text));
    }

    void aSecondStartWhileRunning_sendsNothing()
    {
        const Session session = createSession();
        EndSessionOperation operation(m_client->client(), m_library.get(), session, lastFrame());
        QSignalSpy finished(&operation, &EndSessionOperation::finished);
        QVERIFY(operation.start(SnapshotMode::Filesystem, true));
        QVERIFY(!operation.start(SnapshotMode::Filesystem, true));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_fx->count(Endpoint::DeleteSession), 1);
    }
};

QTEST_MAIN(TestEndSessionOperation)
#include "tst_endsessionoperation.moc"
