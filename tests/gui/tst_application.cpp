// The application wired exactly as main() wires it (MonitorApp), against the emulator: what a
// user sees after a restart, when a setting changes while it runs, with --session, and when the
// watched session ends or leaves the list.
#include "api/apiclient.h"
#include "appactions.h"
#include "createsessiondialog.h"
#include "elidedlabel.h"
#include "live/framehistory.h"
#include "live/framepoller.h"
#include "live/livesession.h"
#include "live/livesessions.h"
#include "livepane.h"
#include "mainwindow.h"
#include "model/sessionfilterproxy.h"
#include "model/sessionlistmodel.h"
#include "model/snapshotlibrary.h"
#include "monitor/sessionmonitor.h"
#include "monitorapp.h"
#include "sessionlistpanel.h"
#include "sessionview.h"
#include "settings/settings.h"
#include "statusbanner.h"

#include "dialogseam.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "settlelayouts.h"
#include "testappfolder.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QRadioButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace agi;
using agi::emu::Endpoint;
using agi::emu::RequestRecord;

class TestApplication final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestAppFolder> m_folder;

    //! A new run of the application with this test's settings file and data folder.
    std::unique_ptr<MonitorApp> startApp(const QString &sessionId = {})
    {
        auto app = m_folder->startApp();
        app->showWindow(sessionId);
        return app;
    }

    QString createSession(const QString &task = {}) { return test::SessionApi(*m_probe).start(task); }

    static QString stateText(const MonitorApp &app)
    {
        return app.window().findChild<ElidedLabel *>(QStringLiteral("pollerStateLabel"))->fullText();
    }

private Q_SLOTS:
    void initTestCase() { DialogSeam::setScripted(true); }

    void init()
    {
        m_fx = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_folder = std::make_unique<test::TestAppFolder>(*m_fx, [](Settings &settings) {
            settings.setListRefreshMs(1000);
            settings.setFrameIntervalMs(500);
        });
    }

    void cleanup()
    {
        m_probe.reset();
        m_folder.reset(); // before the emulator it refers to
        m_fx.reset();
    }

    void restart_createDialogOffersTheSavedSnapshotsAndTheDefault()
    {
        SnapshotEntry saved;
        saved.sessionId = QStringLiteral("saved-in-an-earlier-run");
        saved.madeDefault = true;
        saved.environmentId = QStringLiteral("env-1");
        saved.lastTitle = QStringLiteral("Logged in");
        saved.lastUrl = QUrl(QStringLiteral("https://example.com/account"));
        {
            auto first = startApp();
            QVERIFY(first->library().add(saved));
        }

        auto app = startApp();
        app->window().actions()->newSession->trigger();
        CreateSessionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app->window().findChild<CreateSessionDialog *>()) && dialog->isVisible());
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("snapshotList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), saved.sessionId);
        QVERIFY(list->topLevelItem(0)->text(2).contains(CreateSessionDialog::tr("Your default")));
        // The list says whose snapshots it shows.
        auto *account = dialog->findChild<QLabel *>(QStringLiteral("snapshotAccountLabel"));
        QVERIFY(account->text().contains(app->library().account().displayText()));
        QVERIFY(!app->library().account().isNull());
    }

    void restart_keepsTheSplitsTheUserDragged()
    {
        const QString id = createSession();
        double dragged = 0;
        QList<int> timeline;
        {
            auto first = startApp(id);
            MainWindow &window = first->window();
            window.resize(2000, 1000);
            SessionView *view = window.sessionView();
            QTRY_VERIFY(view->isVisible() && view->width() >= SessionView::sideBySideMinWidth);
            QCOMPARE(view->orientation(), Qt::Horizontal);
            QCOMPARE(view->frameShare(Qt::Horizontal), SessionView::defaultFrameShare);
            // The handle between the frame and the agent, dragged 100 px to the left.
            QSplitterHandle *handle = view->handle(1);
            const QPoint grip(handle->width() / 2, handle->height() / 2);
            QTest::mousePress(handle, Qt::LeftButton, {}, grip);
            QTest::mouseMove(handle, grip - QPoint(100, 0));
            QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(100, 0));
            dragged = view->frameShare(Qt::Horizontal);
            QVERIFY2(dragged < SessionView::defaultFrameShare - 0.05, qPrintable(QString::number(dragged)));
            // A resize keeps the user's share, not the first one.
            const int wide = view->width();
            window.resize(2200, 1000);
            QTRY_VERIFY(view->width() > wide);
            QCOMPARE(view->orientation(), Qt::Horizontal);
            const QList<int> sizes = view->sizes();
            QVERIFY(qAbs(double(sizes.at(0)) / (sizes.at(0) + sizes.at(1)) - dragged) < 0.02);
            auto *split = window.findChild<QSplitter *>(QStringLiteral("timelineSplitter"));
            const int total = split->sizes().at(0) + split->sizes().at(1);
            split->setSizes({total / 4, total - total / 4});
            timeline = split->sizes();
            window.close(); // as the user quits
        }

        auto app = startApp(id);
        MainWindow &window = app->window();
        SessionView *view = window.sessionView();
        QVERIFY(qAbs(view->frameShare(Qt::Horizontal) - dragged) < 0.001);
        QTRY_VERIFY(view->isVisible() && view->width() >= SessionView::sideBySideMinWidth);
        const QList<int> sizes = view->sizes();
        QVERIFY2(qAbs(double(sizes.at(0)) / (sizes.at(0) + sizes.at(1)) - dragged) < 0.02,
            qPrintable(QStringLiteral("%1 %2").arg(sizes.at(0)).arg(sizes.at(1))));
        QTRY_COMPARE(window.findChild<QSplitter *>(QStringLiteral("timelineSplitter"))->sizes(), timeline);
    }

    void narrowWindow_keepsRoomForTheSessionList()
    {
        const QString id = createSession(QStringLiteral("Research the history of the compass"));
        auto app = startApp(id);
        MainWindow &window = app->window();
        window.resize(1100, 800);
        auto *columns = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QTRY_VERIFY(window.livePane()->isVisible() && window.width() == 1100);
        test::settleLayouts(); // the layout requests the resize posted
        // The frame's controls fold into their tool bar's menu: the list keeps its share of the
        // width (a quarter at least; the minimum width of the old one-row controls left it about an eighth).
        const QList<int> sizes = columns->sizes();
        QVERIFY2(sizes.at(0) >= 1100 / 4, qPrintable(QStringLiteral("%1 %2").arg(sizes.at(0)).arg(sizes.at(1))));
    }

    void damagedLibrary_isReportedAtStart()
    {
        QDir().mkpath(m_folder->filePath(QStringLiteral("data")));
        QFile file(m_folder->filePath(QStringLiteral("data/") + QLatin1String(SnapshotLibrary::fileName)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"entries\": [ {\"session_id\": ");
        file.close();

        auto app = startApp();
        StatusBanner *banner = app->window().windowBanner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), StatusBanner::Severity::Warning);
    }

    void damagedHistory_isReportedAtStart()
    {
        // A frame history left by an earlier run, its index cut off mid-line (a crash while writing).
        const QString folder = m_folder->filePath(QStringLiteral("history/session-of-an-earlier-run"));
        QVERIFY(QDir().mkpath(folder));
        QFile index(folder + QStringLiteral("/index.jsonl"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("{\"t\":\"frame\",\"seq\":1,\"format\":\"jpeg\",\"by");
        index.close();

        auto app = startApp();
        StatusBanner *banner = app->window().windowBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("session-of-an-earlier-run")), qPrintable(banner->text()));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/damaged")));
    }

    void forgetHistory_asksThenDeletesTheKeptFrames()
    {
        const QString id = createSession(QStringLiteral("Research the history of the telescope"));
        auto app = startApp(id);
        const FrameHistory &history = app->monitor().live()->historyOf(id);
        QTRY_VERIFY_WITH_TIMEOUT(history.size() >= 2, 20000);
        const QString folder = m_folder->filePath(QStringLiteral("history/") + id);
        QVERIFY(QFileInfo(folder + QStringLiteral("/index.jsonl")).isFile());
        QAction *forget = app->window().actions()->forgetHistory;
        QVERIFY(forget->isEnabled());

        // It asks first; "no" keeps every frame.
        DialogSeam::clearAsked();
        DialogSeam::setNextAnswer(false);
        forget->trigger();
        QCOMPARE(DialogSeam::asked().size(), 1);
        QCOMPARE(DialogSeam::asked().constLast().kind, DialogSeam::Kind::Confirm);
        QVERIFY(QFileInfo(folder + QStringLiteral("/index.jsonl")).isFile());
        QVERIFY(history.size() >= 2);

        // "Yes" deletes them from disk and from the session's history; the session is not touched.
        DialogSeam::setNextAnswer(true);
        forget->trigger();
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(history.size() <= 1);
        QCOMPARE(m_fx->count(Endpoint::DeleteSession, id), 0);
        QTRY_VERIFY(app->window().statusBar()->currentMessage().contains(QStringLiteral("deleted")));
    }

    void sessionOption_selectsThatSession()
    {
        const QString a = createSession();
        const QString b = createSession();
        const QString c = createSession();
        // As main() does it: the server first, the key when the keychain answers, then the window.
        auto app = std::make_unique<MonitorApp>(m_folder->paths());
        app->useServer(m_fx->baseUrl());
        app->monitor().setApiKey(m_fx->apiKey());
        app->showWindow(b);
        QTRY_COMPARE_WITH_TIMEOUT(app->window().livePane()->sessionId(), b, 10000);
        QCOMPARE(app->window().sessionPanel()->currentSessionId(), b);
        Q_UNUSED(a)
        Q_UNUSED(c)
    }

    void sessionOption_inTheProgramItself_selectsThatSession()
    {
        // Through main(): QGuiApplication takes --session for X11 session management.
        const QString a = createSession();
        const QString b = createSession();
        const QString c = createSession();
        QProcess program;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AGI_API_KEY"), QString::fromLatin1(m_fx->apiKey()));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            env.insert(QLatin1String(name), m_folder->filePath(QLatin1String(name)));
        program.setProcessEnvironment(env);
        program.start(QStringLiteral(AGI_MONITOR_BIN),
            {QStringLiteral("--base-url"), m_fx->baseUrl().toString(), QStringLiteral("--session"), b});
        QVERIFY(program.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!m_fx->requests(Endpoint::Screenshot).isEmpty(), 20000);
        program.kill();
        program.waitForFinished();
        for (const RequestRecord &shot : m_fx->requests(Endpoint::Screenshot))
            QCOMPARE(shot.sessionId, b);
        Q_UNUSED(a)
        Q_UNUSED(c)
    }

    void start_theArrowKeysChooseASession()
    {
        // The session list has the keyboard when the window opens (a focused filter field would
        // also blink its cursor, repainting, for as long as the window is active).
        createSession();
        createSession();
        auto app = startApp();
        QVERIFY(QTest::qWaitForWindowActive(&app->window()));
        SessionListPanel *panel = app->window().sessionPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->view()->model()->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->currentSessionId().isEmpty(), 10000);
        const QString first = panel->currentSessionId();
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QVERIFY(!panel->currentSessionId().isEmpty());
        QVERIFY(panel->currentSessionId() != first);
    }

    void frameIntervalChange_takesEffectAtOnce()
    {
        Settings(m_folder->paths().settingsFile).setFrameIntervalMs(60000);
        const QString id = createSession();
        auto app = startApp(id);
        QTRY_VERIFY_WITH_TIMEOUT(!app->window().livePane()->frame().isNull(), 10000);
        const int before = m_fx->count(Endpoint::Screenshot, id);

        // Through the settings, as the Settings dialog's OK does: no restart, no new selection.
        app->settings().setFrameIntervalMs(Settings::minimumFrameIntervalMs);
        QCOMPARE(app->window().livePane()->poller()->interval(), Settings::minimumFrameIntervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->count(Endpoint::Screenshot, id) >= before + 3, 10000);
    }

    void serverChange_takesEffectAtOnce()
    {
        emu::EmulatorConfig config = test::EmulatorFixture::defaults();
        config.seed = 99;
        test::EmulatorFixture other(config);
        QVERIFY(other.isRunning());
        test::HttpProbe otherProbe(other.baseUrl(), other.apiKey());
        const QString elsewhere = test::SessionApi(otherProbe).create().value(QStringLiteral("session_id")).toString();
        const QString here = createSession();

        // Started on the settings' server (not --base-url), as a user who changes it would be.
        Settings(m_folder->paths().settingsFile).setBaseUrl(m_fx->baseUrl());
        auto app = std::make_unique<MonitorApp>(m_folder->paths());
        app->useServer({}, m_fx->apiKey());
        app->showWindow();
        QTRY_VERIFY_WITH_TIMEOUT(app->window().sessionModel()->rowOf(here) >= 0, 10000);

        app->settings().setBaseUrl(other.baseUrl());
        QCOMPARE(app->client().baseUrl(), other.baseUrl());
        QTRY_VERIFY_WITH_TIMEOUT(app->window().sessionModel()->rowOf(elsewhere) >= 0, 10000);
        QCOMPARE(app->window().sessionModel()->rowOf(here), -1);
        QVERIFY(other.count(Endpoint::ListSessions) > 0);
    }

    void watchedSessionThatFinishesUnderTheActiveFilter_staysShown()
    {
        const QString other = createSession(QStringLiteral("Research the history of the telescope"));
        const QString watched = createSession(QStringLiteral("Research the history of the printing press"));
        auto app = startApp(watched);
        MainWindow &window = app->window();
        QTRY_COMPARE_WITH_TIMEOUT(window.livePane()->sessionId(), watched, 10000);
        auto *filter = window.sessionPanel()->findChild<QComboBox *>(QStringLiteral("statusFilterCombo"));
        filter->setCurrentIndex(filter->findText(SessionListPanel::tr("Active")));

        // The task ends: the session is "ready" again and leaves the Active view.
        const auto inView = [&] {
            const QAbstractItemModel *proxy = window.sessionPanel()->proxy();
            for (int row = 0; row < proxy->rowCount(); ++row) {
                if (proxy->index(row, 0).data(SessionListModel::IdRole).toString() == watched)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!inView(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.livePane()->session().status.value != SessionStatus::Value::Running, 10000);
        QCOMPARE(window.livePane()->sessionId(), watched);
        QCOMPARE(window.sessionPanel()->currentSessionId(), watched);
        Q_UNUSED(other)
    }

    void watchedSessionDeletedElsewhere_staysShownAsNoLongerListed()
    {
        const QString other = createSession();
        const QString watched = createSession();
        auto app = startApp(watched);
        MainWindow &window = app->window();
        QTRY_VERIFY_WITH_TIMEOUT(!window.livePane()->frame().isNull(), 10000);
        QCOMPARE(window.livePane()->sessionId(), watched);

        QCOMPARE(m_probe->del(QStringLiteral("/v1/sessions/%1").arg(watched)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionModel()->rowOf(watched) < 0, 10000);
        QCOMPARE(window.livePane()->sessionId(), watched);
        QCOMPARE(window.sessionPanel()->currentSessionId(), watched);
        QVERIFY(!window.livePane()->frame().isNull());
        QTRY_COMPARE(stateText(*app), LivePane::tr("No longer listed: showing its last frame"));
        QVERIFY(!window.actions()->endSession->isEnabled());
        Q_UNUSED(other)
    }

    void hostileUrlAndLongError_showVisiblyAndKeepTheTitle()
    {
        const QString watched = createSession();
        auto app = startApp(watched);
        MainWindow &window = app->window();
        window.resize(1100, 700);
        QTRY_VERIFY_WITH_TIMEOUT(!window.livePane()->frame().isNull(), 10000);

        // A right-to-left override would show ".../invoice\u202Etxt.exe" as ".../invoiceexe.txt".
        const QByteArray body = R"({"url": "https://files.example.com/invoice%E2%80%AEtxt.exe"})";
        QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/navigate").arg(watched), body).status, 200);
        auto *url = window.findChild<ElidedLabel *>(QStringLiteral("frameUrlLabel"));
        auto *title = window.findChild<ElidedLabel *>(QStringLiteral("frameTitleLabel"));
        QVERIFY(url && title);
        QTRY_VERIFY_WITH_TIMEOUT(url->fullText().contains(QLatin1String("invoice")), 10000);
        QVERIFY2(!url->fullText().contains(QChar(0x202E)), qPrintable(url->fullText()));
        QVERIFY2(url->fullText().contains(QLatin1String("invoice<U+202E>txt.exe")), // QUrl decodes %E2%80%AE
            qPrintable(url->fullText()));
        QVERIFY(!title->fullText().contains(QLatin1Char('\n')));

        // A long error stays in its place: the title keeps most of the header.
        const int titleWidth = title->width();
        m_fx->armFault(QStringLiteral("screenshot:http=503"));
        window.livePane()->poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(stateText(*app).contains(QLatin1String("503")), 10000);
        QVERIFY2(stateText(*app).size() > 40, qPrintable(stateText(*app)));
        QCoreApplication::processEvents(); // the header's layout
        QVERIFY2(title->width() >= titleWidth * 2 / 3,
            qPrintable(QStringLiteral("%1 -> %2").arg(titleWidth).arg(title->width())));
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
