// Desktop notifications against a real session bus: a private one (dbus-run-session) where a test
// notification server, on a second connection, owns org.freedesktop.Notifications and records
// every Notify call. The application is wired as main() wires it and talks to the emulator.
#include "agentpanel.h"
#include "api/message.h"
#include "appactions.h"
#include "attentiontray.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "mainwindow.h"
#include "model/sessionfilterproxy.h"
#include "model/sessionlistmodel.h"
#include "model/sessionlistrefresher.h"
#include "monitor/createsessionoperation.h"
#include "monitor/sessionmonitor.h"
#include "monitorapp.h"
#include "notify/attentiontracker.h"
#include "notify/desktopnotifier.h"
#include "notify/notificationcenter.h"
#include "notify/notifier.h"
#include "sessionlistpanel.h"
#include "settings/settings.h"
#include "testappfolder.h"
#include "windowattention.h"

#include <QAction>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace agi;

namespace {

const QString kServerConnection = QStringLiteral("agi-test-notification-server");

//! One Notify call as the server got it.
struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString icon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    uint id = 0;
};

//! The freedesktop notification service, recording what it is asked to show.
class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<NotifyCall> calls;

    QList<NotifyCall> callsStartingWith(const QString &prefix) const
    {
        QList<NotifyCall> found;
        for (const NotifyCall &call : calls) {
            if (call.summary.startsWith(prefix))
                found.append(call);
        }
        return found;
    }

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(timeout)
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        calls.append({appName, replacesId, icon, summary, body, actions, hints, id});
        return id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint id) { Q_UNUSED(id) }

private:
    uint m_lastId = 0;
};

//! Where notifications go when the desktop has no notification service.
class RecordingNotifier final : public Notifier
{
public:
    QList<AttentionEvent> shown;
    bool isAvailable() const override { return true; }
    void show(const AttentionEvent &event) override { shown.append(event); }
};

} // namespace

class TestNotifications final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<NotificationServer> m_server;
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestAppFolder> m_folder;
    std::unique_ptr<MonitorApp> m_app;

    static QDBusConnection serverBus() { return QDBusConnection(kServerConnection); }

    void startApp(double speed = 20.0)
    {
        emu::EmulatorConfig config = test::EmulatorFixture::defaults();
        config.speed = speed;
        m_fx = std::make_unique<test::EmulatorFixture>(config);
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_folder = std::make_unique<test::TestAppFolder>(*m_fx, nullptr, QString()); // the data in the folder itself
        m_app = m_folder->startApp();
    }

    //! A session made through the app (listed at once, so it is followed), with `task` when given.
    QString createSession(const QString &task = {})
    {
        CreateSessionOperation *operation = m_app->monitor().newCreateSession(this);
        QSignalSpy finished(operation, &CreateSessionOperation::finished);
        if (!operation->start({}, task) || !finished.wait(15000))
            return {};
        const auto outcome = finished.first().first().value<CreateSessionOperation::Outcome>();
        delete operation;
        return outcome.created ? outcome.session.id : QString();
    }

    //! Waits until the server has handled every call the application sent so far: the bus keeps a
    //! connection's messages in order, so the answer to a later call comes after them.
    static bool flushBus()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(DesktopNotifier::serviceName, DesktopNotifier::objectPath,
            DesktopNotifier::serviceName, QStringLiteral("GetCapabilities"));
        QDBusPendingCallWatcher watcher(QDBusConnection::sessionBus().asyncCall(call));
        QSignalSpy answered(&watcher, &QDBusPendingCallWatcher::finished);
        return watcher.isFinished() || answered.wait(10000);
    }

    //! The text of the newest message of `type` as the emulator has it, on one line.
    QString messageText(const QString &sessionId, const QString &type)
    {
        const QJsonArray messages = test::SessionApi(*m_probe).messages(sessionId);
        QString text;
        for (const auto &value : messages) {
            const auto message = Message::fromJson(value.toObject());
            if (message && message->typeText == type)
                text = message->text().simplified();
        }
        return text;
    }

    //! Waits for the tracker to announce `kind` (whether or not it is notified).
    bool waitForOccurrence(QSignalSpy &occurred, AttentionKind kind)
    {
        const auto isKind
            = [kind](const QList<QVariant> &args) { return args.first().value<AttentionEvent>().kind == kind; };
        return QTest::qWaitFor([&] { return std::ranges::any_of(std::as_const(occurred), isKind); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CreateSessionOperation::Outcome>();
        qRegisterMetaType<AttentionEvent>();
        QVERIFY2(qEnvironmentVariableIsSet("AGI_PRIVATE_BUS"),
            "run inside dbus-run-session with AGI_PRIVATE_BUS=1 (see tests/integration/CMakeLists.txt): the test "
            "server must not take the name from the desktop's own notification service");
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, kServerConnection);
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        m_server = std::make_unique<NotificationServer>();
        QVERIFY(bus.registerObject(DesktopNotifier::objectPath, m_server.get(), QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(DesktopNotifier::serviceName));
    }

    void cleanupTestCase()
    {
        serverBus().unregisterObject(DesktopNotifier::objectPath);
        QDBusConnection::disconnectFromBus(kServerConnection);
    }

    void init() { m_server->calls.clear(); }

    void cleanup()
    {
        m_app.reset();
        m_folder.reset();
        m_probe.reset();
        m_fx.reset();
    }

    void finished_isNotifiedOnce_withItsResult()
    {
        startApp();
        const QString id = createSession(QStringLiteral("Find the weather in Paris"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->callsStartingWith(QStringLiteral("Finished:")).isEmpty(), 20000);
        QVERIFY(flushBus());
        const QList<NotifyCall> finished = m_server->callsStartingWith(QStringLiteral("Finished:"));
        QCOMPARE(finished.size(), 1);
        const NotifyCall &call = finished.first();
        QCOMPARE(call.actions, (QStringList {QStringLiteral("default"), QStringLiteral("Show")}));
        QCOMPARE(call.icon, QStringLiteral(AGI_APP_ID));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral(AGI_APP_ID));
        const QString done = messageText(id, QStringLiteral("DONE"));
        QVERIFY(!done.isEmpty());
        QVERIFY2(call.body.startsWith(done.left(60).toHtmlEscaped()), qPrintable(call.body));
        // Nothing else about it: it neither failed nor asked.
        QCOMPARE(m_server->calls.size(), 1);
    }

    void failed_isNotifiedOnce_withTheErrorText()
    {
        startApp();
        const QString id = createSession(QStringLiteral("Check the status page, this one will fail"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->callsStartingWith(QStringLiteral("Failed:")).isEmpty(), 20000);
        // The list says "error" too, after the feed did: still one notification.
        SessionListModel *model = m_app->monitor().sessions();
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_app->monitor().refresher()->refreshNow(); // the window is hidden: no timed refresh
                return model->sessionAt(model->rowOf(id)).status.value == SessionStatus::Value::Error;
            },
            20000));
        QVERIFY(flushBus());
        const QList<NotifyCall> failed = m_server->callsStartingWith(QStringLiteral("Failed:"));
        QCOMPARE(failed.size(), 1);
        const QString error = messageText(id, QStringLiteral("ERROR"));
        QVERIFY(!error.isEmpty());
        QVERIFY2(failed.first().body.startsWith(error.left(60).toHtmlEscaped()), qPrintable(failed.first().body));
        QCOMPARE(m_server->callsStartingWith(QStringLiteral("Finished:")).size(), 0);
        // A failure not yet seen needs attention.
        QCOMPARE(m_app->monitor().attention()->attentionCount(), 1);
    }

    void question_isNotifiedOnce_countsInTheTitle_andTheAnswerClearsIt()
    {
        startApp();
        const QString id = createSession(QStringLiteral("Book a table for two on Friday evening"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->callsStartingWith(QStringLiteral("Question:")).isEmpty(), 20000);
        QVERIFY(flushBus());
        const QList<NotifyCall> questions = m_server->callsStartingWith(QStringLiteral("Question:"));
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.first().body.contains(QLatin1String("Which one should I book?")),
            qPrintable(questions.first().body));
        QVERIFY2(questions.first().body == messageText(id, QStringLiteral("QUESTION")).left(240).toHtmlEscaped()
                || questions.first().body.endsWith(QChar(0x2026)),
            qPrintable(questions.first().body));

        AttentionTracker *tracker = m_app->monitor().attention();
        QCOMPARE(tracker->attentionCount(), 1);
        QCOMPARE(tracker->nextNeedingAttention({}), id);
        QVERIFY2(m_app->window().windowTitle().endsWith(QStringLiteral("\u2014 1 needs attention")),
            qPrintable(m_app->window().windowTitle()));
        QCOMPARE(m_app->window().attention()->tray()->toolTip(),
            QStringLiteral("AGI Session Monitor: 1 session needs attention"));

        // Ctrl+J, from whatever the user looks at, goes to the session that asks (listed in F1's list).
        const QString other = createSession();
        QVERIFY(!other.isEmpty());
        MainWindow &window = m_app->window();
        m_app->showWindow(other);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(window.sessionPanel()->currentSessionId(), other);
        QAction *next = window.actions()->nextAttention;
        QVERIFY(next->isEnabled());
        QVERIFY(window.actions()->withShortcuts().contains(next));
        QTest::keySequence(&window, next->shortcut());
        QTRY_COMPARE(window.sessionPanel()->currentSessionId(), id);
        // Back to the other one: the finished task below is then news to be notified.
        QVERIFY(window.sessionPanel()->selectSession(other));

        // The answer lets the agent go on to DONE: the finished notification replaces the question's.
        QCOMPARE(test::SessionApi(*m_probe).sendMessage(id, QStringLiteral("The earlier one")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->callsStartingWith(QStringLiteral("Finished:")).isEmpty(), 20000);
        QCOMPARE(m_server->callsStartingWith(QStringLiteral("Finished:")).first().replacesId, questions.first().id);
        QCOMPARE(tracker->attentionCount(), 0);
        QVERIFY(!m_app->window().windowTitle().contains(QLatin1String("attention")));
        QVERIFY(flushBus());
        QCOMPARE(m_server->callsStartingWith(QStringLiteral("Question:")).size(), 1);
    }

    void sessionNotViewed_showsItsTaskStateInTheListAndTheFilter()
    {
        startApp();
        const QString asking = createSession(QStringLiteral("Book a table for two on Friday evening"));
        const QString other = createSession();
        QVERIFY(!asking.isEmpty() && !other.isEmpty());
        MainWindow &window = m_app->window();
        m_app->showWindow(other);
        QTRY_COMPARE(window.sessionPanel()->currentSessionId(), other);

        // The list says what the agent of a session nobody looks at is doing; the filter finds it.
        SessionListModel *model = window.sessionModel();
        const auto stateOf = [&](const QString &id) {
            return model->indexOf(id, SessionListModel::StatusColumn)
                .data(SessionListModel::StateRole)
                .value<SessionState::Value>();
        };
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(asking), SessionState::Value::NeedsInput, 20000);
        QCOMPARE(model->indexOf(asking, SessionListModel::StatusColumn).data().toString(),
            ExecutionStatus::fromString(QStringLiteral("waiting_for_input")).displayText());
        auto *filter = window.sessionPanel()->findChild<QComboBox *>(QStringLiteral("statusFilterCombo"));
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(int(SessionListPanel::StatusFilter::NeedsInput)));
        const QAbstractItemModel *proxy = window.sessionPanel()->proxy();
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data(SessionListModel::IdRole).toString(), asking);

        // Answered, the agent goes on: the session leaves "Needs input".
        QCOMPARE(test::SessionApi(*m_probe).sendMessage(asking, QStringLiteral("The earlier one")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(asking) != SessionState::Value::NeedsInput, 20000);
        QTRY_COMPARE(proxy->rowCount(), 0);
    }

    void disabledKind_isNotNotified()
    {
        startApp();
        m_app->settings().setNotifies(AttentionKind::Finished, false);
        QSignalSpy occurred(m_app->monitor().attention(), &AttentionTracker::occurred);
        QVERIFY(!createSession(QStringLiteral("Find the weather in Paris")).isEmpty());
        QVERIFY(waitForOccurrence(occurred, AttentionKind::Finished));
        QVERIFY(flushBus());
        QCOMPARE(m_server->calls.size(), 0);
    }

    void sessionLookedAt_inTheActiveWindow_isNotNotified()
    {
        startApp();
        const QString id = createSession();
        QVERIFY(!id.isEmpty());
        MainWindow &window = m_app->window();
        m_app->showWindow(id);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(window.sessionPanel()->currentSessionId(), id);
        QVERIFY(m_app->monitor().attention()->isLookedAt(id));

        QSignalSpy occurred(m_app->monitor().attention(), &AttentionTracker::occurred);
        QCOMPARE(test::SessionApi(*m_probe).sendMessage(id, QStringLiteral("Book a table for two")).status, 200);
        QVERIFY(waitForOccurrence(occurred, AttentionKind::Question));
        QVERIFY(flushBus());
        QCOMPARE(m_server->calls.size(), 0);
    }

    void clickingTheNotification_showsItsSession()
    {
        startApp();
        const QString other = createSession();
        const QString id = createSession(QStringLiteral("Book a table for two on Friday evening"));
        QVERIFY(!other.isEmpty() && !id.isEmpty());
        m_app->showWindow(other);
        QTRY_COMPARE(m_app->window().sessionPanel()->currentSessionId(), other);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->callsStartingWith(QStringLiteral("Question:")).isEmpty(), 20000);
        const uint notification = m_server->callsStartingWith(QStringLiteral("Question:")).first().id;

        QSignalSpy activated(&m_app->notifications(), &NotificationCenter::sessionActivated);
        QDBusMessage signal = QDBusMessage::createSignal(
            DesktopNotifier::objectPath, DesktopNotifier::serviceName, QStringLiteral("ActionInvoked"));
        signal << notification << QStringLiteral("default");
        QVERIFY(serverBus().send(signal));
        QVERIFY(activated.wait(10000));
        QCOMPARE(activated.first().first().toString(), id);
        QCOMPARE(m_app->window().sessionPanel()->currentSessionId(), id);
        QVERIFY(m_app->window().isVisible());
    }

    void stalled_isMarked_andNotifiedOnce()
    {
        // The agent barely moves: with a one-second stall setting the running session stalls.
        startApp(0.01);
        m_app->settings().setStallSeconds(1);
        const QString id = createSession(QStringLiteral("Find the weather in Paris"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->callsStartingWith(QStringLiteral("Stalled:")).isEmpty(), 20000);
        AttentionTracker *tracker = m_app->monitor().attention();
        QVERIFY(tracker->isStalled(id));
        QCOMPARE(tracker->attentionCount(), 1);
        const QModelIndex status = m_app->monitor().sessions()->indexOf(id, SessionListModel::StatusColumn);
        QCOMPARE(status.data(SessionListModel::StalledSinceRole).toDateTime(), tracker->lastChange(id));
        QVERIFY2(status.data().toString().startsWith(QLatin1String("Stalled, last change")),
            qPrintable(status.data().toString()));
        // The session's header says so too, once it is shown.
        m_app->showWindow(id);
        const AgentPanel *panel = m_app->window().agentPanel();
        QTRY_VERIFY2(
            panel->headerText().contains(QLatin1String("stalled: no change for")), qPrintable(panel->headerText()));
        // The stall check runs again when the settings change: still one notification.
        m_app->settings().setStallSeconds(2);
        QVERIFY(flushBus());
        QCOMPARE(m_server->callsStartingWith(QStringLiteral("Stalled:")).size(), 1);
    }

    void noNotificationService_usesTheFallback()
    {
        startApp();
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        if (bus->activatableServiceNames().value().contains(DesktopNotifier::serviceName))
            QSKIP("this bus can start a notification service of its own");
        QVERIFY(serverBus().unregisterService(DesktopNotifier::serviceName));
        RecordingNotifier fallback;
        m_app->notifications().setFallback(&fallback);
        QSignalSpy occurred(m_app->monitor().attention(), &AttentionTracker::occurred);
        QVERIFY(!createSession(QStringLiteral("Find the weather in Paris")).isEmpty());
        QVERIFY(waitForOccurrence(occurred, AttentionKind::Finished));
        QVERIFY(serverBus().registerService(DesktopNotifier::serviceName));
        m_app->notifications().setFallback(nullptr);
        QCOMPARE(fallback.shown.size(), 1);
        QVERIFY(fallback.shown.first().summary.startsWith(QLatin1String("Finished:")));
        QCOMPARE(m_server->calls.size(), 0);
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
