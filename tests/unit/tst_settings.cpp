#include "settings/settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agi;

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("settings.ini"));
    }

    void freshSettingsHaveUsefulDefaults()
    {
        Settings settings(m_path);
        QCOMPARE(settings.baseUrl(), Settings::productionBaseUrl());
        QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://api.agi.tech")));
        QVERIFY(settings.userId().isEmpty());
        QCOMPARE(settings.listRefreshMs(), 5000);
        QCOMPARE(settings.frameIntervalMs(), 2000);
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QVERIFY(settings.splitterState().isEmpty());
        QVERIFY(settings.lastSessionId().isEmpty());
    }

    void valuesSurviveARestart()
    {
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00binary", 14);
        {
            Settings settings(m_path);
            settings.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8765")));
            settings.setUserId(QStringLiteral("  user-42 "));
            settings.setListRefreshMs(10000);
            settings.setFrameIntervalMs(500);
            settings.setWindowGeometry(geometry);
            settings.setWindowState(QByteArrayLiteral("state"));
            settings.setSplitterState(QByteArrayLiteral("splitter"));
            settings.setListHeaderState(QByteArrayLiteral("columns"));
            settings.setLastSessionId(QStringLiteral("1a2b3c4d-0000"));
            settings.sync();
        }
        Settings settings(m_path);
        QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8765")));
        QCOMPARE(settings.userId(), QStringLiteral("user-42"));
        QCOMPARE(settings.listRefreshMs(), 10000);
        QCOMPARE(settings.frameIntervalMs(), 500);
        QCOMPARE(settings.windowGeometry(), geometry);
        QCOMPARE(settings.windowState(), QByteArrayLiteral("state"));
        QCOMPARE(settings.splitterState(), QByteArrayLiteral("splitter"));
        QCOMPARE(settings.listHeaderState(), QByteArrayLiteral("columns"));
        QCOMPARE(settings.lastSessionId(), QStringLiteral("1a2b3c4d-0000"));
    }

    void runUserIdStandsInWhileNoneIsSavedAndIsNeverWritten()
    {
        {
            Settings settings(m_path);
            settings.setRunUserId(QStringLiteral("demo-user"));
            QCOMPARE(settings.userId(), QStringLiteral("demo-user"));
            QVERIFY(settings.savedUserId().isEmpty());
            settings.sync();
        }
        {
            Settings settings(m_path);
            QVERIFY(settings.userId().isEmpty());
            // A saved id wins over this run's.
            settings.setRunUserId(QStringLiteral("demo-user"));
            settings.setUserId(QStringLiteral("user-42"));
            QCOMPARE(settings.userId(), QStringLiteral("user-42"));
            settings.sync();
        }
        Settings settings(m_path);
        QCOMPARE(settings.savedUserId(), QStringLiteral("user-42"));
    }

    void intervalsAreClampedToSaneMinimums()
    {
        Settings settings(m_path);
        settings.setFrameIntervalMs(10);
        QCOMPARE(settings.frameIntervalMs(), Settings::minimumFrameIntervalMs);
        settings.setListRefreshMs(0);
        QCOMPARE(settings.listRefreshMs(), 1000);
    }

    void unusableBaseUrlFallsBackToProduction()
    {
        Settings settings(m_path);
        settings.setBaseUrl(QUrl());
        QCOMPARE(settings.baseUrl(), Settings::productionBaseUrl());
    }

    void preferencesAnnounceChangesButWindowStateDoesNot()
    {
        Settings settings(m_path);
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setUserId(QStringLiteral("u"));
        settings.setListRefreshMs(2000);
        QCOMPARE(changed.count(), 2);
        settings.setWindowGeometry(QByteArrayLiteral("g"));
        settings.setWindowState(QByteArrayLiteral("s"));
        settings.setSplitterState(QByteArrayLiteral("p"));
        settings.setLastSessionId(QStringLiteral("id"));
        QCOMPARE(changed.count(), 2);
    }

    void fileHoldsNoApiKey()
    {
        Settings settings(m_path);
        settings.setBaseUrl(QUrl(QStringLiteral("https://api.agi.tech")));
        settings.setUserId(QStringLiteral("user"));
        settings.sync();
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().toLower().contains("key"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
