#include "settings/credentials.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>

using namespace agi;

namespace {

// Never the user's real entry: "agi-monitor" is only checked by name.
const QString kTestService = QStringLiteral("agi-monitor-test");
constexpr int kTimeoutMs = 20000;

bool secretServiceRunning()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface()
        && bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value();
}

//! Waits for `done` or a failure; false (with the reason) when it failed or timed out.
bool finished(QSignalSpy &done, QSignalSpy &failed, QString *reason)
{
    if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, kTimeoutMs)) {
        *reason = QStringLiteral("timed out");
        return false;
    }
    if (!failed.isEmpty()) {
        *reason = failed.first().first().toString();
        return false;
    }
    return true;
}

//! Stores a key and waits for the keychain's answer.
bool storeKey(const QByteArray &key, QString *reason)
{
    Credentials credentials(kTestService);
    QSignalSpy stored(&credentials, &Credentials::stored);
    QSignalSpy failed(&credentials, &Credentials::failed);
    credentials.store(key);
    return finished(stored, failed, reason);
}

//! Loads in a fresh object, as the next start of the app would.
std::pair<QByteArray, Credentials::Source> loadFresh()
{
    Credentials credentials(kTestService);
    QSignalSpy loaded(&credentials, &Credentials::loaded);
    QSignalSpy failed(&credentials, &Credentials::failed);
    credentials.load();
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, kTimeoutMs) || loaded.isEmpty())
        return {QByteArrayLiteral("<failed>"), Credentials::Source::None};
    return {loaded.first().at(0).toByteArray(), loaded.first().at(1).value<Credentials::Source>()};
}

} // namespace

class TestCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv(Credentials::environmentVariable);
        // The keyring that run-with-keyring.sh started registers on the bus a moment after it forks.
        m_keyring = qEnvironmentVariableIsSet("AGI_KEYRING_EXPECTED")
            ? QTest::qWaitFor(secretServiceRunning, kTimeoutMs)
            : secretServiceRunning();
        if (!m_keyring)
            qWarning("No Secret Service on the session bus: the keychain cases are skipped. Run this test "
                     "through tests/unit/run-with-keyring.sh (needs dbus and gnome-keyring).");
    }

    void cleanup()
    {
        qunsetenv(Credentials::environmentVariable);
        if (m_keyring) {
            Credentials credentials(kTestService);
            QSignalSpy erased(&credentials, &Credentials::erased);
            QSignalSpy failed(&credentials, &Credentials::failed);
            credentials.erase();
            QString reason;
            QVERIFY2(finished(erased, failed, &reason), qPrintable(reason));
        }
    }

    void usesTheAgreedKeychainEntry()
    {
        Credentials credentials;
        QCOMPARE(credentials.service(), QStringLiteral("agi-monitor"));
        QCOMPARE(QLatin1String(Credentials::keychainKey), QLatin1String("api-key"));
        QCOMPARE(credentials.source(), Credentials::Source::None);
    }

    void environmentKeyIsUsedAndReported()
    {
        qputenv(Credentials::environmentVariable, "  sk-from-environment \n");
        QVERIFY(Credentials::environmentOverrides());
        Credentials credentials(kTestService);
        QSignalSpy loaded(&credentials, &Credentials::loaded);
        credentials.load();
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(loaded.first().at(0).toByteArray(), QByteArrayLiteral("sk-from-environment"));
        QCOMPARE(loaded.first().at(1).value<Credentials::Source>(), Credentials::Source::Environment);
        QCOMPARE(credentials.source(), Credentials::Source::Environment);
        QCOMPARE(credentials.key(), QByteArrayLiteral("sk-from-environment"));
    }

    void blankEnvironmentVariableDoesNotCount()
    {
        qputenv(Credentials::environmentVariable, "   ");
        QVERIFY(!Credentials::environmentOverrides());
    }

    void emptyKeyIsRefused()
    {
        Credentials credentials(kTestService);
        QSignalSpy failed(&credentials, &Credentials::failed);
        QSignalSpy stored(&credentials, &Credentials::stored);
        credentials.store(QByteArrayLiteral("  "));
        QVERIFY(failed.wait(kTimeoutMs));
        QCOMPARE(stored.count(), 0);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void storedKeyIsThereAtTheNextStart()
    {
        if (!m_keyring)
            needKeyring();
        Credentials credentials(kTestService);
        QSignalSpy stored(&credentials, &Credentials::stored);
        QSignalSpy failed(&credentials, &Credentials::failed);
        credentials.store(QByteArrayLiteral("sk-test-0123456789"));
        QString reason;
        QVERIFY2(finished(stored, failed, &reason), qPrintable(reason));
        QCOMPARE(credentials.source(), Credentials::Source::Keychain);
        QCOMPARE(credentials.key(), QByteArrayLiteral("sk-test-0123456789"));

        const auto [key, source] = loadFresh();
        QCOMPARE(key, QByteArrayLiteral("sk-test-0123456789"));
        QCOMPARE(source, Credentials::Source::Keychain);
    }

    void erasedKeyIsGone()
    {
        if (!m_keyring)
            needKeyring();
        Credentials credentials(kTestService);
        QSignalSpy stored(&credentials, &Credentials::stored);
        QSignalSpy failed(&credentials, &Credentials::failed);
        credentials.store(QByteArrayLiteral("sk-test-to-erase"));
        QString reason;
        QVERIFY2(finished(stored, failed, &reason), qPrintable(reason));

        QSignalSpy erased(&credentials, &Credentials::erased);
        credentials.erase();
        QVERIFY2(finished(erased, failed, &reason), qPrintable(reason));
        QCOMPARE(credentials.source(), Credentials::Source::None);
        QVERIFY(credentials.key().isEmpty());

        const auto [key, source] = loadFresh();
        QVERIFY(key.isEmpty());
        QCOMPARE(source, Credentials::Source::None);

        // Erasing what is not there is not an error.
        erased.clear();
        credentials.erase();
        QVERIFY2(finished(erased, failed, &reason), qPrintable(reason));
    }

    void keyStoredFromInsideTheLoadAnswer_isStored()
    {
        // The first start: the key dialog opens (a nested event loop) from the answer to load(),
        // and saves the key from there. QtKeychain starts a job only after the previous one's
        // finished() returned, so an answer given from inside it would wait for ever.
        if (!m_keyring)
            needKeyring();
        Credentials credentials(kTestService);
        credentials.setTimeout(kTimeoutMs);
        bool stored = false;
        QString failure;
        connect(&credentials, &Credentials::loaded, this, [&] {
            QEventLoop dialog;
            connect(&credentials, &Credentials::stored, &dialog, [&] {
                stored = true;
                dialog.quit();
            });
            connect(&credentials, &Credentials::failed, &dialog, [&](const QString &reason) {
                failure = reason;
                dialog.quit();
            });
            credentials.store(QByteArrayLiteral("sk-typed-at-first-start"));
            dialog.exec();
        });
        credentials.load();
        QTRY_VERIFY_WITH_TIMEOUT(stored || !failure.isEmpty(), kTimeoutMs + 5000);
        QVERIFY2(stored, qPrintable(failure));
        QCOMPARE(loadFresh().first, QByteArrayLiteral("sk-typed-at-first-start"));
    }

    void environmentWinsOverTheKeychain()
    {
        if (!m_keyring)
            needKeyring();
        QString reason;
        QVERIFY2(storeKey(QByteArrayLiteral("sk-in-keychain"), &reason), qPrintable(reason));

        qputenv(Credentials::environmentVariable, "sk-in-environment");
        auto [key, source] = loadFresh();
        QCOMPARE(key, QByteArrayLiteral("sk-in-environment"));
        QCOMPARE(source, Credentials::Source::Environment);

        qunsetenv(Credentials::environmentVariable);
        std::tie(key, source) = loadFresh();
        QCOMPARE(key, QByteArrayLiteral("sk-in-keychain"));
        QCOMPARE(source, Credentials::Source::Keychain);
    }

private:
    //! Where run-with-keyring.sh started a keyring, a missing one is a failure, not a skip: a test
    //! that skips everything would pass without testing anything.
    void needKeyring()
    {
        if (qEnvironmentVariableIsSet("AGI_KEYRING_EXPECTED"))
            QFAIL("run-with-keyring.sh started a keyring, but no Secret Service answers on the session bus");
        QSKIP("No Secret Service available: run through run-with-keyring.sh");
    }

    bool m_keyring = false;
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
