// The wall of live thumbnails, in the window as main() wires it, against the emulator: a tile per
// active session with its state, Enter and a double-click open the session view on it, nothing is
// fetched for it while it is hidden, and its pace follows the wallInterval setting and its size.
#include "appactions.h"
#include "dialogseam.h"
#include "live/framepoller.h"
#include "live/livesession.h"
#include "livepane.h"
#include "mainwindow.h"
#include "monitor/sessionmonitor.h"
#include "monitorapp.h"
#include "settings/settings.h"
#include "walltile.h"
#include "wallview.h"

#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "testappfolder.h"

#include <QAction>
#include <QTest>

#include <memory>

using namespace agi;
using emu::Endpoint;

namespace {
constexpr int WaitMs = 20000;
} // namespace

class TestWall final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestAppFolder> m_folder;
    std::unique_ptr<MonitorApp> m_app;

    QStringList startWithSessions(int count)
    {
        emu::EmulatorConfig config = test::EmulatorFixture::defaults();
        config.frameSize = QSize(320, 200);
        m_fx = std::make_unique<test::EmulatorFixture>(config);
        if (!m_fx->isRunning())
            return {};
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids.append(test::SessionApi(*m_probe).start(QStringLiteral("Wall task %1").arg(i)));
        return ids;
    }

    MainWindow &showApp()
    {
        m_folder = std::make_unique<test::TestAppFolder>(*m_fx, [](Settings &settings) {
            settings.setListRefreshMs(1000);
            settings.setWallIntervalMs(500);
            settings.setFrameIntervalMs(500);
        });
        m_app = m_folder->startApp();
        m_app->window().showWall(true); // as main() does for --wall
        m_app->showWindow(QString());
        return m_app->window();
    }

private Q_SLOTS:
    void initTestCase() { DialogSeam::setScripted(true); }

    void cleanup()
    {
        m_app.reset();
        m_probe.reset();
        m_folder.reset(); // before the emulator it refers to
        m_fx.reset();
    }

    void intervalRule()
    {
        QCOMPARE(WallView::tileInterval(1000, 1), 1000);
        QCOMPARE(WallView::tileInterval(1000, 16), 1000);
        QCOMPARE(WallView::tileInterval(1000, 32), 2000);
        QCOMPARE(WallView::tileInterval(1000, 24), 1500);
        QCOMPARE(WallView::tileInterval(500, 0), 500);
    }

    void tilePerActiveSessionWithFrames()
    {
        const QStringList ids = startWithSessions(3);
        QCOMPARE(ids.size(), 3);
        MainWindow &window = showApp();
        QVERIFY(window.isWallShown());
        QVERIFY(window.actions()->showWall->isChecked());
        WallView *wall = window.wallView();
        QTRY_COMPARE_WITH_TIMEOUT(wall->tileIds().size(), 3, WaitMs);
        for (const QString &id : ids) {
            WallTile *tile = wall->tile(id);
            QVERIFY(tile);
            QVERIFY(!tile->stateText().isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(!tile->liveSession()->poller()->frame().isNull(), WaitMs);
            // Decoded at tile size, not the emulator's full frame.
            QVERIFY(tile->liveSession()->poller()->frame().image.width() <= tile->width());
            QCOMPARE(tile->liveSession()->poller()->interval(), 500);
        }
        // The setting applies while running.
        m_app->monitor().settings()->setWallIntervalMs(750);
        QCOMPARE(wall->tile(ids.first())->liveSession()->poller()->interval(), 750);
    }

    void enterAndDoubleClickOpenTheSession()
    {
        const QStringList ids = startWithSessions(2);
        QCOMPARE(ids.size(), 2);
        MainWindow &window = showApp();
        WallView *wall = window.wallView();
        QTRY_COMPARE_WITH_TIMEOUT(wall->tileIds().size(), 2, WaitMs);
        WallTile *tile = wall->tile(ids.at(1));
        QTest::keyClick(tile, Qt::Key_Return);
        QVERIFY(!window.isWallShown());
        QTRY_COMPARE_WITH_TIMEOUT(window.livePane()->sessionId(), ids.at(1), WaitMs);

        window.actions()->showWall->trigger();
        QVERIFY(window.isWallShown());
        tile = wall->tile(ids.at(0));
        QTest::mouseDClick(tile, Qt::LeftButton);
        QVERIFY(!window.isWallShown());
        QTRY_COMPARE_WITH_TIMEOUT(window.livePane()->sessionId(), ids.at(0), WaitMs);
    }

    void hiddenWallFetchesNothing()
    {
        const QStringList ids = startWithSessions(3);
        QCOMPARE(ids.size(), 3);
        MainWindow &window = showApp();
        WallView *wall = window.wallView();
        QTRY_COMPARE_WITH_TIMEOUT(wall->tileIds().size(), 3, WaitMs);
        for (const QString &id : ids)
            QTRY_VERIFY_WITH_TIMEOUT(!wall->tile(id)->liveSession()->poller()->frame().isNull(), WaitMs);
        // The session view shows the first; the other two are the wall's alone.
        window.selectSession(ids.at(0));
        window.showWall(false);
        QTRY_COMPARE_WITH_TIMEOUT(window.livePane()->sessionId(), ids.at(0), WaitMs);
        for (int i = 1; i < ids.size(); ++i) {
            FramePoller *poller = wall->tile(ids.at(i))->liveSession()->poller();
            QVERIFY(!wall->tile(ids.at(i))->liveSession()->isPolling());
            QTRY_VERIFY_WITH_TIMEOUT(!poller->isRequestInFlight(), WaitMs);
        }
        QList<int> before;
        for (int i = 1; i < ids.size(); ++i)
            before.append(m_fx->count(Endpoint::Screenshot, ids.at(i)));
        // Let the session view fetch a few frames meanwhile: the wall's sessions get none.
        FramePoller *shown = window.livePane()->liveSession()->poller();
        const int shownBefore = shown->requestCount();
        QTRY_VERIFY_WITH_TIMEOUT(shown->requestCount() >= shownBefore + 3, WaitMs);
        for (int i = 1; i < ids.size(); ++i)
            QCOMPARE(m_fx->count(Endpoint::Screenshot, ids.at(i)), before.at(i - 1));
    }
};

QTEST_MAIN(TestWall)
#include "tst_wall.moc"
