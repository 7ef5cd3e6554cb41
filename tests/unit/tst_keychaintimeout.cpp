// A keychain that never answers (a hung Secret Service, a prompt nobody sees): every Credentials
// call fails after its timeout with a sentence that says so, and the object stays usable. Runs on a
// private session bus (dbus-run-session) where fake-secret-service owns org.freedesktop.secrets
// and swallows every call.
#include "settings/credentials.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace agi;

class TestKeychainTimeout final : public QObject
{
    Q_OBJECT

private:
    QProcess m_service;
    static constexpr int kTimeoutMs = 1500;

    //! Runs `call` and waits for its failure; the reason (empty when it did not fail).
    template<typename Call> QString failureOf(Credentials &credentials, Call call)
    {
        QSignalSpy failed(&credentials, &Credentials::failed);
        QSignalSpy loaded(&credentials, &Credentials::loaded);
        QSignalSpy stored(&credentials, &Credentials::stored);
        QSignalSpy erased(&credentials, &Credentials::erased);
        call();
        if (!failed.wait(kTimeoutMs * 10))
            return {};
        if (!loaded.isEmpty() || !stored.isEmpty() || !erased.isEmpty())
            return QStringLiteral("<also succeeded>");
        return failed.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv(Credentials::environmentVariable);
        QVERIFY2(qEnvironmentVariableIsSet("AGI_PRIVATE_BUS"),
            "run inside dbus-run-session with AGI_PRIVATE_BUS=1 (see tests/unit/CMakeLists.txt): the fake must not "
            "take the name from a real keyring");
        m_service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_service.start(QStringLiteral(AGI_FAKE_SECRET_SERVICE), {});
        QVERIFY2(m_service.waitForStarted(), qPrintable(m_service.errorString()));
        QVERIFY(QTest::qWaitFor([this] { return m_service.canReadLine() || m_service.state() != QProcess::Running; }));
        QCOMPARE(m_service.readLine().trimmed(), QByteArrayLiteral("ready"));
        QVERIFY(
            QDBusConnection::sessionBus().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")));
    }

    void cleanupTestCase()
    {
        m_service.kill();
        m_service.waitForFinished();
    }

    void load_failsAfterTheTimeout_sayingSo()
    {
        Credentials credentials(QStringLiteral("agi-monitor-test"));
        credentials.setTimeout(kTimeoutMs);
        const QString reason = failureOf(credentials, [&] { credentials.load(); });
        QCOMPARE(reason,
            QStringLiteral("Could not read the API key from the keychain: the keychain did not answer within 2 s"));
        QCOMPARE(credentials.source(), Credentials::Source::None);
    }

    void storeAndErase_failAfterTheTimeout_neverShowingTheKey()
    {
        Credentials credentials(QStringLiteral("agi-monitor-test"));
        credentials.setTimeout(kTimeoutMs);
        const QByteArray key = QByteArrayLiteral("sk-never-in-a-message-1234");
        QString reason = failureOf(credentials, [&] { credentials.store(key); });
        QVERIFY2(reason.startsWith(QLatin1String("Could not store the API key in the keychain: the keychain did not "
                                                 "answer")),
            qPrintable(reason));
        QVERIFY(!reason.contains(QString::fromLatin1(key)));

        // The object is still usable: the next call gets its own answer.
        reason = failureOf(credentials, [&] { credentials.erase(); });
        QVERIFY2(reason.startsWith(QLatin1String("Could not remove the API key from the keychain: the keychain did "
                                                 "not answer")),
            qPrintable(reason));
    }

    void environmentKey_needsNoKeychain()
    {
        qputenv(Credentials::environmentVariable, "sk-from-the-environment");
        Credentials credentials(QStringLiteral("agi-monitor-test"));
        credentials.setTimeout(kTimeoutMs);
        QSignalSpy loaded(&credentials, &Credentials::loaded);
        credentials.load();
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(loaded.first().at(0).toByteArray(), QByteArrayLiteral("sk-from-the-environment"));
        qunsetenv(Credentials::environmentVariable);
    }
};

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychaintimeout.moc"
