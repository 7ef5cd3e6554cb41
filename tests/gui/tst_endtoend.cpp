// The mission's gestures in the real MainWindow against the emulator: create through the dialog,
// watch the frames, "End and save as default", then start a new session from that default.
#include "api/apiclient.h"
#include "appactions.h"
#include "createsessiondialog.h"
#include "dialogseam.h"
#include "endsessiondialog.h"
#include "livepane.h"
#include "mainwindow.h"
#include "model/sessionlistmodel.h"
#include "model/snapshotlibrary.h"
#include "monitor/sessionmonitor.h"
#include "sessionlistpanel.h"
#include "settings/settings.h"

#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "httpprobe.h"
#include "testclient.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace agi;

class TestEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createWatchEndAndSaveThenRestoreFromDefault();

private:
    //! The dialog of type T the window just opened (older ones may still await deletion).
    template<typename T> T *openedDialog(QWidget *window)
    {
        T *found = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] {
                const auto dialogs = window->findChildren<T *>();
                for (T *dialog : dialogs) {
                    if (dialog->isVisible())
                        found = dialog;
                }
                return found != nullptr;
            },
            10000);
        return opened ? found : nullptr;
    }
    //! Creates a session through File > New Session; returns its id (empty on failure).
    QString createThroughDialog(MainWindow &window, bool fromDefault);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEndToEnd::initTestCase()
{
    DialogSeam::setScripted(true);
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestEndToEnd::createThroughDialog(MainWindow &window, bool fromDefault)
{
    window.actions()->newSession->trigger();
    auto *dialog = openedDialog<CreateSessionDialog>(&window);
    if (!dialog)
        return {};
    QSignalSpy created(dialog, &CreateSessionDialog::created);
    if (fromDefault) {
        auto *radio = dialog->findChild<QRadioButton *>(QStringLiteral("restoreDefaultRadio"));
        if (!radio->isEnabled())
            return {};
        radio->setChecked(true);
    }
    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !created.isEmpty(); }, 15000))
        return {};
    return created.first().first().value<Session>().id;
}

void TestEndToEnd::createWatchEndAndSaveThenRestoreFromDefault()
{
    test::EmulatorFixture fx;
    QVERIFY2(fx.isRunning(), qPrintable(fx.error()));
    test::HttpProbe probe(fx.baseUrl(), fx.apiKey());
    test::TestClient client(fx);
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setUserId(fx.userId());
    settings.setFrameIntervalMs(Settings::minimumFrameIntervalMs);
    SnapshotLibrary library(m_dir->path());
    library.load();

    SessionMonitor monitor(client.client(), &settings, &library);
    MainWindow window(&monitor, nullptr);
    monitor.start();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Create: the row appears and is selected, and its frames appear.
    const QString first = createThroughDialog(window, false);
    QVERIFY(!first.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.sessionModel()->rowOf(first) >= 0, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionPanel()->currentSessionId(), first, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.livePane()->frame().isNull(), 15000);

    // The browser moves on (as when the user logs in somewhere); the pane follows.
    const QString page = QStringLiteral("https://mail.example.com/inbox");
    probe.post(QStringLiteral("/v1/sessions/%1/navigate").arg(first),
        QJsonDocument(QJsonObject {{QStringLiteral("url"), page}}).toJson());
    QTRY_COMPARE_WITH_TIMEOUT(window.livePane()->frame().url, QUrl(page), 15000);

    // End and save as default: one DELETE with exactly those parameters, the row goes away.
    fx.emulator().requests()->clear();
    window.actions()->endSession->trigger();
    auto *end = openedDialog<EndSessionDialog>(&window);
    QVERIFY(end);
    QSignalSpy ended(end, &EndSessionDialog::ended);
    auto *confirm = end->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QCOMPARE(confirm->text(), QStringLiteral("End and save as default"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);
    QCOMPARE(end->outcomeText(),
        QStringLiteral("Session ended. Snapshot saved (filesystem) and set as your default environment."));
    const auto deletes = fx.requests(emu::Endpoint::DeleteSession);
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.first().query, QStringLiteral("save_snapshot_mode=filesystem&save_as_default=true"));
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionModel()->rowOf(first), -1, 15000);
    QVERIFY(library.defaultEntry().has_value());
    QCOMPARE(library.defaultEntry()->sessionId, first);
    QCOMPARE(library.defaultEntry()->lastUrl, QUrl(page));
    QTest::mouseClick(end->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);

    // The emulator holds the snapshot...
    QVERIFY(probe.get(QStringLiteral("/_emulator/snapshots")).body.contains(first.toUtf8()));

    // ...and a session created from the default environment starts on the saved page.
    const QString restored = createThroughDialog(window, true);
    QVERIFY(!restored.isEmpty());
    QVERIFY(restored != first);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionPanel()->currentSessionId(), restored, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window.livePane()->frame().url, QUrl(page), 15000);
    const QImage restoredFrame = window.livePane()->frame().image;

    // The restored frame carries the emulator's "restored" mark: it differs from a fresh session
    // on the same page.
    const QString fresh = createThroughDialog(window, false);
    QVERIFY(!fresh.isEmpty());
    probe.post(QStringLiteral("/v1/sessions/%1/navigate").arg(fresh),
        QJsonDocument(QJsonObject {{QStringLiteral("url"), page}}).toJson());
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionPanel()->currentSessionId(), fresh, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window.livePane()->frame().url, QUrl(page), 15000);
    QCOMPARE(window.livePane()->frame().image.size(), restoredFrame.size());
    QVERIFY(window.livePane()->frame().image != restoredFrame);
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
