// The API key dialog against the emulator: a good key is checked then stored, a bad one is
// refused inline, AGI_API_KEY is never overwritten, and "Try the demo" has its own result.
// With a Secret Service on the session bus (dbus-run-session + gnome-keyring) the key really goes
// to the keychain; without one the dialog must say so and offer to use the key unsaved.
#include "api/apiclient.h"
#include "apikeydialog.h"
#include "settings/credentials.h"

#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "testclient.h"
#include "testmonitor.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace agi;

class TestApiKeyDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyKey_cannotBeChecked_andIsHidden();
    void goodKey_isCheckedThenStored();
    void badKey_isRefusedWithTheReason();
    void unreachableServer_saysWhy();
    void environmentKey_isNeverStored();
    void demo_hasItsOwnResult();

private:
    QPushButton *button(QDialog &dialog, const char *name)
    {
        auto *found = dialog.findChild<QPushButton *>(QLatin1String(name));
        if (!found)
            qFatal("no button %s", name);
        return found;
    }
    QLineEdit *keyEdit(QDialog &dialog) { return dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit")); }
    QLabel *status(QDialog &dialog) { return dialog.findChild<QLabel *>(QStringLiteral("statusLabel")); }

    QString m_service;
    bool m_keychain = false;
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::TestClient> m_client;
    std::unique_ptr<test::TestMonitor> m_monitor;
    std::unique_ptr<Credentials> m_credentials;
};

void TestApiKeyDialog::initTestCase()
{
    qunsetenv(Credentials::environmentVariable);
    // A service of our own, so the test never touches the user's real key.
    m_service = QStringLiteral("agi-monitor-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Credentials probe(m_service);
    QSignalSpy stored(&probe, &Credentials::stored);
    QSignalSpy failed(&probe, &Credentials::failed);
    probe.store("probe");
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty() || !failed.isEmpty(), 20000);
    m_keychain = !stored.isEmpty();
    qInfo() << (m_keychain ? "a keychain is available" : "no keychain: testing the unsaved path");
}

void TestApiKeyDialog::init()
{
    m_fx = std::make_unique<test::EmulatorFixture>();
    QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
    m_client = std::make_unique<test::TestClient>(m_fx->baseUrl()); // no key: the dialog supplies one
    m_client->client()->setRetryBaseDelay(10);
    m_monitor = std::make_unique<test::TestMonitor>(m_client->client());
    m_credentials = std::make_unique<Credentials>(m_service);
}

void TestApiKeyDialog::cleanup()
{
    if (m_keychain) {
        QSignalSpy erased(m_credentials.get(), &Credentials::erased);
        m_credentials->erase();
        QVERIFY(erased.wait(20000));
    }
    qunsetenv(Credentials::environmentVariable);
    m_credentials.reset();
    m_monitor.reset();
    m_client.reset();
    m_fx.reset();
}

void TestApiKeyDialog::emptyKey_cannotBeChecked_andIsHidden()
{
    ApiKeyDialog dialog(m_monitor->monitor(), m_credentials.get());
    dialog.show();
    QVERIFY(!button(dialog, "checkButton")->isEnabled());
    QCOMPARE(keyEdit(dialog)->echoMode(), QLineEdit::Password);
    QTest::keyClicks(keyEdit(dialog), QStringLiteral("  "));
    QVERIFY(!button(dialog, "checkButton")->isEnabled());
    QTest::keyClicks(keyEdit(dialog), QStringLiteral("abc"));
    QVERIFY(button(dialog, "checkButton")->isEnabled());
    auto *show = dialog.findChild<QCheckBox *>(QStringLiteral("showKeyCheck"));
    show->click();
    QCOMPARE(keyEdit(dialog)->echoMode(), QLineEdit::Normal);
    show->click();
    QCOMPARE(keyEdit(dialog)->echoMode(), QLineEdit::Password);
}

void TestApiKeyDialog::goodKey_isCheckedThenStored()
{
    ApiKeyDialog dialog(m_monitor->monitor(), m_credentials.get());
    dialog.show();
    QSignalSpy accepted(&dialog, &ApiKeyDialog::keyAccepted);
    QTest::keyClicks(keyEdit(dialog), QString::fromLatin1(m_fx->apiKey()));
    QTest::mouseClick(button(dialog, "checkButton"), Qt::LeftButton);

    if (m_keychain) {
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.wasStored());
        Credentials reader(m_service);
        QSignalSpy loaded(&reader, &Credentials::loaded);
        reader.load();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toByteArray(), m_fx->apiKey());
    } else {
        QPushButton *useOnce = button(dialog, "useOnceButton");
        QTRY_VERIFY_WITH_TIMEOUT(useOnce->isVisible(), 20000);
        QVERIFY2(
            status(dialog)->text().contains(QLatin1String("could not be saved")), qPrintable(status(dialog)->text()));
        QVERIFY(!status(dialog)->text().contains(QString::fromLatin1(m_fx->apiKey())));
        QVERIFY(dialog.isVisible());
        QTest::mouseClick(useOnce, Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QVERIFY(!dialog.wasStored());
    }
    QCOMPARE(accepted.first().first().toByteArray(), m_fx->apiKey());
    QCOMPARE(dialog.key(), m_fx->apiKey());
    // The app's own client was not touched by the check.
    QVERIFY(!m_client->client()->hasApiKey());
}

void TestApiKeyDialog::badKey_isRefusedWithTheReason()
{
    ApiKeyDialog dialog(m_monitor->monitor(), m_credentials.get());
    dialog.show();
    QSignalSpy accepted(&dialog, &ApiKeyDialog::keyAccepted);
    QSignalSpy unauthorized(m_client->client(), &ApiClient::unauthorized);
    QTest::keyClicks(keyEdit(dialog), QStringLiteral("not-a-real-key"));
    QTest::mouseClick(button(dialog, "checkButton"), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(status(dialog)->text().contains(QLatin1String("401")), 20000);
    QVERIFY(status(dialog)->text().contains(QLatin1String("rejected")));
    QVERIFY(!status(dialog)->text().contains(QLatin1String("not-a-real-key")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(unauthorized.size(), 0);
    QVERIFY(button(dialog, "checkButton")->isEnabled());
    QVERIFY(!button(dialog, "useOnceButton")->isVisible());
}

void TestApiKeyDialog::unreachableServer_saysWhy()
{
    const QUrl base = m_fx->baseUrl();
    m_fx.reset(); // nothing listens on that port any more
    m_client->client()->setBaseUrl(base);
    m_client->client()->setMaxAttempts(1);
    ApiKeyDialog dialog(m_monitor->monitor(), m_credentials.get());
    dialog.show();
    QTest::keyClicks(keyEdit(dialog), QStringLiteral("some-key"));
    QTest::mouseClick(button(dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status(dialog)->text().contains(QLatin1String("Could not reach")), 20000);
    QVERIFY(dialog.isVisible());
    m_fx = std::make_unique<test::EmulatorFixture>(); // cleanup() expects one
}

void TestApiKeyDialog::environmentKey_isNeverStored()
{
    qputenv(Credentials::environmentVariable, "key-from-environment");
    ApiKeyDialog dialog(m_monitor->monitor(), m_credentials.get());
    dialog.show();
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("environmentNote"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("AGI_API_KEY")));
    QCOMPARE(button(dialog, "checkButton")->text(), QStringLiteral("Check and Use"));

    QSignalSpy stored(m_credentials.get(), &Credentials::stored);
    QSignalSpy accepted(&dialog, &ApiKeyDialog::keyAccepted);
    QTest::keyClicks(keyEdit(dialog), QString::fromLatin1(m_fx->apiKey()));
    QTest::mouseClick(button(dialog, "checkButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
    QVERIFY(!dialog.wasStored());
    QCOMPARE(stored.size(), 0);
}

void TestApiKeyDialog::demo_hasItsOwnResult()
{
    ApiKeyDialog dialog(m_monitor->monitor(), m_credentials.get());
    dialog.show();
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::mouseClick(button(dialog, "demoButton"), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), ApiKeyDialog::DemoRequested);
    QVERIFY(ApiKeyDialog::DemoRequested != QDialog::Accepted && ApiKeyDialog::DemoRequested != QDialog::Rejected);
}

QTEST_MAIN(TestApiKeyDialog)
#include "tst_apikeydialog.moc"
