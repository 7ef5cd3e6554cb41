// Export and import of the snapshot library: a JSON file with thumbnails that moves the library to
// another machine, merged by session id into the current account; a malformed file changes nothing.
#include "model/snapshotexchange.h"
#include "model/snapshotlibrary.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace agi;

namespace {

const QDateTime kSaved = QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC);
const SnapshotAccount kAccount {QUrl(QStringLiteral("https://api.example.com")), QStringLiteral("u-1"), false};

SnapshotEntry makeEntry(const QString &id, int minutesLater, bool madeDefault = false)
{
    SnapshotEntry entry;
    entry.sessionId = id;
    entry.savedAt = kSaved.addSecs(60 * minutesLater);
    entry.mode = SnapshotMode::Filesystem;
    entry.madeDefault = madeDefault;
    entry.lastTitle = QStringLiteral("Page of ") + id;
    entry.lastUrl = QUrl(QStringLiteral("https://example.com/") + id);
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    entry.thumbnailJpeg = SnapshotEntry::makeThumbnail(image);
    return entry;
}

QByteArray png()
{
    QImage image(20, 10, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject exportedWith(const QJsonArray &snapshots)
{
    return {{QStringLiteral("format"), QLatin1String(SnapshotExchange::formatName)},
        {QStringLiteral("version"), SnapshotExchange::formatVersion}, {QStringLiteral("snapshots"), snapshots}};
}

} // namespace

class TestSnapshotExchange final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_here;
    std::unique_ptr<QTemporaryDir> m_there;

    std::unique_ptr<SnapshotLibrary> open(const QTemporaryDir &dir)
    {
        auto library = std::make_unique<SnapshotLibrary>(dir.path());
        library->setAccount(kAccount);
        library->load();
        return library;
    }

private Q_SLOTS:
    void init()
    {
        m_here = std::make_unique<QTemporaryDir>();
        m_there = std::make_unique<QTemporaryDir>();
    }

    void aLibraryMovesToAnotherMachine_mergedBySessionId()
    {
        const auto source = open(*m_here);
        QVERIFY(source->add(makeEntry(QStringLiteral("a"), 0, true)));
        QVERIFY(source->add(makeEntry(QStringLiteral("b"), 10, true)));
        QVERIFY(source->add(makeEntry(QStringLiteral("c"), 20)));
        QVERIFY(source->rename(QStringLiteral("a"), QStringLiteral("Logged in")));
        QVERIFY(source->rename(QStringLiteral("c"), QStringLiteral("Their name")));
        const QString file = m_here->filePath(QStringLiteral("library.json"));
        QString error;
        QVERIFY2(SnapshotExchange::exportTo(*source, file, &error), qPrintable(error));

        const auto target = open(*m_there);
        QVERIFY(target->add(makeEntry(QStringLiteral("c"), 20)));
        QVERIFY(target->rename(QStringLiteral("c"), QStringLiteral("My name")));
        const SnapshotExchange::ImportResult result = SnapshotExchange::importFrom(*target, file);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.added, 2);
        QCOMPARE(result.skipped, 1);
        QCOMPARE(result.keptNames.size(), 1);
        QVERIFY2(result.keptNames.first().contains(QLatin1String("My name")), qPrintable(result.keptNames.first()));
        QVERIFY2(result.summary().contains(QLatin1String("2 snapshot(s) added")), qPrintable(result.summary()));
        QVERIFY(result.historyTaken);

        // The local name is never overwritten; the rest arrives whole, thumbnails included.
        QCOMPARE(target->entry(QStringLiteral("c"))->name, QStringLiteral("My name"));
        QCOMPARE(target->entry(QStringLiteral("a"))->name, QStringLiteral("Logged in"));
        QCOMPARE(target->entry(QStringLiteral("a"))->thumbnailJpeg, source->entry(QStringLiteral("a"))->thumbnailJpeg);
        QCOMPARE(target->index(target->rowOf(QStringLiteral("a")))
                     .data(SnapshotLibrary::ThumbnailRole)
                     .value<QImage>()
                     .size(),
            QSize(40, 30));
        QCOMPARE(target->defaultEntry()->sessionId, QStringLiteral("b"));
        QCOMPARE(target->defaultHistory(), source->defaultHistory());

        // Kept: a restart reads it all back.
        const auto reread = open(*m_there);
        QCOMPARE(reread->rowCount(), 3);

        // Importing again adds nothing.
        const SnapshotExchange::ImportResult again = SnapshotExchange::importFrom(*target, file);
        QVERIFY(again.ok);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.skipped, 3);
    }

    void aPngThumbnailIsTaken()
    {
        QJsonObject entry = makeEntry(QStringLiteral("p"), 0).toJson();
        entry.remove(QStringLiteral("thumbnail_jpeg"));
        entry.insert(QStringLiteral("thumbnail_png"), QString::fromLatin1(png().toBase64()));
        const auto library = open(*m_there);
        const auto result
            = SnapshotExchange::importJson(*library, QJsonDocument(exportedWith(QJsonArray {entry})).toJson());
        QVERIFY2(result.ok, qPrintable(result.error));
        const QImage image = QImage::fromData(library->entry(QStringLiteral("p"))->thumbnailJpeg, "JPEG");
        QCOMPARE(image.size(), QSize(20, 10));
    }

    void aMalformedFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QJsonObject badBase64 = makeEntry(QStringLiteral("x"), 5).toJson();
        badBase64.insert(QStringLiteral("thumbnail_jpeg"), QStringLiteral("not*base64!"));
        QJsonObject notAnImage = makeEntry(QStringLiteral("y"), 5).toJson();
        notAnImage.insert(QStringLiteral("thumbnail_jpeg"), QString::fromLatin1(QByteArray("hello").toBase64()));
        QJsonObject noId = makeEntry(QStringLiteral("z"), 5).toJson();
        noId.remove(QStringLiteral("session_id"));
        const QJsonObject good = makeEntry(QStringLiteral("good"), 1).toJson();
        const auto doc = [&](const QJsonObject &bad) {
            return QJsonDocument(exportedWith(QJsonArray {good, bad})).toJson();
        };
        QTest::newRow("cut JSON") << doc(good).left(100) << QStringLiteral("not valid JSON");
        QTest::newRow("another file") << QByteArray(R"({"version":1,"snapshots":[]})")
                                      << QStringLiteral("not an exported snapshot library");
        QTest::newRow("bad base64") << doc(badBase64)
                                    << QStringLiteral("Snapshot 2 in the file cannot be read: its "
                                                      "thumbnail_jpeg is not valid base64");
        QTest::newRow("not an image") << doc(notAnImage) << QStringLiteral("not a readable image");
        QTest::newRow("entry without id") << doc(noId) << QStringLiteral("has no session id");
    }

    void aMalformedFileChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const auto library = open(*m_there);
        QVERIFY(library->add(makeEntry(QStringLiteral("mine"), 0, true)));
        const QByteArray before = readAll(library->filePath());

        const SnapshotExchange::ImportResult result = SnapshotExchange::importJson(*library, json);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QLatin1String("Nothing was imported")), qPrintable(result.error));
        QVERIFY2(result.error.contains(says), qPrintable(result.error));
        QCOMPARE(result.added, 0);
        QCOMPARE(library->rowCount(), 1);
        QCOMPARE(readAll(library->filePath()), before);
    }

    void aMissingFileIsSaidSo()
    {
        const auto library = open(*m_there);
        const auto result = SnapshotExchange::importFrom(*library, m_there->filePath(QStringLiteral("nope.json")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("cannot be read")), qPrintable(result.error));
    }
};

QTEST_MAIN(TestSnapshotExchange)
#include "tst_snapshotexchange.moc"
