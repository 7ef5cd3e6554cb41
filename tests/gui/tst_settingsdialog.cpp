// The settings dialog (validation, OK writes Settings, key removal asks first), the shortcuts
// dialog, and the dialog seam's scripted answers.
#include "api/apiclient.h"
#include "appactions.h"
#include "dialogseam.h"
#include "settings/credentials.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"

#include "testclient.h"
#include "testmonitor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace agi;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void baseUrl_validation_data();
    void baseUrl_validation();
    void ok_writesSettings_cancelDoesNot();
    void notifications_okWritesThem_andTheyApplyAtOnce();
    void productionButton_restoresTheDefault();
    void keyStatus_saysWhereTheKeyComesFrom();
    void shortcuts_listsActionsWithShortcuts();
    void seam_scriptedAnswersAreUsedInOrderAndRecorded();
    void fitsTheScreen_withItsButtonsInView();
    void settingsAction_hasAShortcutOnEveryPlatform();

private:
    QPushButton *okButton(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    }

    std::unique_ptr<test::TestClient> m_client;
    std::unique_ptr<test::TestMonitor> m_monitor;
    Settings *m_settings = nullptr; // the monitor's
};

void TestSettingsDialog::initTestCase()
{
    qunsetenv(Credentials::environmentVariable);
    DialogSeam::setScripted(true);
}

void TestSettingsDialog::init()
{
    m_client = std::make_unique<test::TestClient>();
    m_monitor = std::make_unique<test::TestMonitor>(m_client->client());
    m_settings = m_monitor->settings();
    DialogSeam::clearAsked();
}

void TestSettingsDialog::cleanup()
{
    qunsetenv(Credentials::environmentVariable);
    m_settings = nullptr;
    m_monitor.reset();
    m_client.reset();
}

void TestSettingsDialog::baseUrl_validation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("production") << QStringLiteral("https://api.agi.tech") << true;
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8765") << true;
    QTest::newRow("localhost http") << QStringLiteral("http://localhost:8765") << true;
    QTest::newRow("ipv6 loopback http") << QStringLiteral("http://[::1]:8765") << true;
    QTest::newRow("remote http") << QStringLiteral("http://api.example.com") << false;
    QTest::newRow("other scheme") << QStringLiteral("ftp://api.example.com") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
}

void TestSettingsDialog::baseUrl_validation()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    SettingsDialog dialog(m_monitor->monitor(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    // The message comes and goes under the field without moving anything below it.
    auto *below = dialog.findChild<QWidget *>(QStringLiteral("apiKeyLabel"));
    const QPoint belowAt = below->mapTo(&dialog, QPoint(0, 0));
    edit->setText(url);
    QCOMPARE(okButton(dialog)->isEnabled(), acceptable);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("baseUrlError"));
    QCOMPARE(error->isVisible(), !acceptable);
    QCoreApplication::processEvents();
    QCOMPARE(below->mapTo(&dialog, QPoint(0, 0)), belowAt);
    if (url.startsWith(QLatin1String("http://api")))
        QVERIFY2(error->text().contains(QLatin1String("https")), qPrintable(error->text()));
}

void TestSettingsDialog::notifications_okWritesThem_andTheyApplyAtOnce()
{
    QCOMPARE(m_settings->stallSeconds(), 180); // 3 min by default, every kind on
    QVERIFY(m_settings->notifies(AttentionKind::Stalled));
    SettingsDialog dialog(m_monitor->monitor(), nullptr);
    dialog.show();
    auto *stalled = dialog.findChild<QCheckBox *>(QStringLiteral("notify_stalled"));
    auto *minutes = dialog.findChild<QSpinBox *>(QStringLiteral("stallMinutesSpin"));
    QVERIFY(stalled->isChecked());
    QCOMPARE(minutes->value(), 3);
    QTest::mouseClick(stalled, Qt::LeftButton, {}, QPoint(4, stalled->height() / 2));
    minutes->setValue(5);
    QSignalSpy changed(m_settings, &Settings::changed);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(!changed.isEmpty()); // the monitor applies what changed without a restart
    QVERIFY(!m_settings->notifies(AttentionKind::Stalled));
    QVERIFY(m_settings->notifies(AttentionKind::Question));
    QCOMPARE(m_settings->stallSeconds(), 300);
}

void TestSettingsDialog::ok_writesSettings_cancelDoesNot()
{
    {
        SettingsDialog dialog(m_monitor->monitor(), nullptr);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("userIdEdit"))->setText(QStringLiteral("user-cancelled"));
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QVERIFY(m_settings->userId().isEmpty());
    }
    SettingsDialog dialog(m_monitor->monitor(), nullptr);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(QStringLiteral("http://127.0.0.1:9000"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userIdEdit")), QStringLiteral(" user-42 "));
    dialog.findChild<QSpinBox *>(QStringLiteral("listRefreshSpin"))->setValue(10);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("frameIntervalSpin"))->setValue(0.5);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("historyFramesSpin"))->value(), 500);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("historyMegabytesSpin"))->value(), 200);
    dialog.findChild<QSpinBox *>(QStringLiteral("historyFramesSpin"))->setValue(120);
    dialog.findChild<QSpinBox *>(QStringLiteral("historyMegabytesSpin"))->setValue(50);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9000")));
    QCOMPARE(m_settings->userId(), QStringLiteral("user-42"));
    QCOMPARE(m_settings->listRefreshMs(), 10000);
    QCOMPARE(m_settings->frameIntervalMs(), 500);
    QCOMPARE(m_settings->historyMaxFrames(), 120);
    QCOMPARE(m_settings->historyMaxBytes(), qint64 {50} * 1024 * 1024);

    // Reopened, the dialog shows what was saved.
    SettingsDialog again(m_monitor->monitor(), nullptr);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("userIdEdit"))->text(), QStringLiteral("user-42"));
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("listRefreshSpin"))->value(), 10);
}

void TestSettingsDialog::productionButton_restoresTheDefault()
{
    m_settings->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9000")));
    SettingsDialog dialog(m_monitor->monitor(), nullptr);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("productionButton")), Qt::LeftButton);
    QCOMPARE(
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->text(), Settings::productionBaseUrl().toString());
}

void TestSettingsDialog::keyStatus_saysWhereTheKeyComesFrom()
{
    Credentials credentials(QStringLiteral("agi-monitor-test-unused"));
    {
        SettingsDialog dialog(m_monitor->monitor(), &credentials);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("apiKeyStatusLabel"));
        QCOMPARE(status->text(), QStringLiteral("Not set"));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeKeyButton"))->isEnabled());
    }
    qputenv(Credentials::environmentVariable, "from-env");
    SettingsDialog dialog(m_monitor->monitor(), &credentials);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("apiKeyStatusLabel"));
    QVERIFY(status->text().contains(QLatin1String("AGI_API_KEY")));
    QVERIFY(!status->text().contains(QLatin1String("from-env")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeKeyButton"))->isEnabled());
}

void TestSettingsDialog::shortcuts_listsActionsWithShortcuts()
{
    QAction newSession(QStringLiteral("&New Session..."));
    newSession.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction refresh(QStringLiteral("&Refresh"));
    refresh.setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    QAction noShortcut(QStringLiteral("About"));
    QAction ampersand(QStringLiteral("Copy && Paste"));
    ampersand.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    ShortcutsDialog dialog({&newSession, &refresh, &noShortcut, &ampersand});
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("New Session"));
    QCOMPARE(table->item(0, 1)->text(), QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Refresh"));
    QVERIFY(table->item(1, 1)->text().contains(QLatin1String("F5")));
    QVERIFY(table->item(1, 1)->text().contains(QLatin1String(", ")));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Copy & Paste"));
}

void TestSettingsDialog::seam_scriptedAnswersAreUsedInOrderAndRecorded()
{
    DialogSeam::setNextAnswer(true);
    DialogSeam::setNextAnswer(false);
    DialogSeam::setNextFileName(QStringLiteral("/tmp/frame.jpg"));
    QVERIFY(DialogSeam::confirm(nullptr, QStringLiteral("T1"), QStringLiteral("Q1"), QStringLiteral("Yes")));
    QVERIFY(!DialogSeam::confirm(nullptr, QStringLiteral("T2"), QStringLiteral("Q2"), QStringLiteral("Yes")));
    QVERIFY(!DialogSeam::confirm(nullptr, QStringLiteral("T3"), QStringLiteral("Q3"), QStringLiteral("Yes")));
    DialogSeam::warning(nullptr, QStringLiteral("W"), QStringLiteral("careful"));
    QCOMPARE(DialogSeam::getSaveFileName(nullptr, QStringLiteral("Save"), QString(), QString()),
        QStringLiteral("/tmp/frame.jpg"));
    QCOMPARE(DialogSeam::getSaveFileName(nullptr, QStringLiteral("Save"), QString(), QString()), QString());

    const auto asked = DialogSeam::asked();
    QCOMPARE(asked.size(), 6);
    QCOMPARE(asked.at(0).kind, DialogSeam::Kind::Confirm);
    QCOMPARE(asked.at(0).detail, QStringLiteral("Yes"));
    QCOMPARE(asked.at(3).kind, DialogSeam::Kind::Warning);
    QCOMPARE(asked.at(3).text, QStringLiteral("careful"));
    QCOMPARE(asked.at(4).kind, DialogSeam::Kind::SaveFileName);

    // An installed answerer wins over the queues.
    DialogSeam::setAnswerer([](const DialogSeam::Question &question) {
        return DialogSeam::Answer {question.title == QLatin1String("yes please"), {}};
    });
    QVERIFY(DialogSeam::confirm(nullptr, QStringLiteral("yes please"), QString(), QString()));
    QVERIFY(!DialogSeam::confirm(nullptr, QStringLiteral("no thanks"), QString(), QString()));
    DialogSeam::setAnswerer({});
}

void TestSettingsDialog::fitsTheScreen_withItsButtonsInView()
{
    // A large font (the offscreen screen is 800x800): every group together is taller than the
    // screen. They scroll; the buttons stay on the screen.
    const QFont before = QApplication::font();
    QFont large = before;
    large.setPointSizeF(before.pointSizeF() * 1.6);
    QApplication::setFont(large);
    const auto restore = qScopeGuard([&] { QApplication::setFont(before); });
    SettingsDialog dialog(m_monitor->monitor(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QRect available = dialog.screen()->availableGeometry();
    QVERIFY2(dialog.frameGeometry().height() <= available.height(),
        qPrintable(QStringLiteral("%1 > %2").arg(dialog.frameGeometry().height()).arg(available.height())));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isVisible());
    QVERIFY(available.contains(QRect(ok->mapToGlobal(QPoint(0, 0)), ok->size())));
    // The last group can be scrolled to.
    auto *history = dialog.findChild<QWidget *>(QStringLiteral("historyGroup"));
    auto *scroll = dialog.findChild<QScrollArea *>(QStringLiteral("settingsScroll"));
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
    scroll->ensureWidgetVisible(history);
    QVERIFY(scroll->viewport()->rect().intersects(
        QRect(history->mapTo(scroll->viewport(), QPoint(0, 0)), history->size())));
}

void TestSettingsDialog::settingsAction_hasAShortcutOnEveryPlatform()
{
    // X11 platforms define no Preferences keys: Ctrl+, there, the platform's own elsewhere.
    AppActions actions;
    const QList<QKeySequence> keys = actions.settings->shortcuts();
    QVERIFY(!keys.isEmpty());
    if (QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty())
        QCOMPARE(keys.constFirst(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    else
        QCOMPARE(keys, QKeySequence::keyBindings(QKeySequence::Preferences));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
