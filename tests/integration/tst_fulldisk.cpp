// Every file the application writes, on a real full disk (a 64 KiB tmpfs, see run-on-small-disk.sh):
// a save that does not fit fails and says so, the file on disk stays exactly as it was, what the user
// had is kept for the run, and the next save after space is freed writes everything.
#include "api/apiclient.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "live/framehistory.h"
#include "model/snapshotlibrary.h"
#include "monitor/endsessionoperation.h"
#include "settings/settings.h"
#include "storage/atomicfile.h"
#include "testclient.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace agi;

class TestFullDisk final : public QObject
{
    Q_OBJECT

private:
    QDir m_disk;

    QString onDisk(const QString &name) const { return m_disk.filePath(name); }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    //! Fills the disk, then frees `leave` bytes of it.
    bool fill(qint64 leave)
    {
        QFile filler(onDisk(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) > 0) { }
        return filler.resize(std::max<qint64>(0, filler.size() - leave));
    }

    void freeSpace() { QFile::remove(onDisk(QStringLiteral("filler"))); }

    static SnapshotEntry entry(const QString &id, int titleLength = 20)
    {
        SnapshotEntry entry;
        entry.sessionId = id;
        entry.savedAt = QDateTime::currentDateTimeUtc();
        entry.mode = SnapshotMode::Filesystem;
        entry.lastUrl = QUrl(QStringLiteral("https://example.com/") + id);
        entry.lastTitle = QString(titleLength, QLatin1Char('t'));
        return entry;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<EndSessionOperation::Outcome>();
        const QString path = qEnvironmentVariable("AGI_SMALL_DISK");
        QVERIFY2(!path.isEmpty(), "run through tests/integration/run-on-small-disk.sh (see its CMakeLists.txt)");
        m_disk.setPath(path);
        QVERIFY(m_disk.exists());
    }

    void cleanup()
    {
        freeSpace();
        for (const QString &name : m_disk.entryList(QDir::Files | QDir::Hidden | QDir::System))
            QFile::remove(m_disk.filePath(name));
    }

    void library_onAFullDisk_keepsItsFileAndSaysSo()
    {
        SnapshotLibrary library(m_disk.path());
        QVERIFY(library.load());
        QVERIFY(library.add(entry(QStringLiteral("first"))));
        QVERIFY(library.add(entry(QStringLiteral("second"))));
        const QByteArray before = contents(library.filePath());
        QVERIFY(!before.isEmpty());

        QVERIFY(fill(1024));
        QSignalSpy problems(&library, &SnapshotLibrary::errorOccurred);
        QVERIFY(!library.add(entry(QStringLiteral("third"), 20000)));
        QCOMPARE(problems.size(), 1);
        const QString message = problems.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("disk is full")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("left as it was")), qPrintable(message));
        QCOMPARE(contents(library.filePath()), before);
        QCOMPARE(library.rowCount(), 3); // kept for this run

        SnapshotLibrary reread(m_disk.path());
        QVERIFY(reread.load());
        QCOMPARE(reread.rowCount(), 2);

        // With room again, the next save writes everything the run kept.
        freeSpace();
        QVERIFY(library.add(entry(QStringLiteral("fourth"))));
        SnapshotLibrary after(m_disk.path());
        QVERIFY(after.load());
        QCOMPARE(after.rowCount(), 4);
        QVERIFY(after.entry(QStringLiteral("third")).has_value());
    }

    void endAndSave_onAFullDisk_saysTheSnapshotWasNotRecorded()
    {
        test::EmulatorFixture fx;
        QVERIFY2(fx.isRunning(), qPrintable(fx.error()));
        test::HttpProbe probe(fx.baseUrl(), fx.apiKey());
        test::TestClient client(fx);
        Session session;
        session.id = test::SessionApi(probe).create().value(QStringLiteral("session_id")).toString();
        QVERIFY(!session.id.isEmpty());

        SnapshotLibrary library(m_disk.path());
        QVERIFY(library.load());
        QVERIFY(library.add(entry(QStringLiteral("earlier"))));
        const QByteArray before = contents(library.filePath());
        Frame frame;
        frame.image = QImage(1280, 800, QImage::Format_RGB32);
        for (int y = 0; y < frame.image.height(); ++y) // noise: a thumbnail that does not compress away
            for (int x = 0; x < frame.image.width(); ++x)
                frame.image.setPixel(x, y, QRandomGenerator::global()->generate());
        frame.url = QUrl(QStringLiteral("https://mail.example.com/inbox"));

        QVERIFY(fill(512));
        EndSessionOperation operation(client.client(), &library, session, frame);
        QSignalSpy finished(&operation, &EndSessionOperation::finished);
        QVERIFY(operation.start(SnapshotMode::Filesystem, true));
        QVERIFY(finished.wait(15000));
        const auto outcome = finished.first().first().value<EndSessionOperation::Outcome>();
        QVERIFY(outcome.ended);
        QVERIFY(outcome.saved); // the server saved it: that is true and said
        QVERIFY2(outcome.text.contains(QLatin1String("could not be recorded in the local snapshot library")),
            qPrintable(outcome.text));
        QVERIFY2(outcome.text.contains(QLatin1String("disk is full")), qPrintable(outcome.text));
        QCOMPARE(contents(library.filePath()), before);
    }

    void settings_onAFullDisk_keepThePreviousFile()
    {
        const QString path = onDisk(QStringLiteral("settings.ini"));
        const QByteArray geometry(12000, 'g');
        {
            Settings settings(path);
            settings.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9000")));
            const QByteArray before = contents(path);
            QVERIFY(before.contains("127.0.0.1:9000"));

            QVERIFY(fill(512));
            QSignalSpy failed(&settings, &Settings::saveFailed);
            settings.setWindowGeometry(geometry);
            QVERIFY(!settings.sync());
            QCOMPARE(failed.size(), 1);
            QVERIFY2(failed.first().first().toString().contains(QLatin1String("previous file was kept")),
                qPrintable(failed.first().first().toString()));
            QCOMPARE(contents(path), before);
            QCOMPARE(settings.windowGeometry(), geometry); // kept for this run
            QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9000")));

            // A preference changed while the disk is full is not lost either.
            settings.setUserId(QStringLiteral("user-7"));
            QCOMPARE(failed.size(), 2);
            QCOMPARE(settings.userId(), QStringLiteral("user-7"));
            QCOMPARE(contents(path), before);

            freeSpace();
            QVERIFY(settings.sync());
        }
        QVERIFY(!QFile::exists(path + QLatin1String(".previous")));
        const QString copy = QDir::temp().filePath(QStringLiteral("agi-fulldisk-settings.ini"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(path, copy)); // a name of its own, so nothing is read from a cache
        {
            Settings reread(copy);
            QCOMPARE(reread.windowGeometry(), geometry);
            QCOMPARE(reread.userId(), QStringLiteral("user-7"));
            QCOMPARE(reread.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9000")));
        }
        QFile::remove(copy);
    }

    void exportedFile_onAFullDisk_keepsTheOldOne()
    {
        const QString path = onDisk(QStringLiteral("frame.jpg"));
        QString error;
        QVERIFY2(AtomicFile::write(path, QByteArray(2000, 'a'), &error), qPrintable(error));
        QVERIFY(fill(1024));
        QVERIFY(!AtomicFile::write(path, QByteArray(40000, 'b'), &error));
        QVERIFY2(error.contains(QLatin1String("disk is full")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("frame.jpg")), qPrintable(error));
        QCOMPARE(contents(path), QByteArray(2000, 'a'));
        QCOMPARE(
            m_disk.entryList({QStringLiteral("frame.jpg*")}, QDir::Files | QDir::Hidden).size(), 1); // no leftovers
    }

    void frameHistory_onAFullDisk_keepsTheFrameForTheRunAndWritesTheNextOnesWhole()
    {
        // Random bytes, as many as a small screenshot's, so that they end mid-page on the disk.
        const auto randomFrame = [](int second) {
            Frame made;
            made.encoded.resize(5000);
            for (char &byte : made.encoded)
                byte = char(QRandomGenerator::global()->bounded(256));
            made.encodedFormat = "jpeg";
            made.sourceSize = QSize(640, 400);
            made.capturedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(second);
            return made;
        };
        const Frame frames[] = {randomFrame(1), randomFrame(2), randomFrame(3)};
        {
            FrameHistory history;
            QVERIFY(history.open(m_disk.path(), FrameHistory::Access::ReadWrite));
            history.append(frames[0], 0);
            history.waitForWrites();
            QVERIFY(fill(0));
            history.append(frames[1], 0); // does not fit
            history.waitForWrites();
            QCOMPARE(history.size(), 2);
            QCOMPARE(history.encoded(1), frames[1].encoded); // kept in memory for this run
            freeSpace();
            history.append(frames[2], 0);
            history.waitForWrites();
            QVERIFY(history.source(2).kept.isEmpty()); // on disk now
            QCOMPARE(history.encoded(2), frames[2].encoded);
        }
        // The next run reads back every frame that was written, each whole, and nothing else.
        FrameHistory again;
        QVERIFY(again.open(m_disk.path(), FrameHistory::Access::ReadWrite));
        QVERIFY2(again.problem().isEmpty(), qPrintable(again.problem()));
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.encoded(0), frames[0].encoded);
        QCOMPARE(again.encoded(1), frames[2].encoded);
    }
};

QTEST_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
