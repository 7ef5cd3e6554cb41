// The end-session dialog against the emulator: one DELETE per click with exactly the chosen
// parameters, the outcome texts, the library entry, and "End all sessions".
#include "api/apiclient.h"
#include "dialogseam.h"
#include "endallsessionsdialog.h"
#include "endsessiondialog.h"
#include "model/snapshotlibrary.h"

#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "testclient.h"
#include "testmonitor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace agi;
using agi::emu::Endpoint;

class TestEndSessionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveAsDefault_isTheDefaultChoice_sendsOneDeleteWithExactQuery();
    void existingDefault_isNeverReplacedByEnter_andIsNamed();
    void choices_sendTheirParametersAndSayWhatHappened_data();
    void choices_sendTheirParametersAndSayWhatHappened();
    void alreadyDeleted_saysNotFound();
    void serverError_showsItAndAllowsAnotherTry();
    void timedOutSave_saysWhatIsKnownAndKeepsIt();
    void endAll_statesCountAndReports();

private:
    struct Started
    {
        Session session;
        Frame frame;
    };
    //! A session on `url`, with the frame the live pane would have shown.
    Started startSessionOn(const QString &url);
    QPushButton *button(QDialog &dialog, const char *name)
    {
        auto *found = dialog.findChild<QPushButton *>(QLatin1String(name));
        if (!found)
            qFatal("no button %s", name);
        return found;
    }

    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestClient> m_client;
    std::unique_ptr<test::TestMonitor> m_monitor;
};

void TestEndSessionDialog::initTestCase()
{
    DialogSeam::setScripted(true);
}

void TestEndSessionDialog::init()
{
    m_fx = std::make_unique<test::EmulatorFixture>();
    QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
    m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
    m_client = std::make_unique<test::TestClient>(*m_fx);
    m_client->client()->setRetryBaseDelay(10);
    m_monitor = std::make_unique<test::TestMonitor>(m_client->client());
}

void TestEndSessionDialog::cleanup()
{
    m_monitor.reset();
    m_client.reset();
    m_probe.reset();
    m_fx.reset();
}

TestEndSessionDialog::Started TestEndSessionDialog::startSessionOn(const QString &url)
{
    test::SessionApi api(*m_probe);
    const QJsonObject json = api.create();
    Started started;
    started.session = Session::fromJson(json).value_or(Session {});
    m_probe->post(QStringLiteral("/v1/sessions/%1/navigate").arg(started.session.id),
        QJsonDocument(QJsonObject {{QStringLiteral("url"), url}}).toJson());
    const test::SessionApi::Shot shot = api.screenshot(started.session.id);
    started.frame.image = QImage::fromData(shot.jpeg);
    started.frame.url = QUrl(shot.url);
    started.frame.title = shot.title;
    started.frame.capturedAt = QDateTime::currentDateTimeUtc();
    m_fx->emulator().requests()->clear();
    return started;
}

void TestEndSessionDialog::existingDefault_isNeverReplacedByEnter_andIsNamed()
{
    SnapshotEntry kept;
    kept.sessionId = QStringLiteral("0123abcd-kept-default");
    kept.environmentId = QStringLiteral("env-kept");
    kept.lastTitle = QStringLiteral("Inbox (3) - Mail");
    kept.savedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    kept.madeDefault = true;
    QVERIFY(m_monitor->monitor()->library()->add(kept));
    const Started started = startSessionOn(QStringLiteral("https://shop.example.com/cart"));
    QVERIFY(!started.session.id.isEmpty());

    EndSessionDialog dialog(m_monitor->monitor(), started.session, started.frame);
    dialog.show();
    QSignalSpy ended(&dialog, &EndSessionDialog::ended);
    // The choice that keeps the default is the one preselected ...
    QCOMPARE(dialog.choice(), EndSessionDialog::Choice::SaveSnapshot);
    // ... and the one that would replace it says which it replaces.
    const QString hint = dialog.findChild<QLabel *>(QStringLiteral("saveDefaultHint"))->text();
    QVERIFY2(
        hint.contains(QLatin1String("0123abcd")) && hint.contains(QLatin1String("Inbox (3) - Mail")), qPrintable(hint));

    // Delete then Enter, as a hurried user would: a snapshot, the default untouched.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);
    const auto sent = m_fx->requests(Endpoint::DeleteSession);
    QCOMPARE(sent.size(), 1);
    QVERIFY2(!sent.first().query.contains(QLatin1String("save_as_default=true")), qPrintable(sent.first().query));
    QCOMPARE(m_monitor->monitor()->library()->defaultEntry()->sessionId, kept.sessionId);
}

void TestEndSessionDialog::saveAsDefault_isTheDefaultChoice_sendsOneDeleteWithExactQuery()
{
    const QString page = QStringLiteral("https://mail.example.com/inbox");
    const Started started = startSessionOn(page);
    QVERIFY(!started.session.id.isEmpty());
    QVERIFY(!started.frame.isNull());

    EndSessionDialog dialog(m_monitor->monitor(), started.session, started.frame);
    dialog.show();
    QSignalSpy ended(&dialog, &EndSessionDialog::ended);
    QCOMPARE(dialog.choice(), EndSessionDialog::Choice::SaveAsDefault);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("sessionIdLabel"))->toolTip(), started.session.id);
    QPushButton *confirm = button(dialog, "confirmButton");
    QCOMPARE(confirm->text(), QStringLiteral("End and save as default"));

    QTest::mouseClick(confirm, Qt::LeftButton);
    QTest::mouseClick(confirm, Qt::LeftButton); // a double click sends nothing more
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);

    QCOMPARE(dialog.outcomeText(),
        QStringLiteral("Session ended. Snapshot saved (filesystem) and set as your default environment."));
    const auto sent = m_fx->requests(Endpoint::DeleteSession);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().query, QStringLiteral("save_snapshot_mode=filesystem&save_as_default=true"));
    QCOMPARE(ended.first().first().toString(), started.session.id);
    QVERIFY(button(dialog, "closeButton")->isVisible());
    QVERIFY(!confirm->isVisible());

    const auto entry = m_monitor->library()->entry(started.session.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->mode, SnapshotMode::Filesystem);
    QVERIFY(entry->madeDefault);
    QCOMPARE(entry->lastUrl, QUrl(page));
    QCOMPARE(entry->lastTitle, started.frame.title);
    QCOMPARE(entry->environmentId, started.session.environmentId);
    QVERIFY(!entry->thumbnailJpeg.isEmpty());
    QVERIFY(entry->savedAt.isValid());

    // The library survives a restart of the app.
    SnapshotLibrary reloaded(m_monitor->path());
    reloaded.setAccount(m_monitor->library()->account());
    QVERIFY(reloaded.load());
    QVERIFY(reloaded.defaultEntry().has_value());
    QCOMPARE(reloaded.defaultEntry()->sessionId, started.session.id);
}

void TestEndSessionDialog::choices_sendTheirParametersAndSayWhatHappened_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("buttonText");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("recorded");

    QTest::newRow("without saving") << int(EndSessionDialog::Choice::EndWithoutSaving) << QString()
                                    << QStringLiteral("End without saving") << QStringLiteral("save_snapshot_mode=none")
                                    << QStringLiteral("Session ended without saving.") << false;
    QTest::newRow("memory snapshot") << int(EndSessionDialog::Choice::SaveSnapshot) << QStringLiteral("memory")
                                     << QStringLiteral("End and save snapshot")
                                     << QStringLiteral("save_snapshot_mode=memory")
                                     << QStringLiteral("Session ended. Snapshot saved (memory).") << true;
    QTest::newRow("filesystem snapshot") << int(EndSessionDialog::Choice::SaveSnapshot) << QStringLiteral("filesystem")
                                         << QStringLiteral("End and save snapshot")
                                         << QStringLiteral("save_snapshot_mode=filesystem")
                                         << QStringLiteral("Session ended. Snapshot saved (filesystem).") << true;
}

void TestEndSessionDialog::choices_sendTheirParametersAndSayWhatHappened()
{
    QFETCH(int, choice);
    QFETCH(QString, mode);
    QFETCH(QString, buttonText);
    QFETCH(QString, query);
    QFETCH(QString, outcome);
    QFETCH(bool, recorded);

    const Started started = startSessionOn(QStringLiteral("https://shop.example.com/cart"));
    EndSessionDialog dialog(m_monitor->monitor(), started.session, started.frame);
    dialog.show();
    QSignalSpy ended(&dialog, &EndSessionDialog::ended);
    dialog.setChoice(EndSessionDialog::Choice(choice));
    if (!mode.isEmpty()) {
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("snapshotModeCombo"));
        QVERIFY(combo->isEnabled());
        combo->setCurrentIndex(combo->findData(mode));
    }
    QCOMPARE(button(dialog, "confirmButton")->text(), buttonText);
    QTest::mouseClick(button(dialog, "confirmButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);

    QCOMPARE(dialog.outcomeText(), outcome);
    QCOMPARE(m_fx->count(Endpoint::DeleteSession), 1);
    QCOMPARE(m_fx->requests(Endpoint::DeleteSession).first().query, query);
    QCOMPARE(m_monitor->library()->entry(started.session.id).has_value(), recorded);
    if (recorded)
        QVERIFY(!m_monitor->library()->entry(started.session.id)->madeDefault);
}

void TestEndSessionDialog::alreadyDeleted_saysNotFound()
{
    const Started started = startSessionOn(QStringLiteral("https://example.com/"));
    QCOMPARE(m_probe->del(QStringLiteral("/v1/sessions/") + started.session.id).status, 200);

    EndSessionDialog dialog(m_monitor->monitor(), started.session, started.frame);
    dialog.show();
    QSignalSpy ended(&dialog, &EndSessionDialog::ended);
    QTest::mouseClick(button(dialog, "confirmButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);
    QCOMPARE(dialog.outcomeText(), QStringLiteral("Session not found: it had already ended."));
    QVERIFY(!m_monitor->library()->entry(started.session.id).has_value()); // nothing was saved: nothing recorded
}

void TestEndSessionDialog::serverError_showsItAndAllowsAnotherTry()
{
    const Started started = startSessionOn(QStringLiteral("https://example.com/"));
    m_fx->armFault(QStringLiteral("delete:http=500,times=1"));

    EndSessionDialog dialog(m_monitor->monitor(), started.session, started.frame);
    dialog.show();
    QSignalSpy ended(&dialog, &EndSessionDialog::ended);
    QPushButton *confirm = button(dialog, "confirmButton");
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 15000);
    QVERIFY2(dialog.outcomeText().contains(QLatin1String("500")), qPrintable(dialog.outcomeText()));
    QCOMPARE(ended.size(), 0);
    QCOMPARE(m_fx->count(Endpoint::DeleteSession), 1);
    QVERIFY(!m_monitor->library()->entry(started.session.id).has_value());

    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);
    QCOMPARE(m_fx->count(Endpoint::DeleteSession), 2);
    QCOMPARE(dialog.outcomeText(),
        QStringLiteral("Session ended. Snapshot saved (filesystem) and set as your default environment."));
}

void TestEndSessionDialog::timedOutSave_saysWhatIsKnownAndKeepsIt()
{
    const Started started = startSessionOn(QStringLiteral("https://example.com/"));
    m_client->client()->setTimeoutOverride(400);
    m_fx->armFault(QStringLiteral("delete:latency=3000,times=1"));

    EndSessionDialog dialog(m_monitor->monitor(), started.session, started.frame);
    dialog.show();
    QSignalSpy ended(&dialog, &EndSessionDialog::ended);
    QTest::mouseClick(button(dialog, "confirmButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);
    // The save was not sent again; the session is gone, so it was most likely saved: said, and kept.
    QCOMPARE(m_fx->count(Endpoint::DeleteSession), 1);
    QVERIFY2(dialog.outcomeText().contains(QLatin1String("most likely saved as your default environment")),
        qPrintable(dialog.outcomeText()));
    QVERIFY2(dialog.outcomeText().contains(QLatin1String("not confirmed")), qPrintable(dialog.outcomeText()));
    const auto entry = m_monitor->library()->entry(started.session.id);
    QVERIFY(entry.has_value());
    QVERIFY(!entry->confirmed);
}

void TestEndSessionDialog::endAll_statesCountAndReports()
{
    startSessionOn(QStringLiteral("https://example.com/a"));
    startSessionOn(QStringLiteral("https://example.com/b"));

    EndAllSessionsDialog dialog(m_monitor->monitor(), 2);
    dialog.show();
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(QLatin1String("2 sessions")));
    QPushButton *confirm = button(dialog, "confirmButton");
    QVERIFY(!confirm->isDefault()); // Enter must not end everything
    QSignalSpy ended(&dialog, &EndAllSessionsDialog::allEnded);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);
    QCOMPARE(dialog.outcomeText(), QStringLiteral("All sessions ended. Nothing was saved."));
    QCOMPARE(m_fx->count(Endpoint::DeleteAllSessions), 1);
    QCOMPARE(m_probe->get(QStringLiteral("/v1/sessions")).json().array().size(), 0);
    QTRY_VERIFY(m_fx->count(Endpoint::ListSessions) >= 1); // the monitor's list shows what is left
}

QTEST_MAIN(TestEndSessionDialog)
#include "tst_endsessiondialog.moc"
