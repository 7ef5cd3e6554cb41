// The create-session dialog against the emulator: validation, exactly-once sending, restore, failures.
#include "api/apiclient.h"
#include "createsessiondialog.h"
#include "dialogseam.h"
#include "model/sessionlistmodel.h"
#include "model/snapshotlibrary.h"
#include "settings/settings.h"
#include "tones.h"

#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "testclient.h"
#include "testmonitor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace agi;
using agi::emu::Endpoint;

class TestCreateSessionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void validation_disablesOkAndSaysWhy_data();
    void validation_disablesOkAndSaysWhy();
    void validationError_readsOnLightAndDarkPalettes_data();
    void validationError_readsOnLightAndDarkPalettes();
    void validationErrors_moveNoField_nothingOverlaps();
    void defaultEnvironment_needsUserId_linksToSettings();
    void create_withTask_sendsOneCreateAndTheFirstMessage();
    void create_ctrlEnterInTheTaskBox_createsOnce();
    void create_serverError_staysOpenWithReason();
    void create_unknownSnapshot_saysNothingToRestore();
    void create_timeout_saysItMayExistAndAsksForRefresh();
    void models_fallBackWhenListFails();
    void restoreDefaultEnvironment_startsOnTheSavedPage();
    void restoreSavedSession_listsLibraryEntries();

private:
    template<typename T> T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    QPushButton *okButton(CreateSessionDialog &dialog)
    {
        return child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }
    QString savedDefaultOn(const QString &url);

    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::TestClient> m_client;
    std::unique_ptr<test::TestMonitor> m_monitor;
};

void TestCreateSessionDialog::initTestCase()
{
    DialogSeam::setScripted(true);
}

void TestCreateSessionDialog::init()
{
    m_fx = std::make_unique<test::EmulatorFixture>();
    QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
    m_client = std::make_unique<test::TestClient>(*m_fx);
    m_client->client()->setRetryBaseDelay(10);
    m_monitor = std::make_unique<test::TestMonitor>(m_client->client());
    DialogSeam::clearAsked();
}

void TestCreateSessionDialog::cleanup()
{
    m_monitor.reset();
    m_client.reset();
    m_fx.reset();
}

void TestCreateSessionDialog::validation_disablesOkAndSaysWhy_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("reason");

    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    QTest::newRow("webhook scheme") << s("webhookUrlEdit") << s("ftp://example.com/hook") << s("webhookError")
                                    << s("http");
    QTest::newRow("webhook length") << s("webhookUrlEdit")
                                    << s("https://example.com/") + QString(1990, QLatin1Char('a')) << s("webhookError")
                                    << s("2000");
    QTest::newRow("start url scheme") << s("startUrlEdit") << s("javascript:alert(1)") << s("startUrlError")
                                      << s("http");
    QTest::newRow("start url without task")
        << s("startUrlEdit") << s("https://example.com") << s("taskError") << s("task");
    QTest::newRow("task too long") << s("taskEdit") << QString(10001, QLatin1Char('x')) << s("taskError") << s("10000");
}

void TestCreateSessionDialog::validation_disablesOkAndSaysWhy()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    QFETCH(QString, reason);

    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    QVERIFY(okButton(dialog)->isEnabled());

    QWidget *input = dialog.findChild<QWidget *>(field);
    QVERIFY(input);
    if (auto *line = qobject_cast<QLineEdit *>(input))
        line->setText(text);
    else
        qobject_cast<QPlainTextEdit *>(input)->setPlainText(text);

    QVERIFY(!okButton(dialog)->isEnabled());
    auto *error = child<QLabel>(&dialog, errorLabel.toLatin1().constData());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().remove(QLatin1Char(',')).contains(reason, Qt::CaseInsensitive), qPrintable(error->text()));

    // Correcting the field clears the mark and gives OK back.
    if (auto *line = qobject_cast<QLineEdit *>(input))
        line->clear();
    else
        qobject_cast<QPlainTextEdit *>(input)->setPlainText(QStringLiteral("Open the docs"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!error->isVisible());
}

void TestCreateSessionDialog::validationError_readsOnLightAndDarkPalettes_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black);
    QTest::newRow("dark") << QColor(0x2b, 0x2b, 0x2b) << QColor(0xe6, 0xe6, 0xe6);
}

void TestCreateSessionDialog::validationError_readsOnLightAndDarkPalettes()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    const QPalette previous = QApplication::palette();
    QPalette desktop(window);
    desktop.setColor(QPalette::WindowText, text);
    QApplication::setPalette(desktop);
    const auto restore = qScopeGuard([&] { QApplication::setPalette(previous); });

    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    child<QLineEdit>(&dialog, "webhookUrlEdit")->setText(QStringLiteral("ftp://example.com/hook"));
    auto *error = child<QLabel>(&dialog, "webhookError");
    QVERIFY(error->isVisible());

    // Red, and at least WCAG's 4.5:1 against the window it sits on, whichever the desktop's theme.
    const QColor shown = error->palette().color(QPalette::WindowText);
    const QColor behind = dialog.palette().color(QPalette::Window);
    QCOMPARE(behind, window);
    QVERIFY2(
        tones::contrastRatio(shown, behind) >= 4.5, qPrintable(shown.name() + QLatin1String(" on ") + behind.name()));
    const int hue = shown.hslHue();
    QVERIFY2(shown.hslSaturation() > 100 && (hue >= 340 || hue <= 15), qPrintable(shown.name()));
}

void TestCreateSessionDialog::validationErrors_moveNoField_nothingOverlaps()
{
    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    // As small as it goes: a long message must not wrap and push the fields below it down.
    dialog.resize(dialog.minimumSizeHint());
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QRadioButton>(&dialog, "restoreSnapshotRadio")->setChecked(true);
    const char *const column[] = {"taskEdit", "taskError", "startUrlEdit", "startUrlError", "webhookUrlEdit",
        "webhookError", "restoreSnapshotRadio", "snapshotList", "snapshotIdEdit", "snapshotIdError",
        "restoreDefaultRadio", "memorySnapshotCheck", "buttonBox"};
    // Where each part is; a hidden error line counts by the room kept for it.
    const auto places = [&] {
        QList<QRect> rects;
        for (const char *name : column) {
            QWidget *widget = child<QWidget>(&dialog, name);
            if (!widget->isVisible())
                widget = widget->parentWidget();
            rects.append(QRect(widget->mapTo(&dialog, QPoint(0, 0)), widget->size()));
        }
        return rects;
    };
    // The snapshot id is missing: its line shows. The others are hidden, their room kept.
    QVERIFY(child<QLabel>(&dialog, "snapshotIdError")->isVisible());
    QVERIFY(!child<QLabel>(&dialog, "webhookError")->isVisible());
    const QList<QRect> before = places();
    const QSize sizeBefore = dialog.size();

    // Three more error lines at once: the start URL needs a task, and both URLs have the wrong scheme.
    child<QLineEdit>(&dialog, "startUrlEdit")->setText(QStringLiteral("ftp://example.com/start"));
    child<QLineEdit>(&dialog, "webhookUrlEdit")->setText(QStringLiteral("ftp://example.com/hook"));
    for (const char *name : {"taskError", "startUrlError", "webhookError"}) {
        QVERIFY2(child<QLabel>(&dialog, name)->isVisible(), name);
        QVERIFY2(child<QLabel>(&dialog, name)->width() > dialog.width() / 3, name); // readable
    }
    QCoreApplication::processEvents(); // a relayout, if any, is posted
    QCOMPARE(places(), before);
    QCOMPARE(dialog.size(), sizeBefore);

    // And when they go again.
    child<QLineEdit>(&dialog, "startUrlEdit")->clear();
    child<QLineEdit>(&dialog, "webhookUrlEdit")->clear();
    QVERIFY(!child<QLabel>(&dialog, "webhookError")->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(places(), before);

    // Top to bottom, each part of the form starts below the one before it ends: nothing overlaps.
    int previousBottom = -1;
    QString previousName;
    for (qsizetype k = 0; k < before.size(); ++k) {
        const QRect &rect = before.at(k);
        const QString name = QLatin1String(column[k]);
        QVERIFY2(rect.top() >= previousBottom,
            qPrintable(QStringLiteral("%1 (top %2) overlaps %3 (bottom %4)")
                           .arg(name)
                           .arg(rect.top())
                           .arg(previousName)
                           .arg(previousBottom)));
        previousBottom = rect.bottom();
        previousName = name;
    }
}

void TestCreateSessionDialog::defaultEnvironment_needsUserId_linksToSettings()
{
    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    auto *radio = child<QRadioButton>(&dialog, "restoreDefaultRadio");
    auto *link = child<QPushButton>(&dialog, "openSettingsButton");
    QVERIFY(!radio->isEnabled());
    QVERIFY(link->isVisible());
    QVERIFY(child<QLabel>(&dialog, "defaultEnvNote")->text().contains(QLatin1String("user id")));

    QSignalSpy settingsRequested(&dialog, &CreateSessionDialog::settingsRequested);
    QTest::mouseClick(link, Qt::LeftButton);
    QCOMPARE(settingsRequested.size(), 1);

    // Entering the id in the settings enables the choice while the dialog is open.
    m_monitor->settings()->setUserId(m_fx->userId());
    QVERIFY(radio->isEnabled());
    QVERIFY(!link->isVisible());
}

void TestCreateSessionDialog::create_withTask_sendsOneCreateAndTheFirstMessage()
{
    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    QSignalSpy created(&dialog, &CreateSessionDialog::created);
    QTRY_COMPARE(m_fx->count(Endpoint::Models), 1);
    child<QComboBox>(&dialog, "modelCombo")->setCurrentText(QStringLiteral("agi-0-fast"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "taskEdit"), QStringLiteral("Find the weather in Paris"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "startUrlEdit"), QStringLiteral("https://weather.example.com"));

    QPushButton *ok = okButton(dialog);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton); // the double click of an impatient user
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);

    const auto session = created.first().first().value<Session>();
    QCOMPARE(session.agentName, QStringLiteral("agi-0-fast"));
    QCOMPARE(m_fx->count(Endpoint::CreateSession), 1);
    QCOMPARE(m_fx->count(Endpoint::SendMessage), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    // Listed at once, before the refresh that confirms it.
    QVERIFY(m_monitor->monitor()->sessions()->rowOf(session.id) >= 0);

    test::HttpProbe probe(m_fx->baseUrl(), m_fx->apiKey());
    test::SessionApi api(probe);
    const QByteArray messages = QJsonDocument(api.messages(session.id)).toJson();
    QVERIFY2(messages.contains("Find the weather in Paris"), messages.constData());
}

void TestCreateSessionDialog::create_ctrlEnterInTheTaskBox_createsOnce()
{
    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy created(&dialog, &CreateSessionDialog::created);
    auto *task = child<QPlainTextEdit>(&dialog, "taskEdit");
    task->setFocus();
    QTest::keyClicks(task, QStringLiteral("Find the weather in Paris"));
    // From the keyboard alone: Ctrl+Enter sends, and again while it is sent sends nothing more.
    QTest::keyClick(task, Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(task, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
    QCOMPARE(m_fx->count(Endpoint::CreateSession), 1);
    QCOMPARE(task->toPlainText(), QStringLiteral("Find the weather in Paris")); // no line added
}

void TestCreateSessionDialog::create_serverError_staysOpenWithReason()
{
    m_fx->armFault(QStringLiteral("create:http=500,times=1"));
    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    QSignalSpy created(&dialog, &CreateSessionDialog::created);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    auto *status = child<QLabel>(&dialog, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("500")), 15000);
    QVERIFY(dialog.isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(created.size(), 0);
    // A 500 may hide a created session: the monitor looks at the list.
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->count(Endpoint::ListSessions), 1, 15000);

    // The user tries again; now it works.
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
    QCOMPARE(m_fx->count(Endpoint::CreateSession), 2);
}

void TestCreateSessionDialog::create_unknownSnapshot_saysNothingToRestore()
{
    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    QSignalSpy created(&dialog, &CreateSessionDialog::created);
    dialog.setRestoreSessionId(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto *status = child<QLabel>(&dialog, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("not created")), 15000);
    QVERIFY2(status->text().contains(QLatin1String("No snapshot")), qPrintable(status->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(created.size(), 0);
}

void TestCreateSessionDialog::create_timeout_saysItMayExistAndAsksForRefresh()
{
    m_client->client()->setTimeoutOverride(300);
    m_fx->armFault(QStringLiteral("create:latency=3000,times=1"));
    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    auto *label = child<QLabel>(&dialog, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QLatin1String("may have been created")), 15000);
    const QString status = label->text();
    QVERIFY2(status.contains(QLatin1String("being refreshed")), qPrintable(status));
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->count(Endpoint::ListSessions), 1, 15000); // the monitor looks for it
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_fx->count(Endpoint::CreateSession), 1); // never retried on its own
}

void TestCreateSessionDialog::models_fallBackWhenListFails()
{
    m_fx->armFault(QStringLiteral("models:http=500"));
    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    auto *note = child<QLabel>(&dialog, "modelsNote");
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 30000);
    QVERIFY(note->text().contains(QLatin1String("500")));
    auto *combo = child<QComboBox>(&dialog, "modelCombo");
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("agi-0"));
    QCOMPARE(combo->itemText(1), QStringLiteral("agi-0-fast"));
    QVERIFY(okButton(dialog)->isEnabled());
}

QString TestCreateSessionDialog::savedDefaultOn(const QString &url)
{
    test::HttpProbe probe(m_fx->baseUrl(), m_fx->apiKey());
    test::SessionApi api(probe);
    const QString id = api.create().value(QStringLiteral("session_id")).toString();
    probe.post(QStringLiteral("/v1/sessions/%1/navigate").arg(id),
        QJsonDocument(QJsonObject {{QStringLiteral("url"), url}}).toJson());
    const auto reply = probe.del(
        QStringLiteral("/v1/sessions/") + id, QStringLiteral("save_snapshot_mode=filesystem&save_as_default=true"));
    return reply.status == 200 ? id : QString();
}

void TestCreateSessionDialog::restoreDefaultEnvironment_startsOnTheSavedPage()
{
    const QString page = QStringLiteral("https://mail.example.com/inbox");
    QVERIFY(!savedDefaultOn(page).isEmpty());
    m_monitor->settings()->setUserId(m_fx->userId());

    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    QSignalSpy created(&dialog, &CreateSessionDialog::created);
    auto *radio = child<QRadioButton>(&dialog, "restoreDefaultRadio");
    QVERIFY(radio->isEnabled());
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(radio->isChecked());
    QVERIFY(child<QCheckBox>(&dialog, "memorySnapshotCheck")->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);

    const auto session = created.first().first().value<Session>();
    test::HttpProbe probe(m_fx->baseUrl(), m_fx->apiKey());
    test::SessionApi api(probe);
    QCOMPARE(api.screenshot(session.id).url, page);
}

void TestCreateSessionDialog::restoreSavedSession_listsLibraryEntries()
{
    const QString page = QStringLiteral("https://shop.example.com/cart");
    const QString savedId = savedDefaultOn(page);
    QVERIFY(!savedId.isEmpty());
    SnapshotEntry entry;
    entry.sessionId = savedId;
    entry.savedAt = QDateTime::currentDateTimeUtc();
    entry.lastUrl = QUrl(page);
    entry.lastTitle = QStringLiteral("Cart");
    QVERIFY(m_monitor->library()->add(entry));

    CreateSessionDialog dialog(m_monitor->monitor());
    dialog.show();
    auto *radio = child<QRadioButton>(&dialog, "restoreSnapshotRadio");
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(!okButton(dialog)->isEnabled()); // no id yet
    QVERIFY(child<QLabel>(&dialog, "snapshotIdError")->isVisible());

    auto *list = child<QTreeWidget>(&dialog, "snapshotList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(1).contains(page));
    list->setCurrentItem(list->topLevelItem(0));
    QCOMPARE(child<QLineEdit>(&dialog, "snapshotIdEdit")->text(), savedId);
    QVERIFY(okButton(dialog)->isEnabled());

    QSignalSpy created(&dialog, &CreateSessionDialog::created);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
    test::HttpProbe probe(m_fx->baseUrl(), m_fx->apiKey());
    test::SessionApi api(probe);
    QCOMPARE(api.screenshot(created.first().first().value<Session>().id).url, page);
}

QTEST_MAIN(TestCreateSessionDialog)
#include "tst_createsessiondialog.moc"
