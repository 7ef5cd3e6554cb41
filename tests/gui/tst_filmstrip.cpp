// Going back in time through a running session's frames, in the window as main() wires it,
// against the emulator: the keyboard and the filmstrip move to older frames and the header says
// which moment is shown, End and the Live button return to live, a timeline message shows the
// frame of its moment, Save frame writes the viewed frame's stored bytes, new frames keep
// arriving into the filmstrip while the user looks at the past, and a new frame repaints only the
// part of the strip it changes.
#include "agentpanel.h"
#include "appactions.h"
#include "dialogseam.h"
#include "filmstrip.h"
#include "frameview.h"
#include "live/framehistory.h"
#include "live/framepoller.h"
#include "live/livesession.h"
#include "livepane.h"
#include "mainwindow.h"
#include "model/messagemodel.h"
#include "monitorapp.h"
#include "settings/settings.h"
#include "timelineview.h"

#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "testappfolder.h"

#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMultiHash>
#include <QPaintEvent>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <functional>
#include <memory>

using namespace agi;

namespace {

constexpr int WaitMs = 30000;

//! Each paint of a widget: how many pixels it covered, and what `state()` said then.
class PaintRecorder final : public QObject
{
public:
    PaintRecorder(QWidget *widget, std::function<qint64()> state)
        : m_widget(widget)
        , m_state(std::move(state))
    {
        widget->installEventFilter(this);
    }
    qint64 whole() const { return qint64(m_widget->width()) * m_widget->height(); }
    //! The areas of the paints made in `state`.
    QList<qint64> areasIn(qint64 state) const { return m_areas.values(state); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint) {
            qint64 area = 0;
            for (const QRect &rect : static_cast<QPaintEvent *>(event)->region())
                area += qint64(rect.width()) * rect.height();
            m_areas.insert(m_state(), area);
        }
        return false;
    }

private:
    QWidget *m_widget;
    std::function<qint64()> m_state;
    QMultiHash<qint64, qint64> m_areas;
};

} // namespace

class TestFilmstrip final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestAppFolder> m_folder;
    std::unique_ptr<MonitorApp> m_app;
    QString m_sessionId;

    //! A running session (its agent given `task`, when there is one) with at least `frames` frames
    //! in its history, shown in the window.
    LivePane *showRunningSession(
        int frames, const QString &task = QStringLiteral("Research the history of the printing press"))
    {
        emu::EmulatorConfig config = test::EmulatorFixture::defaults();
        config.frameSize = QSize(320, 200);
        config.speed = 4;
        m_fx = std::make_unique<test::EmulatorFixture>(config);
        if (!m_fx->isRunning())
            return nullptr;
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        const QString id = test::SessionApi(*m_probe).start(task);
        m_sessionId = id;
        m_folder = std::make_unique<test::TestAppFolder>(*m_fx, [](Settings &settings) {
            settings.setListRefreshMs(1000);
            settings.setFrameIntervalMs(250);
        });
        m_app = m_folder->startApp();
        m_app->showWindow(id);
        LivePane *pane = m_app->window().livePane();
        const auto enough = [&] {
            const LiveSession *live = pane->liveSession();
            return live && live->history().size() >= frames;
        };
        if (!QTest::qWaitFor(enough, WaitMs))
            return nullptr;
        m_app->window().activateWindow();
        if (!QTest::qWaitForWindowActive(&m_app->window()))
            return nullptr;
        return pane;
    }

    static const FrameHistory &history(const LivePane *pane)
    {
        const LiveSession *live = pane->liveSession();
        if (!live)
            qFatal("no session shown");
        return live->history();
    }

    static QString ageText(const LivePane *pane)
    {
        return pane->findChild<QLabel *>(QStringLiteral("frameAgeLabel"))->text();
    }

    //! Sends the session to a new page and waits for its frame to reach the history.
    bool nextFrame(LivePane *pane)
    {
        const qint64 newest = history(pane).last().sequence;
        const QJsonObject body {{QStringLiteral("url"), QStringLiteral("https://example.com/page/%1").arg(newest)}};
        const QString path = QStringLiteral("/v1/sessions/%1/navigate").arg(m_sessionId);
        if (m_probe->post(path, QJsonDocument(body).toJson()).status != 200)
            return false;
        return QTest::qWaitFor([&] { return history(pane).last().sequence > newest; }, WaitMs);
    }

    //! Alt+Left until the frame `index` of the history is shown.
    static void stepBackTo(LivePane *pane, int index)
    {
        for (int i = history(pane).size() - 1; i > index; --i)
            QTest::keyClick(pane->frameView(), Qt::Key_Left, Qt::AltModifier);
    }

private Q_SLOTS:
    void initTestCase() { DialogSeam::setScripted(true); }

    void cleanup()
    {
        m_app.reset();
        m_probe.reset();
        m_folder.reset(); // before the emulator it refers to
        m_fx.reset();
        DialogSeam::clearAsked();
    }

    void keyboardShowsOlderFrameAndEndReturnsToLive()
    {
        LivePane *pane = showRunningSession(3);
        QVERIFY(pane);
        QVERIFY(!pane->isViewingPast());
        const FrameHistory &frames = history(pane);
        const int last = frames.size() - 1;
        const qint64 wanted = frames.at(last - 2).sequence;
        QTest::keyClick(pane->frameView(), Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(pane->frameView(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(pane->isViewingPast());
        QCOMPARE(pane->viewedSequence(), wanted);
        const int index = frames.indexOfSequence(wanted);
        // That frame is on screen, decoded at view size from its stored bytes, with its page.
        QCOMPARE(pane->frame().encoded, frames.encoded(index));
        QCOMPARE(pane->frame().url, frames.at(index).url);
        QVERIFY(!pane->frameView()->image().isNull());
        QCOMPARE(pane->frameView()->image().cacheKey(), pane->frame().image.cacheKey());
        const QString when = frames.at(index).changedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        QVERIFY2(ageText(pane).startsWith(QStringLiteral("viewing ") + when + QStringLiteral(", ")),
            qPrintable(ageText(pane)));
        QVERIFY2(ageText(pane).endsWith(QLatin1String(" ago")), qPrintable(ageText(pane)));
        QCOMPARE(pane->filmstrip()->currentSequence(), wanted);
        auto *liveButton = pane->findChild<QToolButton *>(QStringLiteral("goLiveButton"));
        QVERIFY(liveButton);
        QTRY_VERIFY(liveButton->isVisible()); // once the tool bar has laid it out

        // End returns to the live frame (End alone works inside the pane).
        pane->frameView()->setFocus();
        QTRY_VERIFY(pane->frameView()->hasFocus());
        QTest::keyClick(pane->frameView(), Qt::Key_End);
        QVERIFY(!pane->isViewingPast());
        QVERIFY(!ageText(pane).startsWith(QLatin1String("viewing")));
        QTRY_VERIFY(!liveButton->isVisible());

        // Alt+Home goes to the oldest frame; the Live button returns.
        QTest::keyClick(pane->frameView(), Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(pane->viewedSequence(), history(pane).at(0).sequence);
        liveButton->click();
        QVERIFY(!pane->isViewingPast());
        QCOMPARE(pane->frameView()->image().cacheKey(), pane->poller()->frame().image.cacheKey());
    }

    void newFramesArriveWhileScrubbing()
    {
        LivePane *pane = showRunningSession(2);
        QVERIFY(pane);
        stepBackTo(pane, 0);
        const qint64 viewed = pane->viewedSequence();
        QVERIFY(viewed > 0);
        const qint64 newest = history(pane).last().sequence;
        QTRY_VERIFY_WITH_TIMEOUT(history(pane).last().sequence > newest, WaitMs);
        // Still in the past, and the new frame is on the filmstrip (drawn, with its thumbnail decoded).
        QCOMPARE(pane->viewedSequence(), viewed);
        QVERIFY(ageText(pane).startsWith(QLatin1String("viewing")));
        QVERIFY(pane->filmstrip()->xOfSequence(history(pane).last().sequence) >= 0);
        QVERIFY(pane->filmstrip()->xOfSequence(history(pane).last().sequence) > pane->filmstrip()->xOfSequence(viewed));
        QCOMPARE(pane->filmstrip()->currentSequence(), viewed);
        // A drag across the strip to its left end chooses the oldest frame.
        Filmstrip *strip = pane->filmstrip();
        QTest::mousePress(strip, Qt::LeftButton, {}, QPoint(strip->width() / 2, strip->height() - 4));
        QTest::mouseRelease(strip, Qt::LeftButton, {}, QPoint(strip->width() / 2, strip->height() - 4));
        QVERIFY(pane->isViewingPast() || pane->viewedSequence() == 0);
        QTest::keyClick(pane->frameView(), Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(pane->viewedSequence(), history(pane).at(0).sequence);
    }

    void liveFramesBringTheirThumbnailsWithThem()
    {
        LivePane *pane = showRunningSession(1);
        QVERIFY(pane);
        Filmstrip *strip = pane->filmstrip();
        QVERIFY(strip->isVisible());
        QVERIFY(strip->width() > 0);
        // Each new frame is drawn at once, as the newest thumbnail: made on the decoding thread
        // with the frame, so the strip decodes nothing itself (before, each cost a JPEG decode on
        // the GUI thread).
        connect(pane->liveSession(), &LiveSession::historyChanged, strip, [strip] { strip->repaint(); });
        const int decodedBefore = strip->decodedCount();
        const qint64 first = history(pane).last().sequence;
        QTRY_VERIFY_WITH_TIMEOUT(history(pane).last().sequence >= first + 4, WaitMs);
        QCOMPARE(strip->decodedCount(), decodedBefore);
        // An older frame, not cached (a new strip, as after switching sessions back), is decoded.
        Filmstrip other;
        other.resize(strip->size());
        other.setSession(pane->liveSession());
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        other.repaint();
        QVERIFY(other.decodedCount() > 0);
    }

    void newFramesRepaintOnlyWhatTheyChangeAndLeaveNothingStale()
    {
        // No task: the frames are the pages this test opens, nothing else changes the strip.
        LivePane *pane = showRunningSession(1, {});
        QVERIFY(pane);
        Filmstrip *strip = pane->filmstrip();
        QVERIFY(strip->isVisible());
        // The strip's paints, by the newest frame and the frame viewed at the time.
        const auto state = [pane] { return history(pane).last().sequence * 1000 + pane->viewedSequence(); };
        PaintRecorder painted(strip, state);
        const auto paintsIn
            = [&](qint64 now) { return QTest::qWaitFor([&] { return !painted.areasIn(now).isEmpty(); }, WaitMs); };
        const auto allPartial = [&](qint64 now) {
            const QList<qint64> areas = painted.areasIn(now);
            return std::all_of(areas.cbegin(), areas.cend(), [&](qint64 area) { return area < painted.whole(); });
        };
        // What the strip shows must be what it paints from scratch (a resize paints it all again).
        const auto paintedAfresh = [strip] {
            const QSize size = strip->size();
            strip->resize(size + QSize(1, 0));
            strip->resize(size);
            strip->repaint(); // now, not later among the paints recorded
            return strip->grab().toImage();
        };

        // A new frame repaints a few columns at the strip's end where it does not make the time
        // axis longer (which happens a tenth at a time): the frames before it stay where they
        // were. Early in a session the axis grows with most frames; frames come until three did not.
        int steady = 0;
        for (int frames = 0; steady < 3 && frames < 60; ++frames) {
            const qint64 oldest = history(pane).at(0).sequence;
            const qint64 newest = history(pane).last().sequence;
            const int oldestX = strip->xOfSequence(oldest);
            const int newestX = strip->xOfSequence(newest);
            QVERIFY(nextFrame(pane));
            QVERIFY(paintsIn(state()));
            if (strip->xOfSequence(oldest) != oldestX || strip->xOfSequence(newest) != newestX)
                continue; // a longer axis: everything moved
            ++steady;
            QVERIFY2(allPartial(state()),
                qPrintable(
                    QStringLiteral("the strip was painted whole for frame %1").arg(history(pane).last().sequence)));
            const QImage shown = strip->grab().toImage();
            QCOMPARE(shown, paintedAfresh());
        }
        QCOMPARE(steady, 3);

        // Choosing another frame repaints the two highlights, and a new frame leaves the one
        // viewed highlighted.
        QTest::keyClick(pane->frameView(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(pane->isViewingPast());
        QVERIFY(paintsIn(state()));
        QVERIFY(allPartial(state()));
        QImage shown = strip->grab().toImage();
        QCOMPARE(shown, paintedAfresh());
        QVERIFY(nextFrame(pane));
        QVERIFY(paintsIn(state()));
        shown = strip->grab().toImage();
        QCOMPARE(shown, paintedAfresh());
        pane->frameView()->setFocus();
        QTRY_VERIFY(pane->frameView()->hasFocus());
        QTest::keyClick(pane->frameView(), Qt::Key_End);
        QVERIFY(!pane->isViewingPast());
        QVERIFY(paintsIn(state()));
        shown = strip->grab().toImage();
        QCOMPARE(shown, paintedAfresh());
    }

    void timelineMessageShowsFrameOfItsMoment()
    {
        LivePane *pane = showRunningSession(4);
        QVERIFY(pane);
        AgentPanel *panel = m_app->window().agentPanel();
        const MessageModel *messages = panel->timeline()->messages();
        const FrameHistory &frames = history(pane);
        // The oldest message with an id; its moment's frame is computed as the pane does.
        QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > 0 && messages->messageAt(0).id > 0, WaitMs);
        const int row = 0;
        const Message chosen = messages->messageAt(row);
        int index = chosen.timestamp.isValid() ? std::max(frames.indexAt(chosen.timestamp), 0) : 0;
        if (!chosen.timestamp.isValid()) {
            for (int i = 0; i < frames.size() && frames.at(i).messageId <= chosen.id; ++i)
                index = i;
        }
        QVERIFY2(index < frames.size() - 1, "the moment's frame is an older one");
        const qint64 wanted = frames.at(index).sequence;
        panel->timeline()->setCurrentIndex(messages->index(row));
        QCOMPARE(pane->viewedSequence(), wanted);
        QCOMPARE(pane->frame().encoded, frames.encoded(frames.indexOfSequence(wanted)));
        // Scrubbing marks the message of the moment in the timeline.
        QTest::keyClick(pane->frameView(), Qt::Key_Home, Qt::AltModifier);
        const qint64 messageId = frames.at(0).messageId;
        if (messageId > 0) {
            const QModelIndexList selected = panel->timeline()->selectionModel()->selectedIndexes();
            QCOMPARE(selected.size(), 1);
            QCOMPARE(selected.first().data(MessageModel::IdRole).toLongLong(), messageId);
        }
    }

    void saveFrameWhileScrubbingWritesThePastBytes()
    {
        LivePane *pane = showRunningSession(3);
        QVERIFY(pane);
        const FrameHistory &frames = history(pane);
        QTest::keyClick(pane->frameView(), Qt::Key_Left, Qt::AltModifier);
        const qint64 viewed = pane->viewedSequence();
        QVERIFY(viewed > 0);
        const QByteArray stored = frames.encoded(frames.indexOfSequence(viewed));
        QVERIFY(!stored.isEmpty());
        const QString path = m_folder->filePath(QStringLiteral("past.jpg"));
        DialogSeam::setNextFileName(path);
        m_app->window().actions()->saveFrame->trigger();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), stored);
        QVERIFY(stored != pane->poller()->frame().encoded);
    }
};

QTEST_MAIN(TestFilmstrip)
#include "tst_filmstrip.moc"
