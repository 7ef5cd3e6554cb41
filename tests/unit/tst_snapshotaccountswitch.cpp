// The snapshot library follows the server and user id as the app wires them (MonitorApp: the
// settings, the client, the library and the SessionMonitor over one data folder).
#include "api/apiclient.h"
#include "model/snapshotlibrary.h"
#include "monitor/sessionmonitor.h"
#include "settings/settings.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agi;

namespace {

SnapshotEntry makeEntry(const QString &id)
{
    SnapshotEntry entry;
    entry.sessionId = id;
    entry.savedAt = QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC);
    entry.lastTitle = id;
    return entry;
}

} // namespace

class TestSnapshotAccountSwitch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsChangeSwitchesTheLibraryShown()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QUrl first(QStringLiteral("https://first.example.com"));
        const QUrl second(QStringLiteral("https://second.example.com"));
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setBaseUrl(first);
        settings.setUserId(QStringLiteral("u-1"));
        QNetworkAccessManager network;
        ApiClient client(&network);
        SnapshotLibrary library(dir.filePath(QStringLiteral("data")));
        QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionMonitor monitor(&client, &settings, &library);
        monitor.start();
        monitor.useServer();
        QCOMPARE(library.account().baseUrl, first);
        QVERIFY(library.add(makeEntry(QStringLiteral("on-first"))));

        QSignalSpy switched(&library, &SnapshotLibrary::accountChanged);
        settings.setBaseUrl(second);
        QCOMPARE(switched.size(), 1);
        QCOMPARE(library.account().baseUrl, second);
        QCOMPARE(library.rowCount(), 0);
        QVERIFY(library.add(makeEntry(QStringLiteral("on-second"))));

        // Another user id on the same server is another account.
        settings.setUserId(QStringLiteral("u-2"));
        QCOMPARE(library.account().userId, QStringLiteral("u-2"));
        QCOMPARE(library.rowCount(), 0);

        settings.setUserId(QStringLiteral("u-1"));
        settings.setBaseUrl(first);
        QCOMPARE(library.rowCount(), 1);
        QCOMPARE(library.entries().constFirst().sessionId, QStringLiteral("on-first"));

        // The demo shows its own library, and the settings' server keeps its entries.
        monitor.useDemo(QUrl(QStringLiteral("http://127.0.0.1:9")));
        QVERIFY(library.account().demo);
        QCOMPARE(library.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotAccountSwitch)
#include "tst_snapshotaccountswitch.moc"
