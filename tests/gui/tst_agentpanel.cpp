// The agent beside its browser, in the window as main() wires it, against the emulator: its
// question answered from the keyboard, its result read, its task paused, resumed and cancelled
// with one request each, and what cannot be sent refused before anything goes out.
#include "agentpanel.h"
#include "appactions.h"
#include "dialogseam.h"
#include "live/livesession.h"
#include "live/messagefeed.h"
#include "livepane.h"
#include "mainwindow.h"
#include "messagecomposer.h"
#include "messagedetails.h"
#include "model/messagemodel.h"
#include "model/sessionlistmodel.h"
#include "model/sessionstate.h"
#include "monitor/sessionmonitor.h"
#include "monitorapp.h"
#include "questionbar.h"
#include "sessionlistpanel.h"
#include "settings/settings.h"
#include "timelineview.h"

#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "settlelayouts.h"
#include "testappfolder.h"

#include <QAction>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace agi;
using emu::Endpoint;

namespace {

constexpr int WaitMs = 20000;

} // namespace

class TestAgentPanel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestAppFolder> m_folder;
    std::unique_ptr<MonitorApp> m_app;

    void startEmulator(double speed)
    {
        emu::EmulatorConfig config = test::EmulatorFixture::defaults();
        config.frameSize = QSize(320, 200);
        config.speed = speed;
        m_fx = std::make_unique<test::EmulatorFixture>(config);
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
    }

    QString createSession(const QString &task) { return test::SessionApi(*m_probe).start(task); }

    //! The window as main() wires it, showing `sessionId`.
    AgentPanel *showApp(const QString &sessionId)
    {
        m_folder = std::make_unique<test::TestAppFolder>(*m_fx, [](Settings &settings) {
            settings.setListRefreshMs(1000);
            settings.setFrameIntervalMs(500);
        });
        m_app = m_folder->startApp();
        m_app->showWindow(sessionId);
        AgentPanel *panel = m_app->window().agentPanel();
        if (!QTest::qWaitFor([&] { return panel->sessionId() == sessionId; }, WaitMs))
            return nullptr;
        return panel;
    }

    int requestsTo(Endpoint endpoint, const QString &sessionId) const { return m_fx->count(endpoint, sessionId); }

    static int rowOfType(const MessageModel *messages, Message::Type type, const QString &text = {})
    {
        for (int row = messages->rowCount() - 1; row >= 0; --row) {
            const Message message = messages->messageAt(row);
            if (message.type == type && (text.isEmpty() || message.text().contains(text)))
                return row;
        }
        return -1;
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

    void questionAnsweredFromTheKeyboardThenDone()
    {
        startEmulator(20);
        const QString id = createSession(QStringLiteral("Book a table for two on Friday evening"));
        AgentPanel *panel = showApp(id);
        QVERIFY(panel);
        QuestionBar *bar = panel->questionBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), WaitMs);
        QVERIFY2(bar->question().contains(QLatin1String("Which one")), qPrintable(bar->question()));
        // The question is in the timeline too, and the header says the agent needs the user.
        const MessageModel *messages = panel->timeline()->messages();
        QVERIFY(rowOfType(messages, Message::Type::Question) >= 0);
        QVERIFY2(panel->headerText().startsWith(QLatin1String("Needs input")), qPrintable(panel->headerText()));
        QVERIFY(m_app->window().actions()->pauseTask->isEnabled());
        QVERIFY(!m_app->window().actions()->resumeTask->isEnabled());
        // The live pane's badge tells the task's state, not only the session's.
        auto *badge = m_app->window().livePane()->findChild<QLabel *>(QStringLiteral("sessionStatusText"));
        QVERIFY(badge);
        QTRY_COMPARE_WITH_TIMEOUT(badge->text(), QStringLiteral("Needs input"), WaitMs);

        // Keyboard only: the answer box, the words, Enter; Enter again while it is sent sends nothing more.
        const int before = requestsTo(Endpoint::SendMessage, id);
        bar->answerEdit()->setFocus();
        QTest::keyClicks(bar->answerEdit(), QStringLiteral("20:30"));
        QTest::keyClick(bar->answerEdit(), Qt::Key_Return);
        QTest::keyClick(bar->answerEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), WaitMs);
        QCOMPARE(requestsTo(Endpoint::SendMessage, id), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfType(messages, Message::Type::User, QStringLiteral("20:30")) >= 0, WaitMs);
        QCOMPARE(panel->commandText(), QStringLiteral("Sent."));

        // The agent goes on to DONE; its result reads in the details.
        QTRY_VERIFY_WITH_TIMEOUT(rowOfType(messages, Message::Type::Done) >= 0, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel->headerText().startsWith(QLatin1String("Finished")), WaitMs);
        QVERIFY(!m_app->window().actions()->pauseTask->isEnabled());
        QVERIFY(!m_app->window().actions()->cancelTask->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(badge->text(), QStringLiteral("Finished"), WaitMs);
        // Run facts: the steps the agent numbered and the task's time.
        const QString facts = panel->headerText();
        QVERIFY2(facts.contains(QLatin1String(" step")) && facts.contains(QLatin1String("elapsed")), qPrintable(facts));
        const int done = rowOfType(messages, Message::Type::Done);
        panel->timeline()->setCurrentIndex(messages->index(done));
        MessageDetails *details = panel->details();
        QCOMPARE(details->message().type, Message::Type::Done);
        QVERIFY2(!details->summary().isEmpty(), "the DONE result has a summary line");
        const Message doneMessage = messages->messageAt(done);
        if (doneMessage.content.isObject() || doneMessage.metadata.value(QLatin1String("result")).isObject()) {
            QVERIFY(details->resultTree()->isVisible());
            QVERIFY(details->resultTree()->topLevelItemCount() > 0);
            QVERIFY(QJsonDocument::fromJson(details->resultJson().toUtf8()).isObject());
        }
    }

    void pauseResumeCancelSendOneRequestEach()
    {
        startEmulator(1); // slow enough to be running while the commands go
        const QString id = createSession(QStringLiteral("Research the history of the printing press"));
        AgentPanel *panel = showApp(id);
        QVERIFY(panel);
        AppActions *actions = m_app->window().actions();
        QTRY_VERIFY_WITH_TIMEOUT(actions->pauseTask->isEnabled(), WaitMs);

        // Pause, twice in a row as a double click would: one request; the header follows.
        actions->pauseTask->trigger();
        actions->pauseTask->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(panel->isCommandRunning(), false, WaitMs);
        QCOMPARE(requestsTo(Endpoint::Pause, id), 1);
        QTRY_VERIFY_WITH_TIMEOUT(panel->headerText().startsWith(QLatin1String("Paused")), WaitMs);
        QVERIFY(actions->resumeTask->isEnabled());
        QVERIFY(!actions->pauseTask->isEnabled());

        actions->resumeTask->trigger();
        actions->resumeTask->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(panel->isCommandRunning(), false, WaitMs);
        QCOMPARE(requestsTo(Endpoint::Resume, id), 1);
        QTRY_VERIFY_WITH_TIMEOUT(panel->headerText().startsWith(QLatin1String("Running")), WaitMs);

        // Cancel asks first; "no" sends nothing, "yes" sends one request.
        DialogSeam::setNextAnswer(false);
        actions->cancelTask->trigger();
        QCOMPARE(DialogSeam::asked().size(), 1);
        QCOMPARE(requestsTo(Endpoint::Cancel, id), 0);
        DialogSeam::setNextAnswer(true);
        actions->cancelTask->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(panel->isCommandRunning(), false, WaitMs);
        QCOMPARE(requestsTo(Endpoint::Cancel, id), 1);
        QVERIFY2(!panel->commandText().isEmpty(), "the outcome is said");
    }

    void nothingUnsendableGoesOut()
    {
        startEmulator(20);
        const QString id = createSession(QStringLiteral("Research the history of the telescope"));
        AgentPanel *panel = showApp(id);
        QVERIFY(panel);
        MessageComposer *composer = panel->composer();
        QTRY_VERIFY_WITH_TIMEOUT(composer->isEnabled(), WaitMs);
        const int messagesBefore = requestsTo(Endpoint::SendMessage, id);

        QTest::keyClick(composer->messageEdit(), Qt::Key_Return);
        QCOMPARE(composer->note(), QStringLiteral("Write a message first."));
        composer->messageEdit()->setText(QString(10001, u'x'));
        QTest::keyClick(composer->messageEdit(), Qt::Key_Return);
        QVERIFY2(
            composer->note().contains(QLatin1String("10,001")) || composer->note().contains(QLatin1String("10001")),
            qPrintable(composer->note()));
        composer->messageEdit()->setText(QStringLiteral("Now find its inventor"));
        composer->startUrlEdit()->setText(QStringLiteral("ftp://example.com/"));
        QTest::keyClick(composer->messageEdit(), Qt::Key_Return);
        QVERIFY2(composer->note().contains(QLatin1String("http")), qPrintable(composer->note()));
        QCOMPARE(requestsTo(Endpoint::SendMessage, id), messagesBefore);

        // A good one goes, once, and the boxes empty.
        composer->startUrlEdit()->setText(QStringLiteral("https://en.wikipedia.org/wiki/Telescope"));
        QTest::keyClick(composer->messageEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(composer->note(), QStringLiteral("Sent."), WaitMs);
        QCOMPARE(requestsTo(Endpoint::SendMessage, id), messagesBefore + 1);
        QVERIFY(composer->messageEdit()->text().isEmpty());

        // Go to Address: a script address is refused without a request, a plain host name opens.
        AppActions *actions = m_app->window().actions();
        QTRY_VERIFY_WITH_TIMEOUT(actions->navigate->isEnabled(), WaitMs);
        actions->navigate->trigger();
        QLineEdit *address = panel->navigateEdit();
        QVERIFY(address->isVisible());
        address->setText(QStringLiteral("javascript:alert(1)"));
        QTest::keyClick(address, Qt::Key_Return);
        QCOMPARE(requestsTo(Endpoint::Navigate, id), 0);
        QVERIFY2(panel->commandText().contains(QLatin1String("http")), qPrintable(panel->commandText()));
        address->setText(QStringLiteral("example.com"));
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(panel->isCommandRunning(), false, WaitMs);
        QCOMPARE(requestsTo(Endpoint::Navigate, id), 1);
        QVERIFY(!address->isVisible());
    }

    void frameActionsSayWhatTheyDid()
    {
        startEmulator(20);
        const QString id = createSession(QStringLiteral("Research the history of the telescope"));
        QVERIFY(showApp(id));
        MainWindow &window = m_app->window();
        LivePane *pane = window.livePane();
        QTRY_VERIFY_WITH_TIMEOUT(!pane->frame().isNull() && !pane->frame().url.isEmpty(), WaitMs);
        AppActions *actions = window.actions();

        actions->copyUrl->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), pane->frame().url.toString());
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Copied ")),
            qPrintable(window.statusBar()->currentMessage()));

        actions->copyFrame->trigger();
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Copied the frame"));
        QVERIFY(!QGuiApplication::clipboard()->image().isNull());

        const QString path = m_folder->filePath(QStringLiteral("frame.jpg"));
        DialogSeam::setNextFileName(path);
        actions->saveFrame->trigger();
        QVERIFY(QFileInfo::exists(path));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Saved the frame to")),
            qPrintable(window.statusBar()->currentMessage()));
    }

    void sessionNobodyViews_isFollowed_andItsStepsShowWhenOpened()
    {
        // Offscreen, with no notification service and no tray: the monitor follows every listed
        // session all the same, so the list, the count and the timeline do not wait for a view.
        startEmulator(20);
        const QString shown = createSession(QStringLiteral("Research the history of the compass"));
        const QString unseen = createSession(QStringLiteral("Book a table for two on Friday evening"));
        AgentPanel *panel = showApp(shown);
        QVERIFY(panel);
        const SessionListModel *list = m_app->monitor().sessions();
        const auto stateOf = [list](const QString &id) {
            const QModelIndex index = list->indexOf(id);
            return index.isValid() ? index.data(SessionListModel::StateRole).value<SessionState::Value>()
                                   : SessionState::Value::Unknown;
        };
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(unseen), SessionState::Value::NeedsInput, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window().windowTitle().contains(QLatin1String("1 needs attention")), WaitMs);
        QVERIFY(m_fx->count(Endpoint::Events, unseen) >= 1);

        // Opened afterwards: the steps it took while unseen are there, each once.
        m_app->window().selectSession(unseen);
        QTRY_COMPARE_WITH_TIMEOUT(panel->sessionId(), unseen, WaitMs);
        const MessageModel *messages = panel->timeline()->messages();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfType(messages, Message::Type::Question) >= 0, WaitMs);
        QList<int> steps; // the agent's step numbers
        for (int row = 0; row < messages->rowCount(); ++row) {
            const Message message = messages->messageAt(row);
            if (message.type == Message::Type::Step)
                steps.append(message.metadata.value(QLatin1String("step")).toInt());
        }
        QVERIFY2(!steps.isEmpty(), "the steps taken before the session was opened");
        QCOMPARE(QSet<int>(steps.cbegin(), steps.cend()).size(), steps.size());
        QVERIFY(panel->questionBar()->isVisible());
    }

    void questionAndRunFacts_leaveTheColumnsWhereTheyAre()
    {
        startEmulator(20);
        const QString plain = createSession(QStringLiteral("Research the history of the compass"));
        const QString asks = createSession(QStringLiteral("Book a table for two on Friday evening"));
        AgentPanel *panel = showApp(plain);
        QVERIFY(panel);
        MainWindow &window = m_app->window();
        window.resize(1250, 850); // the columns already at their narrowest
        auto *columns = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QTRY_COMPARE(window.width(), 1250);
        test::settleLayouts();
        const QList<int> before = columns->sizes();

        // The agent's question, its header growing (state, steps, time, model, changing every
        // second) and a message's details: the list and the frame keep their room.
        m_app->window().selectSession(asks);
        QTRY_VERIFY_WITH_TIMEOUT(panel->questionBar()->isVisible(), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel->headerText().contains(QLatin1String("elapsed")), WaitMs);
        test::settleLayouts();
        QCOMPARE(columns->sizes(), before);
        // A message chosen: its details take the hint's place.
        const MessageModel *messages = panel->timeline()->messages();
        panel->timeline()->setCurrentIndex(messages->index(rowOfType(messages, Message::Type::Question)));
        QTRY_COMPARE(panel->details()->message().type, Message::Type::Question);
        test::settleLayouts();
        QCOMPARE(columns->sizes(), before);
    }

    void errorShownInFull()
    {
        startEmulator(20);
        const QString id = createSession(QStringLiteral("Fail on purpose: open a broken page"));
        AgentPanel *panel = showApp(id);
        QVERIFY(panel);
        const MessageModel *messages = panel->timeline()->messages();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfType(messages, Message::Type::Error) >= 0, WaitMs);
        const int row = rowOfType(messages, Message::Type::Error);
        panel->timeline()->setCurrentIndex(messages->index(row));
        const QString full = messages->messageAt(row).text();
        QVERIFY(!full.isEmpty());
        QCOMPARE(panel->findChild<QPlainTextEdit *>(QStringLiteral("messageText"))->toPlainText(), full);
        QTRY_VERIFY_WITH_TIMEOUT(panel->headerText().startsWith(QLatin1String("Error")), WaitMs);
    }
};

QTEST_MAIN(TestAgentPanel)
#include "tst_agentpanel.moc"
