#include "live/framehistory.h"
#include "storage/writequeue.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using agi::Frame;
using agi::FrameHistory;
using agi::WriteQueue;

namespace {

Frame frame(int number, int size = 100)
{
    Frame result;
    result.encoded = QByteArray(size, char('a' + number % 26));
    result.encodedFormat = "jpeg";
    result.sourceSize = QSize(1280, 720);
    result.url = QUrl(QStringLiteral("https://example.com/%1").arg(number));
    result.title = QStringLiteral("Page %1").arg(number);
    result.capturedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0)).addSecs(number);
    result.changedAt = result.capturedAt;
    return result;
}

QFileInfoList images(const QString &directory)
{
    return QDir(directory).entryInfoList(
        {QStringLiteral("*.frames"), QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files);
}

int imageFiles(const QString &directory)
{
    return int(images(directory).size());
}

qint64 imageBytes(const QString &directory)
{
    qint64 total = 0;
    for (const QFileInfo &file : images(directory))
        total += file.size();
    return total;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestFrameHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesShareASegmentAndComeBackAfterARestart()
    {
        QTemporaryDir root;
        const QString folder = FrameHistory::sessionDirectory(root.path(), QStringLiteral("s1"));
        {
            FrameHistory history;
            QVERIFY(history.open(folder, FrameHistory::Access::ReadWrite));
            for (int i = 1; i <= 3; ++i)
                history.append(frame(i), 10 + i);
            Frame same = frame(3);
            same.capturedAt = same.capturedAt.addSecs(30);
            same.title = QStringLiteral("Renamed");
            history.confirm(same);
            history.waitForWrites();
            QCOMPARE(imageFiles(folder), 1);   // one segment holds them
            QCOMPARE(imageBytes(folder), 300); // the unchanged frame added nothing
            QCOMPARE(history.encoded(1), frame(2).encoded);
            QVERIFY(history.source(1).kept.isEmpty()); // read from the segment
        }
        FrameHistory again;
        QVERIFY(again.open(folder, FrameHistory::Access::ReadWrite));
        QCOMPARE(again.size(), 3);
        QVERIFY(again.problem().isEmpty());
        QCOMPARE(again.at(0).url, frame(1).url);
        QCOMPARE(again.at(1).messageId, 12);
        QCOMPARE(again.last().title, QStringLiteral("Renamed"));
        QCOMPARE(again.last().lastSeenAt, frame(3).capturedAt.addSecs(30));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(again.encoded(i), frame(i + 1).encoded);
        again.append(frame(4), 0);
        QCOMPARE(again.last().sequence, 4); // numbers go on
        again.waitForWrites();
        QCOMPARE(imageFiles(folder), 2); // a new run starts a segment of its own
    }

    void segmentsGoOnceAllTheirFramesAreDropped()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("s"));
        {
            FrameHistory history(16, qint64 {1} << 20); // segments of two frames (an eighth of 16)
            QVERIFY(history.open(folder, FrameHistory::Access::ReadWrite));
            for (int i = 1; i <= 21; ++i)
                history.append(frame(i, 90 + i), 0);
            history.waitForWrites();
            QCOMPARE(history.size(), 16);
            QCOMPARE(history.at(0).sequence, 6);
            // Frames 1-4 filled two segments, which are gone; frame 5 shares one with frame 6.
            QCOMPARE(imageFiles(folder), 9);
            qint64 kept = 0;
            for (int i = 5; i <= 21; ++i)
                kept += 90 + i;
            QCOMPARE(imageBytes(folder), kept);
            QCOMPARE(history.bytes(), kept); // frame 5's bytes count while its segment stays
        }
        FrameHistory again(16, qint64 {1} << 20);
        QVERIFY(again.open(folder, FrameHistory::Access::ReadWrite));
        QVERIFY(again.problem().isEmpty());
        QCOMPARE(again.size(), 16);
        for (int i = 0; i < again.size(); ++i) // each read at its own offset
            QCOMPARE(again.encoded(i), frame(i + 6, 96 + i).encoded);
    }

    void theByteBoundCountsWhatIsOnDisk()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("s"));
        FrameHistory history(100, 2000); // segments of 250 bytes at most: two frames each
        QVERIFY(history.open(folder, FrameHistory::Access::ReadWrite));
        for (int i = 1; i <= 30; ++i) {
            history.append(frame(i), 0);
            history.waitForWrites();
            QCOMPARE(history.bytes(), imageBytes(folder));
            QVERIFY2(imageBytes(folder) <= 2000, qPrintable(QString::number(imageBytes(folder))));
        }
        QCOMPARE(history.size(), 20); // ten segments of two
    }

    void aSegmentCutShortKeepsTheFramesItHoldsWhole()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("s"));
        {
            FrameHistory history;
            QVERIFY(history.open(folder, FrameHistory::Access::ReadWrite));
            for (int i = 1; i <= 4; ++i)
                history.append(frame(i), 0);
        }
        // A crash after the index lines got to the disk but before all of the images did.
        QFile segment(images(folder).constFirst().filePath());
        QVERIFY(segment.resize(250));
        FrameHistory again;
        QVERIFY(again.open(folder, FrameHistory::Access::ReadWrite));
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.encoded(0), frame(1).encoded);
        QCOMPARE(again.encoded(1), frame(2).encoded);
        QVERIFY(again.problem().contains(QLatin1String("2 damaged")));
    }

    void historiesKeptBeforeSegmentsAreRead()
    {
        // A history as the application wrote it before segments: each image a file of its own.
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("s"));
        QVERIFY(QDir().mkpath(folder));
        QByteArray index;
        for (int i = 1; i <= 2; ++i) {
            index += QStringLiteral(R"({"t":"frame","seq":%1,"format":"jpeg","w":1280,"h":720,)"
                                    R"("url":"https://example.com/%1","title":"Page %1",)"
                                    R"("changedAt":"2026-01-01T12:00:0%1.000Z","messageId":0,"bytes":100})")
                         .arg(i)
                         .toUtf8()
                + '\n';
            QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("0000000%1.jpg").arg(i)), frame(i).encoded));
        }
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("index.jsonl")), index));
        {
            FrameHistory history(3, 1000);
            QVERIFY(history.open(folder, FrameHistory::Access::ReadWrite));
            QVERIFY(history.problem().isEmpty());
            QCOMPARE(history.size(), 2);
            QCOMPARE(history.encoded(0), frame(1).encoded);
            QCOMPARE(history.at(1).title, QStringLiteral("Page 2"));
            history.append(frame(3), 0);
            history.append(frame(4), 0); // the first goes, and its file with it
            history.waitForWrites();
            QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("00000001.jpg"))));
            QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("00000002.jpg"))));
        }
        FrameHistory again(3, 1000);
        QVERIFY(again.open(folder, FrameHistory::Access::ReadWrite));
        QVERIFY(again.problem().isEmpty());
        QCOMPARE(again.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(again.encoded(i), frame(i + 2).encoded);
    }

    void boundsDropTheOldestFirst()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("s"));
        {
            FrameHistory history(3, 1000);
            QVERIFY(history.open(folder, FrameHistory::Access::ReadWrite));
            for (int i = 1; i <= 5; ++i)
                history.append(frame(i), 0);
            QCOMPARE(history.size(), 3);
            QCOMPARE(history.at(0).sequence, 3);
            history.waitForWrites();
            QCOMPARE(imageFiles(folder), 3);
            history.setMaximums(10, 250);
            QCOMPARE(history.size(), 2);
            QCOMPARE(history.at(0).sequence, 4);
            for (int i = 6; i <= 200; ++i) // enough to compact the index
                history.append(frame(i), 0);
        }
        FrameHistory again(10, 250);
        QVERIFY(again.open(folder, FrameHistory::Access::ReadWrite));
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.at(0).sequence, 199);
        QVERIFY(again.problem().isEmpty());
        QCOMPARE(imageFiles(folder), 2);
    }

    void damagedLinesAndFilesAreSetAsideAndTheRestKept()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("s"));
        {
            FrameHistory history(8, 1000); // segments of one frame (an eighth of 8)
            QVERIFY(history.open(folder, FrameHistory::Access::ReadWrite));
            for (int i = 1; i <= 4; ++i)
                history.append(frame(i), 0);
        }
        QFile index(QDir(folder).filePath(QStringLiteral("index.jsonl")));
        QVERIFY(index.open(QIODevice::Append));
        index.write("{\"t\":\"frame\",\"seq\":"); // cut off by a crash
        index.close();
        QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("00000002.frames"))));
        QFile cut(QDir(folder).filePath(QStringLiteral("00000003.frames")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write("x");
        cut.close();

        {
            FrameHistory again(8, 1000);
            QVERIFY(again.open(folder, FrameHistory::Access::ReadWrite));
            QCOMPARE(again.size(), 2);
            QCOMPARE(again.at(0).sequence, 1);
            QCOMPARE(again.at(1).sequence, 4);
            QVERIFY(!again.problem().isEmpty());
            QVERIFY(QDir(folder).exists(QStringLiteral("damaged")));
            QCOMPARE(again.encoded(1), frame(4).encoded);
        }

        FrameHistory third(8, 1000); // reported once: the index was rewritten without them
        QVERIFY(third.open(folder, FrameHistory::Access::ReadWrite));
        QCOMPARE(third.size(), 2);
        QVERIFY(third.problem().isEmpty());
    }

    void aSecondWriterOnlyReads()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("s"));
        FrameHistory first;
        QVERIFY(first.open(folder, FrameHistory::Access::ReadWrite));
        first.append(frame(1), 0);
        first.waitForWrites();
        FrameHistory second;
        QVERIFY(second.open(folder, FrameHistory::Access::ReadWrite));
        QVERIFY(second.isReadOnly());
        second.append(frame(2), 0);
        QCOMPARE(second.encoded(1), frame(2).encoded);
        second.waitForWrites();
        QCOMPARE(imageFiles(folder), 1);
        auto reader = FrameHistory::openReadOnly(QStringLiteral("s"), root.path());
        QVERIFY(reader);
        QCOMPARE(reader->size(), 1);
        QVERIFY(!FrameHistory::openReadOnly(QStringLiteral("none"), root.path()));
    }

    void aNewFrameIsReadableAtOnceWhileTheDiskWorksOnIt()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("s"));
        FrameHistory history(2, 1000);
        QVERIFY(history.open(folder, FrameHistory::Access::ReadWrite));
        // The disk is slow: appending does not wait for it, and the frames read back all the same.
        WriteQueue::shared().hold();
        for (int i = 1; i <= 3; ++i)
            history.append(frame(i), 0);
        QCOMPARE(imageFiles(folder), 0);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.encoded(0), frame(2).encoded);
        QCOMPARE(history.encoded(1), frame(3).encoded);
        WriteQueue::shared().release();
        history.waitForWrites();
        // Written in order: the first frame, dropped before the disk got to it, leaves no file.
        QCOMPARE(imageFiles(folder), 2);
        QVERIFY(history.source(1).kept.isEmpty()); // read from its file now, not held in memory
        QCOMPARE(history.encoded(1), frame(3).encoded);
        auto reader = FrameHistory::openReadOnly(QStringLiteral("s"), root.path());
        QVERIFY(reader);
        QCOMPARE(reader->size(), 2);
        QCOMPARE(reader->at(0).sequence, 2);
        QVERIFY(reader->problem().isEmpty());
        QCOMPARE(reader->encoded(1), frame(3).encoded);
    }

    void clearRemovesTheFolder()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("s"));
        FrameHistory history;
        QVERIFY(history.open(folder, FrameHistory::Access::ReadWrite));
        history.append(frame(1), 0);
        history.clear();
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(history.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFrameHistory)
#include "tst_framehistory.moc"
