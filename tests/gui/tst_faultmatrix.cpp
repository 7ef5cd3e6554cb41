// The fault matrix: the application wired as main() wires it (MonitorApp), offscreen, against the
// emulator, through every fault kind on every endpoint it calls. For each row: the app stays alive, a
// message naming the cause is shown, the list, the selection and the last frame are kept, nothing the
// user did not ask for is sent twice (request log), the local snapshot library is intact, and the
// app recovers by itself once the fault is spent. The matrix and its results: docs/reliability.md.
#include "api/apiclient.h"
#include "api/createsessionrequest.h"
#include "api/snapshotmode.h"
#include "elidedlabel.h"
#include "frameview.h"
#include "live/frame.h"
#include "live/framepoller.h"
#include "live/livesession.h"
#include "live/messagefeed.h"
#include "livepane.h"
#include "mainwindow.h"
#include "model/sessionlistmodel.h"
#include "model/snapshotlibrary.h"
#include "monitor/createsessionoperation.h"
#include "monitor/endsessionoperation.h"
#include "monitor/modelcatalog.h"
#include "monitor/sessioncommand.h"
#include "monitor/sessionmonitor.h"
#include "monitorapp.h"
#include "sessionlistpanel.h"
#include "settings/settings.h"
#include "statusbanner.h"

#include "dialogseam.h"
#include "emulator/faultinjector.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "testappfolder.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace agi;
using agi::emu::Endpoint;
using agi::emu::RequestRecord;

namespace {

// Short enough that a stall or a long latency is reported within a second; long enough for a
// 320x200 frame from a loaded machine.
constexpr int TimeoutMs = 1000;
constexpr int ListRefreshMs = 1000;
constexpr int FrameIntervalMs = 500;
constexpr int WaitMs = 15000;

//! Which words name the cause of a fault kind in what the user reads (ApiError::userMessage(), the
//! live pane's texts): any one of them is enough.
QStringList causeWords(const QString &kind)
{
    if (kind.startsWith(QLatin1String("http=429")))
        return {QStringLiteral("Rate limited")};
    if (kind.startsWith(QLatin1String("http=")))
        return {QStringLiteral("server failed (%1)").arg(kind.mid(5, 3))};
    if (kind == QLatin1String("drop"))
        return {QStringLiteral("Could not reach the server"), QStringLiteral("closed")};
    if (kind == QLatin1String("truncate"))
        return {QStringLiteral("Could not reach the server"), QStringLiteral("closed"), QStringLiteral("cannot use"),
            QStringLiteral("could not be read")};
    if (kind == QLatin1String("malformed-json"))
        return {QStringLiteral("cannot use"), QStringLiteral("could not be read")};
    if (kind == QLatin1String("corrupt-jpeg"))
        return {QStringLiteral("could not be decoded")};
    if (kind == QLatin1String("huge-image"))
        return {QStringLiteral("could not be decoded"), QStringLiteral("too large")};
    if (kind.startsWith(QLatin1String("slow")))
        return {QStringLiteral("Waiting for the server"), QStringLiteral("did not answer")};
    // stall, latency beyond the timeout
    return {QStringLiteral("did not answer")};
}

bool namesCause(const QString &text, const QStringList &words)
{
    return std::any_of(words.begin(), words.end(), [&](const QString &w) { return text.contains(w); });
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFaultMatrix final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestAppFolder> m_folder;
    std::unique_ptr<MonitorApp> m_app;
    QTimer m_watcher;
    QStringList m_seen; // every text the user could read while the fault lasted, in order
    QString m_first;    // the session watched first
    QString m_second;   // the session selected while a fault is armed
    QString m_libraryPath;

    QString createSession(const QString &task) { return test::SessionApi(*m_probe).start(task); }

    //! What the user can read right now: the banners, the live pane's state label and note, the
    //! status bar.
    QStringList visibleTexts() const
    {
        QStringList texts;
        MainWindow &window = m_app->window();
        for (StatusBanner *banner :
            {window.windowBanner(), window.sessionPanel()->banner(), window.livePane()->problemBanner()}) {
            if (banner->isVisible())
                texts.append(banner->text());
        }
        // Elided on screen; the whole text is what a user reads in its tooltip.
        if (auto *state = window.findChild<ElidedLabel *>(QStringLiteral("pollerStateLabel"));
            state && state->isVisible())
            texts.append(state->fullText());
        if (auto *view = window.livePane()->findChild<FrameView *>())
            texts.append(view->note());
        texts.append(window.statusBar()->currentMessage());
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->isVisible())
                texts.append(label->text());
        }
        texts.removeAll(QString());
        return texts;
    }

    void record()
    {
        if (!m_app)
            return;
        for (const QString &text : visibleTexts()) {
            if (m_seen.isEmpty() || !m_seen.contains(text))
                m_seen.append(text);
        }
    }

    bool seen(const QStringList &words) const
    {
        return std::any_of(m_seen.begin(), m_seen.end(), [&](const QString &t) { return namesCause(t, words); });
    }

    bool showsNow(const QStringList &words) const
    {
        const QStringList texts = visibleTexts();
        return std::any_of(texts.begin(), texts.end(), [&](const QString &t) { return namesCause(t, words); });
    }

    qint64 lastRequestId() const
    {
        const QList<RequestRecord> all = m_fx->requests();
        return all.isEmpty() ? 0 : all.last().id;
    }

    //! Requests of `endpoint` after request `id`, about `sessionId` only unless it is empty.
    QList<RequestRecord> requestsAfter(qint64 id, Endpoint endpoint, const QString &sessionId = {}) const
    {
        QList<RequestRecord> out;
        for (const RequestRecord &r : m_fx->requests(endpoint, sessionId)) {
            if (r.id > id)
                out.append(r);
        }
        return out;
    }

    void verifyEventLoopAnswers()
    {
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
    }

    //! Requests of one retry loop, oldest first, must be spaced at least as the documented schedule
    //! says (Backoff: first, twice that ..., -20 % jitter; never sooner than the interval or the
    //! server's Retry-After). `resends`: Qt may repeat a read at once after a dropped connection.
    //! The first `faulted` requests met the fault (a garbled body comes with status 200).
    static bool spacedByBackoff(const QList<RequestRecord> &requests, qsizetype faulted, int firstMs, int floorMs,
        int retryAfterMs, bool resends, QString *why)
    {
        int failures = 0;
        for (qsizetype i = 1; i < requests.size(); ++i) {
            const RequestRecord &previous = requests.at(i - 1);
            if (i - 1 >= faulted && previous.status == 200 && !previous.dropped)
                break; // recovered: the loop is back on its interval
            const qint64 gap = requests.at(i).startedMs - previous.startedMs;
            if (resends && previous.dropped && gap < 100)
                continue; // Qt's own resend of a read, once per attempt
            ++failures;
            const qint64 schedule = std::min<qint64>(qint64(firstMs) << std::min(failures - 1, 16), 60000);
            // 0.8 for the jitter, 0.95 for a coarse timer that may fire early.
            const qint64 lower = std::max<qint64>({schedule * 8 / 10, floorMs, retryAfterMs}) * 95 / 100;
            if (gap < lower) {
                *why = QStringLiteral("request %1 came %2 ms after the one before; the backoff allows no sooner than "
                                      "%3 ms")
                           .arg(i)
                           .arg(gap)
                           .arg(lower);
                return false;
            }
        }
        return true;
    }

    void startApp()
    {
        m_app = m_folder->startApp();
        m_app->client().setTimeoutOverride(TimeoutMs);
        m_app->showWindow(m_first);
    }

    //! Until the first session's frame is shown and the list holds both sessions.
    void settle()
    {
        MainWindow &window = m_app->window();
        QTRY_VERIFY_WITH_TIMEOUT(!window.livePane()->frame().isNull(), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionModel()->rowOf(m_second) >= 0, WaitMs);
        QCOMPARE(window.sessionPanel()->currentSessionId(), m_first);
    }

    static void addRows(const QStringList &endpoints, const QStringList &kinds, int times = 2)
    {
        for (const QString &endpoint : endpoints) {
            for (const QString &kind : kinds) {
                QString spec = endpoint + QLatin1Char(':') + kind;
                if (kind.startsWith(QLatin1String("http=429")))
                    spec += QStringLiteral(",retry-after=1");
                spec += QStringLiteral(",times=%1").arg(times);
                QTest::newRow(qPrintable(endpoint + QLatin1Char(' ') + kind)) << endpoint << kind << spec;
            }
        }
    }

    static QStringList commonKinds()
    {
        // latency=3000 is a latency beyond the timeout (a shorter one is not a fault to the user).
        return {QStringLiteral("http=500"), QStringLiteral("http=429"), QStringLiteral("drop"),
            QStringLiteral("truncate"), QStringLiteral("malformed-json"), QStringLiteral("latency=3000"),
            QStringLiteral("stall")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogSeam::setScripted(true);
        m_watcher.setInterval(10);
        connect(&m_watcher, &QTimer::timeout, this, &TestFaultMatrix::record);
    }

    void init()
    {
        emu::EmulatorConfig config = test::EmulatorFixture::defaults();
        config.frameSize = QSize(320, 200);
        m_fx = std::make_unique<test::EmulatorFixture>(config);
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_folder = std::make_unique<test::TestAppFolder>(*m_fx, [](Settings &settings) {
            settings.setListRefreshMs(ListRefreshMs);
            settings.setFrameIntervalMs(FrameIntervalMs);
        });
        m_second = createSession(QStringLiteral("Research the history of the printing press"));
        m_first = createSession(QStringLiteral("Research the history of the telescope"));
        // A library from an earlier run, to prove it is never damaged.
        {
            SnapshotLibrary earlier(m_folder->paths().dataDirectory);
            earlier.load();
            SnapshotEntry saved;
            saved.sessionId = QStringLiteral("saved-in-an-earlier-run");
            saved.environmentId = QStringLiteral("env-1");
            saved.lastTitle = QStringLiteral("Logged in");
            QVERIFY(earlier.add(saved));
        }
        m_libraryPath = m_folder->filePath(QStringLiteral("data/") + QLatin1String(SnapshotLibrary::fileName));
        QVERIFY(!fileBytes(m_libraryPath).isEmpty());
        m_seen.clear();
    }

    void cleanup()
    {
        m_watcher.stop();
        m_app.reset();
        m_probe.reset();
        m_folder.reset(); // before the emulator it refers to
        m_fx.reset();
    }

    //! What the app asks for on its own while a user watches a session.
    void watching_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("spec");
        addRows({QStringLiteral("list"), QStringLiteral("screenshot"), QStringLiteral("get"), QStringLiteral("status")},
            commonKinds());
        // The event stream's watchdog is twice the 30 s heartbeat: a stream that is cut, garbled, late
        // or stalled after its headers recovers only after a minute, too long for this suite.
        addRows({QStringLiteral("events")},
            {QStringLiteral("http=500"), QStringLiteral("http=429"), QStringLiteral("drop")});
        addRows({QStringLiteral("screenshot")}, {QStringLiteral("corrupt-jpeg"), QStringLiteral("huge-image")});
    }

    void watching()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, kind);
        QFETCH(QString, spec);
        const Endpoint target = *emu::endpointFromName(endpoint);
        const QStringList words = causeWords(kind);
        const int times = spec.section(QStringLiteral("times="), 1).toInt();

        startApp();
        settle();
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = m_app->window();
        // The library of an earlier run was moved to the account's file at start.
        m_libraryPath = m_app->library().filePath();
        const QByteArray library = fileBytes(m_libraryPath);
        QVERIFY(!library.isEmpty());
        const int rows = window.sessionModel()->rowCount();
        const qint64 before = lastRequestId();
        // list and screenshot are asked again and again; the others when a session is selected.
        const bool selects = target != Endpoint::ListSessions && target != Endpoint::Screenshot;
        // Every listed session's status and events are read from the moment it is listed, whether
        // shown or not: those faults go to a session new to the list, selected as soon as it is
        // listed, so that the user looks at it when they strike.
        const bool followed = target == Endpoint::Status || target == Endpoint::Events;
        QString watched = selects ? m_second : m_first;
        const qint64 frameKey = window.livePane()->frame().image.cacheKey();

        m_watcher.start();
        if (followed) {
            watched = createSession(QStringLiteral("Research the history of the compass"));
            QCOMPARE(m_fx->count(target, watched), 0);
            m_fx->armFault(spec + QStringLiteral(",session=") + watched);
            const QString id = watched;
            connect(
                window.sessionModel(), &QAbstractItemModel::rowsInserted, this,
                [this, id] {
                    MainWindow &shown = m_app->window();
                    if (shown.sessionModel()->rowOf(id) < 0 || !shown.sessionPanel()->selectSession(id))
                        return;
                    LiveSession *live = shown.livePane()->liveSession();
                    if (live) // every change of the pane's problem, however short
                        connect(live->feed(), &MessageFeed::problemChanged, this, &TestFaultMatrix::record);
                    record();
                },
                Qt::QueuedConnection);
            QTRY_COMPARE_WITH_TIMEOUT(window.sessionPanel()->currentSessionId(), watched, WaitMs);
        } else {
            m_fx->armFault(spec);
            if (selects)
                QVERIFY(window.sessionPanel()->selectSession(m_second));
        }
        // Only the watched session's requests tell what the fault did to it.
        const QString about = followed ? watched : QString();

        // The faulted requests were made and answered (or given up on) by the app.
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->emulator().faults()->rules().isEmpty(), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::none_of(requestsAfter(before, target, about),
                                     [](const RequestRecord &r) { return r.inFlight(); }),
            WaitMs);

        qInfo().noquote()
            << "shown:" << m_seen.filter(QRegularExpression(QStringLiteral("[a-z] [a-z]"))).join(QLatin1String(" | "));
        // 1. alive
        verifyEventLoopAnswers();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(window.isVisible());
        // 3. list, selection, frame kept
        QVERIFY(window.sessionModel()->rowCount() >= rows);
        QVERIFY(window.sessionModel()->rowOf(m_first) >= 0);
        QVERIFY(window.sessionModel()->rowOf(m_second) >= 0);
        QVERIFY(window.sessionModel()->rowOf(watched) >= 0);
        QCOMPARE(window.sessionPanel()->currentSessionId(), watched);
        QCOMPARE(window.livePane()->sessionId(), watched);
        if (target == Endpoint::Screenshot) {
            QVERIFY(!window.livePane()->frame().isNull());
            const QList<RequestRecord> shots = requestsAfter(before, target, about);
            const bool freshFrame = std::ranges::any_of(
                shots.mid(times), [](const RequestRecord &r) { return r.status == 200 && !r.dropped; });
            if (!freshFrame)
                QCOMPARE(window.livePane()->frame().image.cacheKey(), frameKey);
        }

        // 2. the cause was named where the user looks
        QTRY_VERIFY2_WITH_TIMEOUT(seen(words), qPrintable(m_seen.join(QLatin1String(" | "))), WaitMs);
        QStringList named;
        std::ranges::copy_if(m_seen, std::back_inserter(named), [&](const QString &t) { return namesCause(t, words); });
        qInfo().noquote() << "named:" << named.join(QLatin1String(" | "));
        if (selects) {
            // ... and said what could not be read, in the live pane's banner
            const QString what = target == Endpoint::GetSession
                ? QStringLiteral("Session details could not be read")
                : QStringLiteral("Agent messages and status could not be read");
            QVERIFY2(std::ranges::any_of(named, [&](const QString &t) { return t.contains(what); }),
                qPrintable(named.join(QLatin1String(" | "))));
        }

        // 6. recovery: a good answer of the endpoint, and the message gone
        const auto answeredAgain = [&] {
            return std::ranges::any_of(requestsAfter(before, target, about).mid(times),
                [](const RequestRecord &r) { return r.status == 200 && !r.dropped && !r.inFlight(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(answeredAgain(), WaitMs);
        if (target == Endpoint::ListSessions)
            QTRY_VERIFY_WITH_TIMEOUT(!window.sessionPanel()->banner()->isVisible(), WaitMs);
        if (target == Endpoint::Screenshot) {
            QSignalSpy frames(window.livePane()->poller(), &FramePoller::frameRefreshed);
            QVERIFY(frames.wait(WaitMs));
            QCOMPARE(window.livePane()->poller()->state(), FramePoller::State::Live);
        }
        QTRY_VERIFY2_WITH_TIMEOUT(!showsNow(words), qPrintable(visibleTexts().join(QLatin1String(" | "))), WaitMs);

        // 4. no retry storm: the loop that repeats the request keeps to its backoff
        QString why;
        const int retryAfterMs = kind.startsWith(QLatin1String("http=429")) ? 1000 : 0;
        const QList<RequestRecord> repeated = requestsAfter(before, target, about);
        QVERIFY(!repeated.isEmpty());
        if (target == Endpoint::ListSessions)
            QVERIFY2(spacedByBackoff(
                         repeated, times, m_app->client().retryBaseDelay(), ListRefreshMs, retryAfterMs, false, &why),
                qPrintable(why));
        else if (target == Endpoint::Screenshot)
            QVERIFY2(spacedByBackoff(
                         repeated, times, FramePoller::FirstBackoffMs, FrameIntervalMs, retryAfterMs, false, &why),
                qPrintable(why));
        else {
            // Several callers read these (a new selection, a status change, the stream's events), each
            // through one job: every armed fault costs at most one request and Qt's resend of it.
            const QList<RequestRecord> afterFaults = repeated.mid(times);
            const qsizetype goodAt = times + (std::ranges::find_if(afterFaults, [](const RequestRecord &r) {
                return r.status == 200 && !r.dropped;
            }) - afterFaults.begin());
            QVERIFY2(goodAt <= 2 * times, qPrintable(QString::number(goodAt)));
        }

        // 5. the library untouched
        QCOMPARE(fileBytes(m_libraryPath), library);
        m_watcher.stop();
    }

    //! The live pane's problem banner, closed by the user, stays closed while the same problem goes
    //! on, comes back for another one, and goes when the problem is over.
    void problemBannerClosedByUser()
    {
        startApp();
        settle();
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = m_app->window();
        StatusBanner *banner = window.livePane()->problemBanner();
        const auto failedGets = [&](qint64 after, int status) {
            return std::ranges::count_if(
                requestsAfter(after, Endpoint::GetSession), [&](const RequestRecord &r) { return r.status == status; });
        };

        m_fx->armFault(QStringLiteral("get:http=500"));
        QVERIFY(window.sessionPanel()->selectSession(m_second));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), WaitMs);
        QVERIFY2(banner->text().contains(QLatin1String("Session details could not be read: The server failed (500)")),
            qPrintable(banner->text()));

        auto *close = banner->findChild<QToolButton *>();
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        // The fetcher keeps asking (its backoff) and meets the same failure: the banner stays closed.
        const qint64 closedAt = lastRequestId();
        QTRY_VERIFY_WITH_TIMEOUT(failedGets(closedAt, 500) >= 2, WaitMs);
        QVERIFY(!banner->isVisible());

        // Another problem is news.
        m_fx->clearFaults();
        m_fx->armFault(QStringLiteral("get:http=503"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 2 * WaitMs);
        QVERIFY2(banner->text().contains(QLatin1String("(503)")), qPrintable(banner->text()));

        // Over: the details arrive and the banner goes.
        m_fx->clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 2 * WaitMs);
        const LiveSession *shown = window.livePane()->liveSession();
        QVERIFY(shown);
        QCOMPARE(shown->detailsProblem().kind, ApiError::Kind::None);
    }

    //! What the user asks for (through the operations the dialogs use), and the models the create
    //! dialog asks for when it opens.
    void operation_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("spec");
        addRows({QStringLiteral("create"), QStringLiteral("message"), QStringLiteral("delete")}, commonKinds(), 1);
        // The models are a read the job itself tries up to ApiClient::maxAttempts() (4) times: a fault
        // shows only when every attempt meets it. One kind per way of failing (status, transport, body),
        // as each costs the whole backoff (1 + 2 + 4 s).
        // Qt itself sends a read again once after a dropped connection: 8 drops fail 4 attempts. An
        // unusable answer is not retried.
        // The conversation read to check a lost message (GET /messages) failing too: an unusable
        // answer is not retried, so the check fails at once.
        QTest::newRow("message drop, messages malformed-json")
            << QStringLiteral("message") << QStringLiteral("drop")
            << QStringLiteral("message:drop,times=1;messages:malformed-json,times=1");
        addRows({QStringLiteral("models")}, {QStringLiteral("http=503")}, 4);
        addRows({QStringLiteral("models")}, {QStringLiteral("drop")}, 8);
        addRows({QStringLiteral("models")}, {QStringLiteral("malformed-json")}, 1);
    }

    void operation()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, kind);
        QFETCH(QString, spec);
        const Endpoint target = *emu::endpointFromName(endpoint);
        // A lost answer is checked, and the outcome says what the check found and why it was lost.
        const QStringList words = causeWords(kind);

        startApp();
        settle();
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = m_app->window();
        SessionMonitor &monitor = m_app->monitor();
        const int rows = window.sessionModel()->rowCount();
        const SnapshotLibrary &library = m_app->library();
        // The library of an earlier run was moved to the account's file at start.
        m_libraryPath = library.filePath();
        const QList<SnapshotEntry> entries = library.entries();
        const QByteArray libraryBytes = fileBytes(m_libraryPath);
        const qint64 before = lastRequestId();
        for (const QString &part : spec.split(QLatin1Char(';')))
            m_fx->armFault(part);

        QString outcome;
        bool sentAgainOk = false;
        bool endedAtFirst = false;
        if (target == Endpoint::CreateSession) {
            auto *op = monitor.newCreateSession(this);
            QSignalSpy done(op, &CreateSessionOperation::finished);
            QVERIFY(op->start(CreateSessionRequest {}));
            QVERIFY(done.wait(WaitMs));
            outcome = done.first().first().value<CreateSessionOperation::Outcome>().text;
            QVERIFY(m_fx->emulator().faults()->rules().isEmpty());
            QCOMPARE(window.sessionPanel()->currentSessionId(), m_first);
            QVERIFY(op->start(CreateSessionRequest {}));
            QVERIFY(done.wait(WaitMs));
            sentAgainOk = done.last().first().value<CreateSessionOperation::Outcome>().created;
        } else if (target == Endpoint::SendMessage) {
            auto *command = monitor.newCommand(m_first, this);
            QSignalSpy done(command, &SessionCommand::finished);
            QVERIFY(command->sendMessage(QStringLiteral("Also look at the lenses")));
            QVERIFY(done.wait(WaitMs));
            outcome = done.first().first().value<SessionCommand::Outcome>().text;
            if (spec.contains(QLatin1String("messages:"))) {
                QVERIFY(done.first().first().value<SessionCommand::Outcome>().maybeSent);
                QVERIFY2(outcome.contains(QLatin1String("conversation could not be read")), qPrintable(outcome));
                QVERIFY2(outcome.contains(QLatin1String("cannot use")), qPrintable(outcome));
            }
            QVERIFY(command->sendMessage(QStringLiteral("And at the mirrors")));
            QVERIFY(done.wait(WaitMs));
            sentAgainOk = done.last().first().value<SessionCommand::Outcome>().done;
        } else if (target == Endpoint::DeleteSession) {
            const Session session = window.sessionModel()->sessionAt(window.sessionModel()->rowOf(m_second));
            auto *op = monitor.newEndSession(session, window.livePane()->frame(), this);
            QSignalSpy done(op, &EndSessionOperation::finished);
            QVERIFY(op->start(SnapshotMode::Filesystem, false));
            QVERIFY(done.wait(WaitMs));
            const auto result = done.first().first().value<EndSessionOperation::Outcome>();
            outcome = result.text;
            endedAtFirst = result.ended;
            // What the check found decides what the user may do next: end it again only if it is still there.
            if (!result.ended) {
                QVERIFY(op->start(SnapshotMode::Filesystem, false));
                QVERIFY(done.wait(WaitMs));
                sentAgainOk = done.last().first().value<EndSessionOperation::Outcome>().ended;
            } else {
                sentAgainOk = true;
            }
        } else {
            ModelCatalog *models = monitor.models();
            QSignalSpy changed(models, &ModelCatalog::changed);
            models->refresh();
            QVERIFY(changed.wait(WaitMs));
            outcome = models->problem();
            models->refresh();
            QVERIFY(changed.wait(WaitMs));
            sentAgainOk = models->problem().isEmpty();
        }

        qInfo().noquote() << "outcome:" << outcome << "| sent:" << requestsAfter(before, target).size();
        // 1. alive
        verifyEventLoopAnswers();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(window.isVisible());
        // 2. the outcome names the cause
        QVERIFY2(namesCause(outcome, words), qPrintable(outcome));
        // 3. list and selection kept, the frame still shown
        QVERIFY(window.sessionModel()->rowCount() >= rows - 1);
        QVERIFY(window.sessionModel()->rowOf(m_first) >= 0);
        QVERIFY(!window.livePane()->frame().isNull());
        // 4. what the user asked for once reached the server once (and once more when asked again)
        const QList<RequestRecord> sent = requestsAfter(before, target);
        QString why;
        if (target == Endpoint::Models) {
            // Every attempt (with Qt's resend after a drop), and the one asked again.
            QVERIFY(sent.size() <= 2 * m_app->client().maxAttempts() + 1);
            QVERIFY2(spacedByBackoff(sent.first(sent.size() - 1), sent.size() - 1, m_app->client().retryBaseDelay(), 0,
                         kind.startsWith(QLatin1String("http=429")) ? 1000 : 0, true, &why),
                qPrintable(why));
        } else {
            // The one the user asked for, and the one asked again (an ended session is not ended twice).
            const qsizetype expected = endedAtFirst ? 1 : 2;
            QCOMPARE(sent.size(), expected);
        }
        // 5. the library: unchanged, or extended by the save this operation may have made
        const QByteArray now = fileBytes(m_libraryPath);
        if (target != Endpoint::DeleteSession) {
            QCOMPARE(now, libraryBytes);
        } else {
            SnapshotLibrary reread(library.directory());
            reread.setAccount(library.account());
            QVERIFY(reread.load());
            const QList<SnapshotEntry> after = reread.entries();
            QVERIFY(after.size() >= entries.size() && after.size() <= entries.size() + 2);
            for (const SnapshotEntry &entry : entries)
                QVERIFY(
                    std::ranges::any_of(after, [&](const SnapshotEntry &e) { return e.sessionId == entry.sessionId; }));
            for (const SnapshotEntry &entry : after)
                QVERIFY(entry.sessionId == m_second || std::ranges::any_of(entries, [&](const SnapshotEntry &e) {
                    return e.sessionId == entry.sessionId;
                }));
        }
        // 6. recovered: asked again, it works; the list goes on refreshing
        QVERIFY2(sentAgainOk, qPrintable(outcome));
        const qint64 mark = lastRequestId();
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::any_of(requestsAfter(mark, Endpoint::ListSessions),
                                     [](const RequestRecord &r) { return r.status == 200 && !r.inFlight(); }),
            WaitMs);
    }
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
