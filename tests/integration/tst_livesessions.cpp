// LiveSessions against the in-process emulator: one shared LiveSession per session id, fetching only
// while watched, all decoding on one thread; read back from the emulator's request log.
#include "api/apiclient.h"
#include "api/eventstream.h"
#include "api/listsessionsjob.h"
#include "api/streamnetworks.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "live/framepoller.h"
#include "live/livesession.h"
#include "live/livesessions.h"
#include "live/messagefeed.h"
#include "model/messagemodel.h"
#include "testclient.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace agi;
using agi::emu::Endpoint;

namespace {

//! Threads of this process whose name starts with `prefix` (Linux keeps 15 characters of a name).
int threadsNamed(const QByteArray &prefix)
{
    int n = 0;
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith(prefix))
            ++n;
    }
    return n;
}

//! The conversation's ids in the model, in order (steps are the stream's alone: /messages has
//! none, and they carry no id).
QList<qint64> conversationIds(const MessageModel &messages)
{
    QList<qint64> ids;
    for (int row = 0; row < messages.rowCount(); ++row) {
        const Message message = messages.messageAt(row);
        if (message.type != Message::Type::Step)
            ids.append(message.id);
    }
    return ids;
}

} // namespace

class TestLiveSessions final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestClient> m_client;
    std::unique_ptr<LiveSessions> m_live;

    Session createSession(const QString &task = {})
    {
        test::SessionApi api(*m_probe);
        Session session;
        session.id = api.create().value(QStringLiteral("session_id")).toString();
        if (!task.isEmpty() && api.sendMessage(session.id, task).status != 200)
            qWarning("the emulator did not take the task");
        session.status = SessionStatus::fromString(QStringLiteral("running"));
        return session;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_client = std::make_unique<test::TestClient>(*m_fx);
        m_live = std::make_unique<LiveSessions>(m_client->client());
        m_live->setFrameInterval(250);
    }

    void cleanup()
    {
        m_live.reset();
        m_client.reset();
        m_probe.reset();
        m_fx.reset();
    }

    void manySessionsStreaming_allConnect_andRequestsStillGoThrough()
    {
        // More streams than HTTP/1.1 gives a network manager connections to one host: every stream
        // connects, and a request sent while they all run is answered.
        constexpr int count = StreamNetworks::StreamsPerManager + 2;
        ApiClient *client = m_client->client();
        std::vector<std::unique_ptr<EventStream>> streams;
        for (int i = 0; i < count; ++i) {
            const Session session = createSession(QStringLiteral("Research the history of the telescope"));
            QVERIFY(!session.id.isEmpty());
            streams.push_back(std::make_unique<EventStream>(client, session.id));
            streams.back()->start();
        }
        const auto streaming = [&] {
            return std::ranges::count_if(
                streams, [](const auto &stream) { return stream->state() == EventStream::State::Streaming; });
        };
        QTRY_COMPARE_WITH_TIMEOUT(streaming(), count, 15000);
        QCOMPARE(client->streamNetworks()->managerCount(), 2);

        ListSessionsJob list(client);
        list.setAutoDelete(false);
        QSignalSpy succeeded(&list, &ApiJob::succeeded);
        list.start();
        QVERIFY(succeeded.wait(10000));
        QCOMPARE(m_fx->count(Endpoint::ListSessions), 1);

        // Streams that end give their room back; the extra manager goes with its last stream.
        streams.clear();
        QTRY_COMPARE(client->streamNetworks()->managerCount(), 1);
    }

    void sessionNobodyWatches_sendsNoRequest()
    {
        const Session held = createSession(QStringLiteral("Research the history of maps"));
        const Session watched = createSession(QStringLiteral("Research the history of clocks"));
        m_fx->emulator().requests()->clear();
        LiveSessionHandle heldOnly = m_live->acquire(held);
        LiveSessionHandle watching = m_live->acquire(watched);
        watching.setWatching(true);

        // The watched one fetches frames, its status and its messages...
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->count(Endpoint::Screenshot, watched.id) >= 4, 10000);
        QVERIFY(m_fx->count(Endpoint::Status, watched.id) >= 1);
        QVERIFY(m_fx->count(Endpoint::Events, watched.id) >= 1);
        QVERIFY(watching->isPolling());
        // ...while the one merely held asked nothing in the same time.
        QCOMPARE(m_fx->count(Endpoint::Unknown, held.id), 0); // any endpoint
        QVERIFY(!heldOnly->isPolling());
    }

    void viewsOfOneSessionShareIt_andItStopsWhenTheLastOneLooksAway()
    {
        const Session session = createSession(QStringLiteral("Research the history of bridges"));
        LiveSessionHandle first = m_live->acquire(session);
        LiveSessionHandle second = m_live->acquire(session);
        QCOMPARE(first.get(), second.get());
        QCOMPARE(m_live->count(), 1);
        first.setWatching(true);
        second.setWatching(true);
        QCOMPARE(first->watcherCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!first->poller()->frame().isNull(), 10000);

        first.reset();
        QVERIFY(second->isPolling());
        second.setWatching(false);
        QVERIFY(!second->isPolling());
        QCOMPARE(second->poller()->state(), FramePoller::State::Paused);
        // Its last frame and messages stay for the next view.
        QVERIFY(!second->poller()->frame().isNull());
        QVERIFY(second->history().size() >= 1);
    }

    void allSessionsDecodeOnOneSharedThread()
    {
        std::vector<LiveSessionHandle> handles;
        for (int i = 0; i < 3; ++i) {
            handles.push_back(m_live->acquire(createSession()));
            handles.back().setWatching(true);
        }
        for (const LiveSessionHandle &handle : handles)
            QTRY_VERIFY_WITH_TIMEOUT(!handle->poller()->frame().isNull(), 10000);
        // The registry's one thread, not one per session.
        QCOMPARE(threadsNamed("agi-frame-decod"), 1);
    }

    void sessionThatLeavesTheList_stopsButKeepsItsLastFrame()
    {
        const Session session = createSession();
        LiveSessionHandle handle = m_live->acquire(session);
        handle.setWatching(true);
        QTRY_VERIFY_WITH_TIMEOUT(!handle->poller()->frame().isNull(), 10000);

        m_live->updateFromList({});
        QVERIFY(!handle->isListed());
        QVERIFY(!handle->isPolling());
        QVERIFY(!handle->poller()->frame().isNull());

        m_live->updateFromList({session});
        QVERIFY(handle->isListed());
        QVERIFY(handle->isPolling());
    }

    void refusedScreenshotOfAListedSession_isTriedAgainUntilItPasses_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
    }

    void refusedScreenshotOfAListedSession_isTriedAgainUntilItPasses()
    {
        QFETCH(int, status);
        const Session session = createSession();
        m_fx->armFault(QStringLiteral("screenshot:http=%1,times=2").arg(status));
        LiveSessionHandle handle = m_live->acquire(session);
        QVERIFY(handle);
        FramePoller *poller = handle->poller();
        handle.setWatching(true);
        // Refused twice, then the frame comes: the frames never stopped for good.
        QTRY_VERIFY_WITH_TIMEOUT(!poller->frame().isNull(), 15000);
        QCOMPARE(poller->state(), FramePoller::State::Live);
        const auto shots = m_fx->requests(Endpoint::Screenshot, session.id);
        QVERIFY(shots.size() >= 3);
        QCOMPARE(shots.at(0).status, status);
        QCOMPARE(shots.at(1).status, status);
        // With backoff: the third came at least a backoff step after the second.
        QVERIFY2(shots.at(2).startedMs - shots.at(1).finishedMs >= FramePoller::FirstBackoffMs * 8 / 10,
            qPrintable(QString::number(shots.at(2).startedMs - shots.at(1).finishedMs)));
    }

    void refusedScreenshotWhenTheListRefusesTheKeyToo_stopsTheFrames()
    {
        const Session session = createSession();
        m_live->setKeyAccepted(false);
        m_fx->armFault(QStringLiteral("screenshot:http=401"));
        LiveSessionHandle handle = m_live->acquire(session);
        QVERIFY(handle);
        FramePoller *poller = handle->poller();
        handle.setWatching(true);
        QTRY_COMPARE_WITH_TIMEOUT(poller->state(), FramePoller::State::Failing, 10000);
        QCOMPARE(m_fx->count(Endpoint::Screenshot, session.id), 1);

        // The list takes the key again (another key, the server recovered): frames come back.
        m_fx->clearFaults();
        m_live->setKeyAccepted(true);
        QTRY_VERIFY_WITH_TIMEOUT(!poller->frame().isNull(), 10000);
    }

    void failedStatusRead_isAskedAgainOnItsOwn()
    {
        // A session with no task: nothing on its stream would make the feed ask /status again.
        const Session session = createSession();
        ApiClient *client = m_client->client();
        client->setRetryBaseDelay(50);
        client->setMaxAttempts(2);
        // Every attempt of the first read fails, so its job gives up.
        m_fx->armFault(QStringLiteral("status:http=503,times=2,session=%1").arg(session.id));
        LiveSessionHandle handle = m_live->acquire(session);
        LiveSession *live = handle.get();
        QVERIFY(live);
        MessageFeed *feed = live->feed();
        handle.setWatching(true);
        QTRY_COMPARE_WITH_TIMEOUT(feed->lastError().kind, ApiError::Kind::Server, 10000);

        // Asked again after a backoff step, without anything else happening: the real state shows
        // and the problem goes away.
        QTRY_VERIFY_WITH_TIMEOUT(feed->status().value != ExecutionStatus::Value::Unknown, 10000);
        QVERIFY(feed->lastError().isNone());
        const auto reads = m_fx->requests(Endpoint::Status, session.id);
        QVERIFY(reads.size() >= 3);
        QCOMPARE(reads.at(1).status, 503);
        QCOMPARE(reads.at(2).status, 200);
        QVERIFY2(reads.at(2).startedMs - reads.at(1).finishedMs >= 50 * 8 / 10,
            qPrintable(QString::number(reads.at(2).startedMs - reads.at(1).finishedMs)));
    }

    void replayedMessagesGetTheirTimesFromTheMessagesList_data()
    {
        // The stream's events carry no time; /messages has them. Either may answer first.
        QTest::addColumn<QString>("slowEndpoint");
        QTest::newRow("the replay first") << QStringLiteral("messages");
        QTest::newRow("the list first") << QStringLiteral("events");
    }

    void replayedMessagesGetTheirTimesFromTheMessagesList()
    {
        QFETCH(QString, slowEndpoint);
        const Session session = createSession(QStringLiteral("Research the history of paper"));
        test::SessionApi api(*m_probe);
        QTRY_VERIFY_WITH_TIMEOUT(api.messages(session.id).size() >= 2, 15000);
        QHash<qint64, QDateTime> serverTimes;
        const QJsonArray listed = api.messages(session.id);
        for (const auto &value : listed) {
            const std::optional<Message> message = Message::fromJson(value.toObject());
            QVERIFY(message && message->timestamp.isValid());
            serverTimes.insert(message->id, message->timestamp);
        }
        const int listReads = m_fx->count(Endpoint::Messages, session.id);
        m_fx->armFault(QStringLiteral("%1:latency=2000,times=1,session=%2").arg(slowEndpoint, session.id));

        LiveSessionHandle handle = m_live->acquire(session);
        LiveSession *live = handle.get();
        QVERIFY(live);
        handle.setWatching(true);
        MessageModel *messages = live->feed()->messages();
        const auto timeOf = [messages](qint64 id) {
            for (int row = 0; row < messages->rowCount(); ++row) {
                if (messages->messageAt(row).id == id)
                    return messages->messageAt(row).timestamp;
            }
            return QDateTime();
        };
        if (slowEndpoint == QLatin1String("messages")) {
            // The replay is shown before the list answers, without times.
            QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() >= serverTimes.size(), 10000);
            QVERIFY(!timeOf(serverTimes.keys().first()).isValid());
        }
        // Every message replayed gets the time the server gave it, once: no row is added.
        for (auto it = serverTimes.cbegin(); it != serverTimes.cend(); ++it)
            QTRY_COMPARE_WITH_TIMEOUT(timeOf(it.key()), it.value(), 10000);
        const QList<qint64> ids = conversationIds(*messages);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
        QCOMPARE(m_fx->count(Endpoint::Messages, session.id), listReads + 1);
    }

    void messagesFollowTheAgentWithoutDuplicates()
    {
        const Session session = createSession(QStringLiteral("Research the history of paper"));
        LiveSessionHandle handle = m_live->acquire(session);
        LiveSession *live = handle.get();
        QVERIFY(live);
        handle.setWatching(true);
        MessageModel *messages = live->feed()->messages();
        QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() >= 3, 15000);

        // Looked away and back: the feed goes on after what it has, nothing shows twice.
        handle.setWatching(false);
        handle.setWatching(true);
        QTRY_VERIFY_WITH_TIMEOUT(live->feed()->status().isTerminal(), 30000);
        const QList<qint64> ids = conversationIds(*messages);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
        QCOMPARE(ids.size(), test::SessionApi(*m_probe).messages(session.id).size());
    }
};

QTEST_MAIN(TestLiveSessions)
#include "tst_livesessions.moc"
