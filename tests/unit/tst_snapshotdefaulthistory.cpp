// The snapshot library's record of the default environment's history: which entry was the default
// from when to when, kept in the account's file, empty for files of earlier versions, and shown by
// SnapshotDefaultHistoryModel.
#include "model/snapshotdefaulthistorymodel.h"
#include "model/snapshotlibrary.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace agi;

namespace {

const QDateTime kSaved = QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC);

SnapshotEntry makeEntry(const QString &id, int minutesLater, bool madeDefault)
{
    SnapshotEntry entry;
    entry.sessionId = id;
    entry.savedAt = kSaved.addSecs(60 * minutesLater);
    entry.mode = SnapshotMode::Filesystem;
    entry.madeDefault = madeDefault;
    entry.lastTitle = QStringLiteral("Page of ") + id;
    return entry;
}

QDateTime at(int minutesLater)
{
    return kSaved.addSecs(60 * minutesLater);
}

const SnapshotAccount kAccount {QUrl(QStringLiteral("https://api.example.com")), QStringLiteral("u-1"), false};

} // namespace

class TestSnapshotDefaultHistory final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<SnapshotLibrary> openLibrary()
    {
        auto library = std::make_unique<SnapshotLibrary>(m_dir->path());
        library->setAccount(kAccount);
        library->load();
        return library;
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void eachNewDefaultClosesTheOneBefore()
    {
        const auto library = openLibrary();
        QSignalSpy changed(library.get(), &SnapshotLibrary::defaultHistoryChanged);
        QVERIFY(library->add(makeEntry(QStringLiteral("a"), 0, true)));
        QVERIFY(library->add(makeEntry(QStringLiteral("plain"), 10, false)));
        QVERIFY(library->add(makeEntry(QStringLiteral("c"), 20, true)));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(library->defaultHistory(),
            (QList<SnapshotDefaultPeriod> {{QStringLiteral("a"), at(0), at(20)}, {QStringLiteral("c"), at(20), {}}}));
        QVERIFY(library->defaultHistory().last().isCurrent());

        // The same default saved again changes nothing; a save older than the default in force neither.
        QVERIFY(library->add(makeEntry(QStringLiteral("c"), 25, true)));
        QVERIFY(library->add(makeEntry(QStringLiteral("late-arrival"), 5, true)));
        QCOMPARE(library->defaultHistory().size(), 2);

        // "a" the default again (as MakeDefaultOperation does it: a new entry linked to "a").
        SnapshotEntry again = makeEntry(QStringLiteral("a2"), 30, true);
        again.restoredFromId = QStringLiteral("a");
        QVERIFY(library->add(again));
        QCOMPARE(library->defaultHistory().size(), 3);
        QCOMPARE(library->defaultHistory().at(1).until, at(30));
        QCOMPARE(library->defaultHistory().at(2), (SnapshotDefaultPeriod {QStringLiteral("a2"), at(30), {}}));

        // Forgetting an entry locally does not rewrite what the server's default was.
        QVERIFY(library->remove(QStringLiteral("a")));
        QCOMPARE(library->defaultHistory().size(), 3);
    }

    void aRestartKeepsNamesTheDefaultMarkerAndTheHistory()
    {
        QList<SnapshotDefaultPeriod> history;
        {
            const auto library = openLibrary();
            QVERIFY(library->add(makeEntry(QStringLiteral("a"), 0, true)));
            QVERIFY(library->add(makeEntry(QStringLiteral("b"), 10, true)));
            QVERIFY(library->rename(QStringLiteral("a"), QStringLiteral("Logged in")));
            history = library->defaultHistory();
        }
        const auto reread = openLibrary();
        QAbstractItemModelTester tester(reread.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(reread->entry(QStringLiteral("a"))->name, QStringLiteral("Logged in"));
        QCOMPARE(reread->index(reread->rowOf(QStringLiteral("a"))).data().toString(), QStringLiteral("Logged in"));
        QVERIFY(reread->index(reread->rowOf(QStringLiteral("b"))).data(SnapshotLibrary::IsCurrentDefaultRole).toBool());
        QVERIFY(
            !reread->index(reread->rowOf(QStringLiteral("a"))).data(SnapshotLibrary::IsCurrentDefaultRole).toBool());
        QCOMPARE(reread->defaultHistory(), history);
        QCOMPARE(history.size(), 2);
    }

    void aFileOfAnEarlierVersionStartsWithAnEmptyHistory()
    {
        // Written as earlier versions did: no "default_history".
        const QString path = SnapshotLibrary::filePathFor(m_dir->path(), kAccount);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject root {{QStringLiteral("version"), 1},
            {QStringLiteral("snapshots"), QJsonArray {makeEntry(QStringLiteral("old"), 0, true).toJson()}}};
        file.write(QJsonDocument(root).toJson());
        file.close();

        const auto library = openLibrary();
        QVERIFY2(library->errorString().isEmpty(), qPrintable(library->errorString()));
        QCOMPARE(library->defaultEntry()->sessionId, QStringLiteral("old"));
        QVERIFY(library->defaultHistory().isEmpty());

        QVERIFY(library->add(makeEntry(QStringLiteral("new"), 10, true)));
        QCOMPARE(library->defaultHistory(), (QList<SnapshotDefaultPeriod> {{QStringLiteral("new"), at(10), {}}}));
    }

    void theSingleFileLibraryMovedToAnAccountStartsWithAnEmptyHistory()
    {
        {
            SnapshotLibrary legacy(m_dir->path());
            QVERIFY(legacy.load());
            QVERIFY(legacy.add(makeEntry(QStringLiteral("old"), 0, true)));
        }
        // Remove the history the current version wrote, as an earlier version's file has none.
        const QString legacyPath = m_dir->filePath(QLatin1String(SnapshotLibrary::fileName));
        QFile file(legacyPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        root.remove(QStringLiteral("default_history"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        const auto library = openLibrary();
        QVERIFY(!library->migrationBackupPath().isEmpty());
        QCOMPARE(library->rowCount(), 1);
        QVERIFY(library->defaultHistory().isEmpty());
    }

    void aDamagedPeriodIsReported_andTheRestKept()
    {
        {
            const auto library = openLibrary();
            QVERIFY(library->add(makeEntry(QStringLiteral("a"), 0, true)));
        }
        const QString path = SnapshotLibrary::filePathFor(m_dir->path(), kAccount);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray history = root.value(QStringLiteral("default_history")).toArray();
        history.append(QJsonObject {{QStringLiteral("session_id"), QStringLiteral("b")},
            {QStringLiteral("from"), QStringLiteral("yesterday")}});
        root.insert(QStringLiteral("default_history"), history);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        SnapshotLibrary library(m_dir->path());
        library.setAccount(kAccount);
        QVERIFY(!library.load());
        QVERIFY(!library.keptAsidePath().isEmpty());
        QCOMPARE(library.defaultHistory().size(), 1);
        QCOMPARE(library.rowCount(), 1);
    }

    void theModelShowsTheHistoryNewestFirst()
    {
        const auto library = openLibrary();
        SnapshotDefaultHistoryModel model(library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SnapshotDefaultHistoryModel::ColumnCount));

        QVERIFY(library->add(makeEntry(QStringLiteral("a"), 0, true)));
        QVERIFY(library->add(makeEntry(QStringLiteral("b"), 10, true)));
        QCOMPARE(model.rowCount(), 2);
        const auto cell
            = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(0, SnapshotDefaultHistoryModel::SnapshotColumn).toString(), QStringLiteral("Page of b"));
        QCOMPARE(cell(0, SnapshotDefaultHistoryModel::UntilColumn).toString(),
            SnapshotDefaultHistoryModel::tr("now (the default)"));
        QVERIFY(cell(0, 0, SnapshotDefaultHistoryModel::IsCurrentRole).toBool());
        QCOMPARE(cell(1, 0, SnapshotDefaultHistoryModel::SessionIdRole).toString(), QStringLiteral("a"));
        QCOMPARE(cell(1, 0, SnapshotDefaultHistoryModel::UntilRole).toDateTime(), at(10));
        QCOMPARE(cell(1, 0, SnapshotDefaultHistoryModel::FromRole).toDateTime(), at(0));
        QVERIFY(!cell(1, 0, SnapshotDefaultHistoryModel::IsCurrentRole).toBool());

        // Names follow the library: renamed, then forgotten.
        QVERIFY(library->rename(QStringLiteral("a"), QStringLiteral("Logged in")));
        QCOMPARE(cell(1, SnapshotDefaultHistoryModel::SnapshotColumn).toString(), QStringLiteral("Logged in"));
        QVERIFY(library->remove(QStringLiteral("a")));
        QVERIFY2(cell(1, SnapshotDefaultHistoryModel::SnapshotColumn).toString().contains(QLatin1String("Forgotten")),
            qPrintable(cell(1, 0).toString()));

        // Another account: its own history.
        library->setAccount({kAccount.baseUrl, QStringLiteral("u-2"), false});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestSnapshotDefaultHistory)
#include "tst_snapshotdefaulthistory.moc"
