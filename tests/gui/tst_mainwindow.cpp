// The real MainWindow against the in-process emulator: what a user sees in the list and the live
// pane, and what the window asks of the server (counted in the emulator's request log).
#include "api/apiclient.h"
#include "appactions.h"
#include "dialogseam.h"
#include "elidedlabel.h"
#include "emulator/faultinjector.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "frameview.h"
#include "httpprobe.h"
#include "live/framepoller.h"
#include "livepane.h"
#include "mainwindow.h"
#include "model/sessionfilterproxy.h"
#include "model/sessionlistmodel.h"
#include "model/sessionlistrefresher.h"
#include "model/sessiontaskfetcher.h"
#include "model/snapshotlibrary.h"
#include "monitor/sessionmonitor.h"
#include "sessionlistpanel.h"
#include "settings/settings.h"
#include "statusbanner.h"
#include "testclient.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using agi::ApiError;
using agi::ElidedLabel;
using agi::FramePoller;
using agi::MainWindow;
using agi::SessionListModel;
using agi::emu::Endpoint;

// Stands in for the system browser: QDesktopServices hands it the URLs the window opens.
class UrlRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<agi::test::EmulatorFixture> m_fx;
    std::unique_ptr<agi::test::HttpProbe> m_probe;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<agi::test::TestClient> m_client;
    std::unique_ptr<agi::Settings> m_settings;
    std::unique_ptr<agi::SnapshotLibrary> m_library;
    std::unique_ptr<agi::SessionMonitor> m_monitor;
    std::unique_ptr<MainWindow> m_window;

    void makeWindow()
    {
        m_monitor = std::make_unique<agi::SessionMonitor>(m_client->client(), m_settings.get(), m_library.get());
        m_window = std::make_unique<MainWindow>(m_monitor.get(), nullptr);
        m_monitor->start();
    }

    QString createSession()
    {
        agi::test::SessionApi api(*m_probe);
        const QString id = api.create().value(QStringLiteral("session_id")).toString();
        if (id.isEmpty())
            qWarning("the emulator did not create a session");
        return id;
    }

    bool navigate(const QString &id, const QString &url)
    {
        const QJsonObject body {{QStringLiteral("url"), url}};
        return m_probe->post(QStringLiteral("/v1/sessions/%1/navigate").arg(id), QJsonDocument(body).toJson()).status
            == 200;
    }

    void openWindow()
    {
        makeWindow();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    ElidedLabel *label(const char *name) const { return m_window->findChild<ElidedLabel *>(QLatin1String(name)); }

    // Selects `id` and waits for its first frame.
    void watch(const QString &id)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->sessionModel()->rowOf(id) >= 0, 10000);
        QVERIFY(m_window->sessionPanel()->selectSession(id));
        QCOMPARE(m_window->livePane()->sessionId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->livePane()->frameView()->image().isNull(), 10000);
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<agi::test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<agi::test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_dir = std::make_unique<QTemporaryDir>();
        m_client = std::make_unique<agi::test::TestClient>(*m_fx);
        m_client->client()->setMaxAttempts(1);
        m_settings = std::make_unique<agi::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_settings->setListRefreshMs(1000);
        m_settings->setFrameIntervalMs(500);
        m_library = std::make_unique<agi::SnapshotLibrary>(m_dir->path());
    }

    void cleanup()
    {
        m_window.reset();
        m_monitor.reset();
        m_library.reset();
        m_settings.reset();
        m_client.reset();
        m_probe.reset();
        m_fx.reset();
        m_dir.reset();
    }

    void everyMenuGivesEachAccessKeyOnce_data()
    {
        QTest::addColumn<QString>("translation"); // empty: the English of the sources
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral(":/i18n/agi-monitor_de.qm");
    }

    void everyMenuGivesEachAccessKeyOnce()
    {
        // Alt and a letter open a menu, then a letter picks an item; a letter two items share only
        // moves between them.
        QFETCH(QString, translation);
        QTranslator translator;
        if (!translation.isEmpty()) {
            QVERIFY(translator.load(translation));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        makeWindow();
        QCoreApplication::removeTranslator(&translator);
        const auto accessKey = [](const QString &text) {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) != QLatin1Char('&'))
                    continue;
                if (text.at(i + 1) != QLatin1Char('&'))
                    return text.at(i + 1).toLower();
                ++i; // "&&" is a literal ampersand
            }
            return QChar();
        };
        QList<QWidget *> menus {m_window->menuBar()};
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
            menus.append(menu);
        QVERIFY(menus.size() > 4);
        QStringList shared;
        for (QWidget *menu : std::as_const(menus)) {
            QHash<QChar, QString> taken;
            for (QAction *action : menu->actions()) {
                const QChar key = accessKey(action->text());
                if (action->isSeparator() || !action->isVisible() || key.isNull())
                    continue;
                if (taken.contains(key))
                    shared.append(QStringLiteral("'%1' and '%2' (%3)").arg(taken.value(key), action->text(), key));
                taken.insert(key, action->text());
            }
        }
        QVERIFY2(shared.isEmpty(), qPrintable(shared.join(QLatin1String(", "))));
    }

    void listShowsTheServersSessions()
    {
        openWindow();
        auto *empty = m_window->findChild<QWidget *>(QStringLiteral("sessionListEmptyState"));
        QVERIFY(empty);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->refresher()->lastSuccess().isValid(), 10000);
        QVERIFY(empty->isVisible()); // no sessions yet: the newcomer is told what to do
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("sessionListEmptyText"))
                    ->text()
                    .contains(QStringLiteral("Ctrl+N")));

        const QString first = createSession();
        const QString second = createSession();
        m_window->actions()->refresh->trigger();
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("sessionView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 10000);
        QVERIFY(!empty->isVisible());
        QStringList shown;
        for (int row = 0; row < 2; ++row)
            shown << view->model()
                         ->index(row, agi::SessionListModel::IdColumn)
                         .data(agi::SessionListModel::IdRole)
                         .toString();
        QVERIFY(shown.contains(first));
        QVERIFY(shown.contains(second));
        // The first load selects the newest session so the pane has something to show.
        QVERIFY(!m_window->livePane()->sessionId().isEmpty());
        QTRY_VERIFY(
            m_window->findChild<QLabel *>(QStringLiteral("sessionCountLabel"))->text().contains(QLatin1String("2")));
    }

    void selectionShowsFrameUrlAndTitleAndFollowsThePage()
    {
        const QString id = createSession();
        QVERIFY(navigate(id, QStringLiteral("https://shop.example.com/first-page")));
        openWindow();
        watch(id);
        QTRY_COMPARE_WITH_TIMEOUT(
            label("frameUrlLabel")->fullText(), QStringLiteral("https://shop.example.com/first-page"), 10000);
        QVERIFY(label("frameTitleLabel")->fullText().contains(QStringLiteral("First page")));

        QVERIFY(navigate(id, QStringLiteral("https://docs.example.org/second-page")));
        QTRY_COMPARE_WITH_TIMEOUT(
            label("frameUrlLabel")->fullText(), QStringLiteral("https://docs.example.org/second-page"), 10000);
        QTRY_VERIFY(label("frameTitleLabel")->fullText().contains(QStringLiteral("Second page")));
        QVERIFY(m_window->actions()->saveFrame->isEnabled());
        QVERIFY(m_window->actions()->copyUrl->isEnabled());
    }

    void openLiveViewOpensTheSessionsVncUrl()
    {
        const QString id = createSession();
        agi::test::SessionApi api(*m_probe);
        QTRY_COMPARE_WITH_TIMEOUT(api.sessionStatus(id), QStringLiteral("ready"), 10000);
        const int asked = m_fx->count(Endpoint::GetSession, id); // the probe's own
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->sessionModel()->rowOf(id) >= 0, 10000);
        // The list does not carry vnc_url: the window has to ask for the session itself.
        QVERIFY(m_window->sessionModel()->sessionAt(m_window->sessionModel()->rowOf(id)).vncUrl.isEmpty());
        QVERIFY(m_window->sessionPanel()->selectSession(id));
        QAction *liveView = m_window->actions()->openLiveView;
        QTRY_VERIFY_WITH_TIMEOUT(liveView->isEnabled(), 10000);

        UrlRecorder browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        liveView->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(browser.opened, QList<QUrl> {m_fx->url(QStringLiteral("/vnc/") + id)});

        // Once per selection: refreshes that change nothing do not ask again.
        QCOMPARE(m_fx->count(Endpoint::GetSession, id), asked + 1);
        QSignalSpy refreshed(m_window->refresher(), &agi::SessionListRefresher::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, 10000);
        QCOMPARE(m_fx->count(Endpoint::GetSession, id), asked + 1);
        QVERIFY(liveView->isEnabled());

        // A new status (set to work and paused elsewhere) fetches the session again.
        QCOMPARE(api.sendMessage(id, QStringLiteral("Open the docs")).status, 200);
        QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/pause").arg(id), QByteArrayLiteral("{}")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->count(Endpoint::GetSession, id) >= asked + 2, 10000);
        QVERIFY(liveView->isEnabled());
    }

    void taskColumnShowsTasksOfSessionsMadeElsewhere()
    {
        const QString id = createSession();
        agi::test::SessionApi api(*m_probe);
        QCOMPARE(api.sendMessage(id, QStringLiteral("Find a hotel in Porto")).status, 200);
        openWindow();
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("sessionView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, agi::SessionListModel::TaskColumn).data().toString(),
            QStringLiteral("Find a hotel in Porto"), 10000);
    }

    void taskColumnAsksOnlyAboutRowsInSight()
    {
        for (int i = 0; i < 40; ++i)
            createSession();
        openWindow();
        m_window->resize(1000, 420); // a few rows in sight, most of the list below
        agi::SessionListPanel *panel = m_window->sessionPanel();
        agi::SessionTaskFetcher *tasks = m_monitor->tasks();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->sessionModel()->rowCount(), 40, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !tasks->visibleSessions().isEmpty() && tasks->visibleSessions() == panel->visibleSessionIds(), 10000);
        const QStringList top = tasks->visibleSessions();
        QVERIFY(top.size() < 20);
        const auto asked = [this] {
            QSet<QString> ids;
            for (const agi::emu::RequestRecord &r : m_fx->requests(Endpoint::Messages))
                ids.insert(r.sessionId);
            return ids;
        };
        QTRY_VERIFY_WITH_TIMEOUT(asked().contains(QSet<QString>(top.cbegin(), top.cend())), 20000);

        // Scrolled to the end: the rows now in sight are asked about; the middle of the list never is.
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("sessionView"));
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(tasks->visibleSessions() != top, 10000);
        const QStringList bottom = tasks->visibleSessions();
        QCOMPARE(bottom, panel->visibleSessionIds());
        QTRY_VERIFY_WITH_TIMEOUT(asked().contains(QSet<QString>(bottom.cbegin(), bottom.cend())), 20000);
        QSet<QString> inSight(top.cbegin(), top.cend());
        inSight.unite(QSet<QString>(bottom.cbegin(), bottom.cend()));
        QVERIFY(inSight.contains(asked()));
        QVERIFY(asked().size() < 40);
    }

    void stalledListSaysItWaitsAndF5AsksAgain()
    {
        createSession();
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->refresher()->lastSuccess().isValid(), 10000);
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("lastRefreshLabel"));
        QVERIFY(label);
        QTRY_VERIFY(label->text().startsWith(QStringLiteral("Refreshed")));
        m_window->refresher()->setSlowAfter(300); // sooner than the 3 s the user waits, to keep this short

        m_fx->armFault(QStringLiteral("list:stall,times=1"));
        m_window->actions()->refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Waiting for the server (")), 10000);
        // Counting up while it waits.
        QTRY_VERIFY_WITH_TIMEOUT(label->text() == QStringLiteral("Waiting for the server (2 s)"), 10000);
        const agi::emu::RequestRecord stalled = m_fx->requests(Endpoint::ListSessions).constLast();
        QVERIFY(stalled.inFlight());

        // F5 gives up on it and asks again at once.
        QSignalSpy refreshed(m_window->refresher(), &agi::SessionListRefresher::refreshed);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(label->text().startsWith(QStringLiteral("Refreshed")));
        const QList<agi::emu::RequestRecord> lists = m_fx->requests(Endpoint::ListSessions);
        const auto after = std::find_if(
            lists.cbegin(), lists.cend(), [&stalled](const agi::emu::RequestRecord &r) { return r.id > stalled.id; });
        QVERIFY(after != lists.cend());
        QCOMPARE(after->status, 200);
        QVERIFY(after->startedMs - stalled.startedMs < m_window->refresher()->requestTimeout());
    }

    void selectionSurvivesRefreshes()
    {
        const QString a = createSession();
        const QString b = createSession();
        openWindow();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->sessionModel()->rowCount(), 2, 10000);
        QVERIFY(m_window->sessionPanel()->selectSession(a));
        const QString c = createSession();
        QSignalSpy refreshed(m_window->refresher(), &agi::SessionListRefresher::refreshed);
        m_window->actions()->refresh->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->sessionModel()->rowCount(), 3, 10000);
        QCOMPARE(m_window->sessionPanel()->currentSessionId(), a);
        QCOMPARE(m_window->livePane()->sessionId(), a);
        Q_UNUSED(b)
        Q_UNUSED(c)
    }

    void hiddenPaneAndMinimisedWindowFetchNoFrames()
    {
        const QString id = createSession();
        openWindow();
        watch(id);
        FramePoller *poller = m_window->livePane()->poller();

        m_window->livePane()->hide();
        QVERIFY(!m_window->livePane()->isPolling());
        QTRY_VERIFY_WITH_TIMEOUT(!poller->isRequestInFlight(), 10000);
        const int before = m_fx->count(Endpoint::Screenshot);
        // Two list refreshes (1 s apart) span several frame intervals (0.5 s): time enough to notice.
        QSignalSpy refreshed(m_window->refresher(), &agi::SessionListRefresher::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, 10000);
        QCOMPARE(m_fx->count(Endpoint::Screenshot), before);

        m_window->livePane()->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->count(Endpoint::Screenshot) > before, 10000);

        m_window->showMinimized();
        QVERIFY(!m_window->livePane()->isPolling());
        QCOMPARE(poller->state(), FramePoller::State::Paused);
        QVERIFY(!m_window->refresher()->isActive());
        m_window->showNormal();
        QVERIFY(m_window->livePane()->isPolling());
        const int resumed = m_fx->count(Endpoint::Screenshot);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->count(Endpoint::Screenshot) > resumed, 10000);
    }

    void failingListShowsBannerAndKeepsRows()
    {
        createSession();
        createSession();
        openWindow();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->sessionModel()->rowCount(), 2, 10000);
        auto *banner = m_window->findChild<agi::StatusBanner *>(QStringLiteral("sessionListBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        m_fx->armFault(QStringLiteral("list:http=500"));
        m_window->actions()->refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(banner->text().contains(QStringLiteral("500"))
            || banner->text().contains(QStringLiteral("server"), Qt::CaseInsensitive));
        QCOMPARE(banner->severity(), agi::StatusBanner::Severity::Error);
        QCOMPARE(m_window->findChild<QTreeView *>(QStringLiteral("sessionView"))->model()->rowCount(), 2);

        // Retry from the banner once the server is back: the banner goes away.
        m_fx->clearFaults();
        auto *retry = banner->findChild<QAbstractButton *>(QStringLiteral("statusBannerRetry"));
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    }

    void rejectedKeyAsksForAnotherOncePerEpisode()
    {
        m_client->client()->setApiKey("not-a-valid-key");
        makeWindow();
        QSignalSpy requested(m_window.get(), &MainWindow::apiKeyRequested);
        QSignalSpy failed(m_window->refresher(), &agi::SessionListRefresher::failed);
        m_window->show();
        QVERIFY(requested.wait(10000));
        QCOMPARE(requested.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("ApiKeyDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        // The next failing refresh does not stack a second dialog.
        dialog->reject();
        const int failures = failed.count();
        m_window->actions()->refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > failures, 10000);
        QCOMPARE(requested.count(), 1);
    }

    void undecodableFrameKeepsTheLastGoodOneWithANote()
    {
        const QString id = createSession();
        openWindow();
        watch(id);
        agi::FrameView *view = m_window->livePane()->frameView();
        QVERIFY(view->note().isEmpty());
        const QImage good = view->image();

        m_fx->armFault(QStringLiteral("screenshot:corrupt-jpeg"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->note().isEmpty(), 10000);
        QVERIFY(view->note().contains(QStringLiteral("decoded")));
        QCOMPARE(view->image(), good);

        m_fx->clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(view->note().isEmpty(), 15000);
    }

    void saveFrameWritesAJpegUnderASuggestedName()
    {
        const QString id = createSession();
        openWindow();
        watch(id);
        const QString target = m_dir->filePath(QStringLiteral("saved.jpg"));
        agi::DialogSeam::setNextFileName(target);
        m_window->actions()->saveFrame->trigger();
        const QList<agi::DialogSeam::Question> asked = agi::DialogSeam::asked();
        agi::DialogSeam::setScripted(false);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().kind, agi::DialogSeam::Kind::SaveFileName);
        const QRegularExpression name(
            QRegularExpression::escape(agi::SessionListModel::shortId(id)) + QStringLiteral("-\\d{8}-\\d{6}\\.jpg"));
        QVERIFY2(asked.first().detail.contains(name), qPrintable(asked.first().detail));
        // The server's JPEG as it came, at full size, though the pane shows it smaller.
        const agi::Frame frame = m_window->livePane()->frame();
        QVERIFY(frame.image.width() < frame.sourceSize.width());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), frame.encoded);
        QCOMPARE(QImage(target, "JPEG").size(), frame.sourceSize);
    }

    void copyFramePutsTheFullSizeImageOnTheClipboard()
    {
        const QString id = createSession();
        openWindow();
        watch(id);
        m_window->actions()->copyFrame->trigger();
        const agi::Frame frame = m_window->livePane()->frame();
        QCOMPARE(QGuiApplication::clipboard()->image().size(), frame.sourceSize);
    }

    void saveFrameThatFailsSaysWhy()
    {
        const QString id = createSession();
        openWindow();
        watch(id);
        // A file inside something that is not a folder cannot be written.
        QFile blocker(m_dir->filePath(QStringLiteral("missing")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        agi::DialogSeam::setNextFileName(m_dir->filePath(QStringLiteral("missing/saved.jpg")));
        m_window->actions()->saveFrame->trigger();
        const QList<agi::DialogSeam::Question> asked = agi::DialogSeam::asked();
        agi::DialogSeam::setScripted(false);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(1).kind, agi::DialogSeam::Kind::Warning);
        QVERIFY2(asked.at(1).text.contains(QStringLiteral("missing")), qPrintable(asked.at(1).text));
    }

    void columnsAndSplitterSurviveARestart()
    {
        openWindow();
        QTreeView *view = m_window->sessionPanel()->view();
        view->setColumnWidth(SessionListModel::AgentColumn, 211);
        view->sortByColumn(SessionListModel::AgentColumn, Qt::AscendingOrder);
        m_window->resize(1280, 800); // room for a 300 px list beside the session
        auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        const QList<int> sizes {300, splitter->width() - 300 - splitter->handleWidth()};
        splitter->setSizes(sizes);
        QVERIFY(m_window->close());
        m_window.reset();

        openWindow();
        view = m_window->sessionPanel()->view();
        QCOMPARE(view->columnWidth(SessionListModel::AgentColumn), 211);
        QCOMPARE(view->header()->sortIndicatorSection(), int(SessionListModel::AgentColumn));
        QCOMPARE(m_window->sessionPanel()->proxy()->sortColumn(), int(SessionListModel::AgentColumn));
        QCOMPARE(m_window->sessionPanel()->proxy()->sortOrder(), Qt::AscendingOrder);
        QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().constFirst(), 300);
    }

    void pageTitleWithMarkupIsShownAsText()
    {
        const QString id = createSession();
        QVERIFY(navigate(id, QStringLiteral("https://evil.example.com/a%3Cb%3Ebold%3Ci%3Ex")));
        openWindow();
        watch(id);
        ElidedLabel *title = label("frameTitleLabel");
        ElidedLabel *url = label("frameUrlLabel");
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(url->textFormat(), Qt::PlainText);
        QTRY_VERIFY_WITH_TIMEOUT(title->fullText().contains(QStringLiteral("<b>bold")), 10000);
        QVERIFY(title->text().contains(QStringLiteral("<b>")) || title->text().endsWith(QChar(0x2026)));
    }

    // The title has its row to itself up to the status badge: a long title is not cut where the
    // "updated ..." age in the row below begins.
    void titleRunsUpToTheStatusBadge()
    {
        const QString id = createSession();
        QVERIFY(navigate(id,
            QStringLiteral("https://www.example.com/a-page-whose-title-is-as-long-as-titles-on-the-web-"
                           "often-are-and-longer-than-the-header")));
        openWindow();
        watch(id);
        ElidedLabel *title = label("frameTitleLabel");
        ElidedLabel *state = label("pollerStateLabel");
        auto *age = m_window->findChild<QLabel *>(QStringLiteral("frameAgeLabel"));
        auto *badge = m_window->findChild<QWidget *>(QStringLiteral("sessionStatusBadge"));
        QVERIFY(age && badge);
        const QWidget *header = badge->parentWidget();
        const auto leftOf = [&](const QWidget *w) { return w->mapTo(header, QPoint(0, 0)).x(); };
        const auto rightOf = [&](const QWidget *w) { return w->mapTo(header, QPoint(w->width(), 0)).x(); };
        const auto reachesTheBadge = [&] {
            if (!title->text().endsWith(QChar(0x2026)) || !state->text().isEmpty() || !age->isVisible())
                return false;
            // An empty state label between them takes no room but a spacing.
            const int gap = leftOf(badge) - rightOf(title);
            return gap >= 0 && gap <= 2 * header->style()->pixelMetric(QStyle::PM_LayoutLeftMargin)
                && rightOf(title) > leftOf(age);
        };
        QTRY_VERIFY_WITH_TIMEOUT(reachesTheBadge(), 10000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
