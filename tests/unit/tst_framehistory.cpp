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

int imageFiles(const QString &directory)
{
    return int(QDir(directory).entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files).size());
}

} // namespace

class TestFrameHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesAreFilesAndComeBackAfterARestart()
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
            QCOMPARE(imageFiles(folder), 3); // the unchanged frame added no file
            QCOMPARE(history.encoded(1), frame(2).encoded);
        }
        FrameHistory again;
        QVERIFY(again.open(folder, FrameHistory::Access::ReadWrite));
        QCOMPARE(again.size(), 3);
        QVERIFY(again.problem().isEmpty());
        QCOMPARE(again.at(0).url, frame(1).url);
        QCOMPARE(again.at(1).messageId, 12);
        QCOMPARE(again.last().title, QStringLiteral("Renamed"));
        QCOMPARE(again.last().lastSeenAt, frame(3).capturedAt.addSecs(30));
        QCOMPARE(again.encoded(2), frame(3).encoded);
        again.append(frame(4), 0);
        QCOMPARE(again.last().sequence, 4); // numbers go on
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
            FrameHistory history;
            QVERIFY(history.open(folder, FrameHistory::Access::ReadWrite));
            for (int i = 1; i <= 4; ++i)
                history.append(frame(i), 0);
        }
        QFile index(QDir(folder).filePath(QStringLiteral("index.jsonl")));
        QVERIFY(index.open(QIODevice::Append));
        index.write("{\"t\":\"frame\",\"seq\":"); // cut off by a crash
        index.close();
        QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("00000002.jpg"))));
        QFile cut(QDir(folder).filePath(QStringLiteral("00000003.jpg")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write("x");
        cut.close();

        {
            FrameHistory again;
            QVERIFY(again.open(folder, FrameHistory::Access::ReadWrite));
            QCOMPARE(again.size(), 2);
            QCOMPARE(again.at(0).sequence, 1);
            QCOMPARE(again.at(1).sequence, 4);
            QVERIFY(!again.problem().isEmpty());
            QVERIFY(QDir(folder).exists(QStringLiteral("damaged")));
            QCOMPARE(again.encoded(1), frame(4).encoded);
        }

        FrameHistory third; // reported once: the index was rewritten without them
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
