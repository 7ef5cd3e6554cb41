#include "model/snapshotfilterproxy.h"
#include "model/snapshotlibrary.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agi;

namespace {

const QDateTime kSaved = QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC);

SnapshotEntry makeEntry(const QString &id, int minutesLater = 0, bool madeDefault = false)
{
    SnapshotEntry entry;
    entry.sessionId = id;
    entry.savedAt = kSaved.addSecs(60 * minutesLater);
    entry.mode = SnapshotMode::Filesystem;
    entry.madeDefault = madeDefault;
    entry.environmentId = QStringLiteral("env-") + id;
    entry.agentName = QStringLiteral("agi-0");
    entry.lastUrl = QUrl(QStringLiteral("https://shop.example/cart?id=") + id);
    entry.lastTitle = QStringLiteral("Cart <b>%1</b>").arg(id);
    return entry;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList corruptCopies(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("snapshots.json.corrupt-*")}, QDir::Files);
}

QStringList ids(const SnapshotLibrary &library)
{
    QStringList result;
    for (const SnapshotEntry &entry : library.entries())
        result.append(entry.sessionId);
    return result;
}

} // namespace

class TestSnapshotLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void missingFileIsAnEmptyLibrary()
    {
        SnapshotLibrary library(m_dir->path());
        QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&library, &SnapshotLibrary::errorOccurred);
        QVERIFY(library.load());
        QCOMPARE(library.rowCount(), 0);
        QVERIFY(!library.defaultEntry());
        QCOMPARE(errors.count(), 0);
        QVERIFY(!QFile::exists(library.filePath()));
    }

    void savedEntriesComeBackInTheNextRun()
    {
        SnapshotEntry entry = makeEntry(QStringLiteral("s1"), 0, true);
        QImage frame(1280, 800, QImage::Format_RGB32);
        frame.fill(Qt::darkCyan);
        entry.thumbnailJpeg = SnapshotEntry::makeThumbnail(frame);
        {
            SnapshotLibrary library(m_dir->path());
            QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(library.load());
            QVERIFY(library.add(entry));
            QVERIFY(library.add(makeEntry(QStringLiteral("s2"), 5)));
        }
        const QJsonObject root
            = QJsonDocument::fromJson(readAll(m_dir->filePath(QStringLiteral("snapshots.json")))).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("snapshots")).toArray().size(), 2);

        SnapshotLibrary again(m_dir->path());
        QAbstractItemModelTester tester(&again, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(again.load());
        QCOMPARE(ids(again), QStringList({QStringLiteral("s2"), QStringLiteral("s1")}));
        QCOMPARE(*again.entry(QStringLiteral("s1")), entry);

        const QModelIndex row = again.index(again.rowOf(QStringLiteral("s1")));
        QCOMPARE(row.data().toString(), QStringLiteral("Cart <b>s1</b>"));
        QCOMPARE(row.data(SnapshotLibrary::UrlRole).toUrl(), entry.lastUrl);
        QCOMPARE(row.data(SnapshotLibrary::ModeRole).value<SnapshotMode>(), SnapshotMode::Filesystem);
        const QImage thumbnail = row.data(SnapshotLibrary::ThumbnailRole).value<QImage>();
        QCOMPARE(thumbnail.size(), QSize(320, 200));
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("s1")));
    }

    void thumbnailIsSmall()
    {
        QImage tall(400, 4000, QImage::Format_ARGB32);
        tall.fill(Qt::transparent);
        const QImage thumbnail = QImage::fromData(SnapshotEntry::makeThumbnail(tall), "JPEG");
        QVERIFY(!thumbnail.isNull());
        QVERIFY(thumbnail.width() <= SnapshotEntry::thumbnailMaxWidth);
        QVERIFY(thumbnail.height() <= SnapshotEntry::thumbnailMaxHeight);
        // Transparent pixels turn white, not black.
        QVERIFY(qGray(thumbnail.pixel(2, 2)) > 240);

        QImage small(100, 60, QImage::Format_RGB32);
        small.fill(Qt::red);
        QCOMPARE(QImage::fromData(SnapshotEntry::makeThumbnail(small), "JPEG").size(), QSize(100, 60));
        QVERIFY(SnapshotEntry::makeThumbnail(QImage()).isEmpty());
    }

    void newestDefaultIsTheDefault()
    {
        SnapshotLibrary library(m_dir->path());
        QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
        library.load();
        library.add(makeEntry(QStringLiteral("old-default"), 0, true));
        library.add(makeEntry(QStringLiteral("plain"), 10, false));
        QCOMPARE(library.defaultEntry()->sessionId, QStringLiteral("old-default"));

        QSignalSpy changed(&library, &QAbstractItemModel::dataChanged);
        library.add(makeEntry(QStringLiteral("new-default"), 20, true));
        QCOMPARE(library.defaultEntry()->sessionId, QStringLiteral("new-default"));
        const QPersistentModelIndex oldRow(library.index(library.rowOf(QStringLiteral("old-default"))));
        QCOMPARE(oldRow.data(SnapshotLibrary::MadeDefaultRole).toBool(), true);
        QCOMPARE(oldRow.data(SnapshotLibrary::IsCurrentDefaultRole).toBool(), false);
        QCOMPARE(library.index(0).data(SnapshotLibrary::IsCurrentDefaultRole).toBool(), true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), QModelIndex(oldRow));

        QVERIFY(library.remove(QStringLiteral("new-default")));
        QCOMPARE(library.defaultEntry()->sessionId, QStringLiteral("old-default"));
        QCOMPARE(oldRow.data(SnapshotLibrary::IsCurrentDefaultRole).toBool(), true);
        QVERIFY(!library.remove(QStringLiteral("never-saved")));
    }

    void savingTheSameSessionAgainReplacesIt()
    {
        SnapshotLibrary library(m_dir->path());
        QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
        library.load();
        library.add(makeEntry(QStringLiteral("a"), 0));
        library.add(makeEntry(QStringLiteral("b"), 5));
        SnapshotEntry again = makeEntry(QStringLiteral("a"), 10);
        again.mode = SnapshotMode::Memory;
        library.add(again);
        QCOMPARE(ids(library), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(library.entry(QStringLiteral("a"))->mode, SnapshotMode::Memory);
    }

    void removedEntryStaysRemoved()
    {
        {
            SnapshotLibrary library(m_dir->path());
            library.load();
            library.add(makeEntry(QStringLiteral("a")));
            library.add(makeEntry(QStringLiteral("b"), 1));
            QVERIFY(library.remove(QStringLiteral("a")));
        }
        SnapshotLibrary again(m_dir->path());
        again.load();
        QCOMPARE(ids(again), QStringList({QStringLiteral("b")}));
    }

    void addBeforeLoadKeepsWhatWasSaved()
    {
        {
            SnapshotLibrary library(m_dir->path());
            library.load();
            library.add(makeEntry(QStringLiteral("earlier")));
        }
        SnapshotLibrary forgetful(m_dir->path());
        QVERIFY(forgetful.add(makeEntry(QStringLiteral("later"), 1)));
        SnapshotLibrary again(m_dir->path());
        again.load();
        QCOMPARE(ids(again), QStringList({QStringLiteral("later"), QStringLiteral("earlier")}));
    }

    void corruptFileIsReportedAndKeptAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QByteArrayLiteral("{\"version\":1,\"snapshots\":[{\"session_id\":\"a\"")
                                   << QStringLiteral("offset");
        QTest::newRow("not a library") << QByteArrayLiteral("[1,2,3]") << QStringLiteral("not a snapshot library");
        QTest::newRow("future version") << QByteArrayLiteral("{\"version\":7,\"snapshots\":[]}")
                                        << QStringLiteral("version 7");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 11) << QStringLiteral("offset");
    }

    void corruptFileIsReportedAndKeptAside()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = m_dir->filePath(QStringLiteral("snapshots.json"));
        writeAll(path, content);

        SnapshotLibrary library(m_dir->path());
        QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&library, &SnapshotLibrary::errorOccurred);
        QVERIFY(!library.load());

        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(reason), qPrintable(message));
        QCOMPARE(message, library.errorString());
        const QStringList kept = corruptCopies(*m_dir);
        QCOMPARE(kept.size(), 1);
        QVERIFY(message.contains(kept.first()));
        QCOMPARE(QDir(m_dir->path()).filePath(kept.first()), library.keptAsidePath());
        QCOMPARE(readAll(library.keptAsidePath()), content);
        QCOMPARE(library.rowCount(), 0);

        // The library keeps working: the next save starts a fresh, valid file.
        QVERIFY(library.add(makeEntry(QStringLiteral("after"))));
        SnapshotLibrary again(m_dir->path());
        QVERIFY(again.load());
        QCOMPARE(ids(again), QStringList({QStringLiteral("after")}));
        QCOMPARE(corruptCopies(*m_dir).size(), 1);
    }

    void unreadableEntriesAreReportedAndTheRestKept()
    {
        QJsonArray array {makeEntry(QStringLiteral("good")).toJson(),
            QJsonObject {{QStringLiteral("session_id"), QStringLiteral("no-time")}}, QStringLiteral("x")};
        const QByteArray content
            = QJsonDocument(QJsonObject {{QStringLiteral("version"), 1}, {QStringLiteral("snapshots"), array}})
                  .toJson();
        writeAll(m_dir->filePath(QStringLiteral("snapshots.json")), content);

        SnapshotLibrary library(m_dir->path());
        QSignalSpy errors(&library, &SnapshotLibrary::errorOccurred);
        QVERIFY(!library.load());
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("2 entries")));
        QCOMPARE(ids(library), QStringList({QStringLiteral("good")}));
        QCOMPARE(corruptCopies(*m_dir).size(), 1);
        QCOMPARE(readAll(library.keptAsidePath()), content);
    }

    void writeFailureIsReported()
    {
        // A file where the library's folder should be: the folder cannot be created.
        const QString blocked = m_dir->filePath(QStringLiteral("blocked"));
        writeAll(blocked, "not a folder");
        SnapshotLibrary library(blocked);
        QSignalSpy errors(&library, &SnapshotLibrary::errorOccurred);
        library.load();
        QVERIFY(!library.add(makeEntry(QStringLiteral("a"))));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!library.errorString().isEmpty());
        // Listed for this run all the same: the user still sees what was saved.
        QCOMPARE(library.rowCount(), 1);
    }

    void entryWithoutSessionIdIsRefused()
    {
        SnapshotLibrary library(m_dir->path());
        library.load();
        QSignalSpy errors(&library, &SnapshotLibrary::errorOccurred);
        QVERIFY(!library.add(makeEntry(QStringLiteral("  "))));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(library.rowCount(), 0);
    }

    void accountsKeepTheirOwnEntries()
    {
        const SnapshotAccount real {QUrl(QStringLiteral("https://api.example.com/")), QStringLiteral("u-1"), false};
        const SnapshotAccount other {QUrl(QStringLiteral("https://api.example.com")), QStringLiteral("u-2"), false};
        const SnapshotAccount demo {QUrl(QStringLiteral("http://127.0.0.1:4711")), QStringLiteral("u-1"), true};
        SnapshotLibrary library(m_dir->path());
        QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy switched(&library, &SnapshotLibrary::accountChanged);
        library.setAccount(real);
        QVERIFY(library.load());
        QVERIFY(library.add(makeEntry(QStringLiteral("real"))));

        library.setAccount(demo);
        QCOMPARE(switched.size(), 2);
        QCOMPARE(library.rowCount(), 0);
        QVERIFY(library.add(makeEntry(QStringLiteral("demo"), 1, true)));

        library.setAccount(other);
        QCOMPARE(library.rowCount(), 0);
        QVERIFY(!library.defaultEntry().has_value());

        // The same server written another way is the same account.
        library.setAccount({QUrl(QStringLiteral("https://API.example.com")), QStringLiteral("u-1"), false});
        QCOMPARE(ids(library), QStringList {QStringLiteral("real")});
        QVERIFY(!library.defaultEntry().has_value());

        // The demo's entries stay the demo's, whatever port its emulator had.
        SnapshotLibrary again(m_dir->path());
        again.setAccount({QUrl(QStringLiteral("http://127.0.0.1:5000")), QString(), true});
        QVERIFY(again.load());
        QCOMPARE(ids(again), QStringList {QStringLiteral("demo")});
        QVERIFY(again.defaultEntry().has_value());
        QCOMPARE(again.account().displayText(), SnapshotAccount::tr("Demo (built-in emulator)"));
    }

    void withoutUserIdTheServerIsTheAccount()
    {
        const SnapshotAccount anonymous {QUrl(QStringLiteral("https://api.example.com")), QString(), false};
        QVERIFY(anonymous.displayText().contains(QStringLiteral("no user id")));
        QVERIFY(anonymous.key() != SnapshotAccount({anonymous.baseUrl, QStringLiteral("u-1"), false}).key());
        QVERIFY(
            anonymous.key() != SnapshotAccount({QUrl(QStringLiteral("https://other.example.com")), {}, false}).key());
        QVERIFY(anonymous.key().startsWith(QStringLiteral("api.example.com-")));
    }

    void singleFileLibraryIsMovedToTheFirstRealAccount()
    {
        {
            SnapshotLibrary old(m_dir->path()); // as earlier versions kept it
            QVERIFY(old.load());
            QVERIFY(old.add(makeEntry(QStringLiteral("old"), 0, true)));
        }
        const QString legacy = m_dir->filePath(QLatin1String(SnapshotLibrary::fileName));
        const QByteArray before = readAll(legacy);
        QVERIFY(!before.isEmpty());

        // The demo never takes it.
        SnapshotLibrary demo(m_dir->path());
        demo.setAccount({QUrl(QStringLiteral("http://127.0.0.1:1")), {}, true});
        QVERIFY(demo.load());
        QCOMPARE(demo.rowCount(), 0);
        QCOMPARE(readAll(legacy), before);

        const SnapshotAccount real {QUrl(QStringLiteral("https://api.example.com")), QStringLiteral("u-1"), false};
        SnapshotLibrary library(m_dir->path());
        QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
        library.setAccount(real);
        QVERIFY(library.load());
        QCOMPARE(ids(library), QStringList {QStringLiteral("old")});
        QCOMPARE(library.defaultEntry()->sessionId, QStringLiteral("old"));
        QVERIFY(!QFileInfo::exists(legacy));
        QCOMPARE(library.migrationBackupPath(), legacy + QLatin1String(SnapshotLibrary::migrationBackupSuffix));
        QCOMPARE(readAll(library.migrationBackupPath()), before);
        QCOMPARE(library.filePath(), SnapshotLibrary::filePathFor(m_dir->path(), real));

        // Another account later starts empty: the entries were moved, not copied to everyone.
        library.setAccount({real.baseUrl, QStringLiteral("u-2"), false});
        QCOMPARE(library.rowCount(), 0);
        QVERIFY(library.migrationBackupPath().endsWith(QLatin1String(SnapshotLibrary::migrationBackupSuffix)));
    }

    void renameLastUsedAndMissingAreKept()
    {
        {
            SnapshotLibrary library(m_dir->path());
            QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(library.load());
            QVERIFY(library.add(makeEntry(QStringLiteral("abc-1"), 0, true)));
            QVERIFY(library.add(makeEntry(QStringLiteral("abd-2"), 1, true)));
            QCOMPARE(library.index(0).data(SnapshotLibrary::ReplacedDefaultRole).toString(), QStringLiteral("abc-1"));
            QCOMPARE(library.index(0).data().toString(), QStringLiteral("Cart <b>abd-2</b>")); // the page title
            QVERIFY(library.setData(library.index(0), QStringLiteral("  Logged in\nshop  ")));
            QVERIFY(library.index(0).flags().testFlag(Qt::ItemIsEditable));
            QVERIFY(library.markUsed(QStringLiteral("abc-1"), kSaved.addDays(1)));
            QVERIFY(library.markMissingOnServer(QStringLiteral("abc-1")));
            // Saved again: the name stays.
            SnapshotEntry again = makeEntry(QStringLiteral("abd-2"), 2, true);
            QVERIFY(library.add(again));
        }
        SnapshotLibrary library(m_dir->path());
        QVERIFY(library.load());
        QCOMPARE(library.entry(QStringLiteral("abd-2"))->name, QStringLiteral("Logged in shop"));
        QCOMPARE(library.entry(QStringLiteral("abc-1"))->lastUsedAt, kSaved.addDays(1));
        QVERIFY(library.entry(QStringLiteral("abc-1"))->missingOnServer);
        QCOMPARE(library.defaultEntry()->sessionId, QStringLiteral("abd-2"));

        bool ambiguous = false;
        QVERIFY(!library.find(QStringLiteral("ab"), &ambiguous).has_value());
        QVERIFY(ambiguous);
        QCOMPARE(library.find(QStringLiteral("abc"), &ambiguous)->sessionId, QStringLiteral("abc-1"));
        QVERIFY(!ambiguous);
        QVERIFY(!library.find(QStringLiteral("zz")).has_value());
    }

    void proxySearchesNameUrlAndTitle()
    {
        SnapshotLibrary library(m_dir->path());
        QVERIFY(library.load());
        QVERIFY(library.add(makeEntry(QStringLiteral("one"), 0)));
        QVERIFY(library.add(makeEntry(QStringLiteral("two"), 1)));
        QVERIFY(library.rename(QStringLiteral("one"), QStringLiteral("Logged in")));
        SnapshotFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&library);
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.index(0, 0).data(SnapshotLibrary::SessionIdRole).toString(), QStringLiteral("two"));
        proxy.setSearchText(QStringLiteral("logged"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("cart?id=two"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(SnapshotLibrary::SessionIdRole).toString(), QStringLiteral("two"));
        proxy.setSearchText(QStringLiteral("cart <b>one"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText({});
        QVERIFY(library.markMissingOnServer(QStringLiteral("two")));
        proxy.setHidesMissing(true);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(SnapshotLibrary::SessionIdRole).toString(), QStringLiteral("one"));
    }

    void defaultDirectoryIsTheAppDataLocation()
    {
        QVERIFY(!SnapshotLibrary::defaultDirectory().isEmpty());
        SnapshotLibrary library;
        QVERIFY(library.filePath().endsWith(QStringLiteral("/snapshots.json")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestSnapshotLibrary)
#include "tst_snapshotlibrary.moc"
