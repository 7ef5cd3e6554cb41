#include "api/apiclient.h"
#include "api/eventstream.h"

#include "fakenetwork.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace agi;
using agi::test::FakeNetwork;
using agi::test::FakeRequest;
using agi::test::FakeResponse;

namespace {

QByteArray sse(const char *name, int id, const char *text)
{
    QByteArray out;
    if (id > 0)
        out += "id: " + QByteArray::number(id) + "\n";
    out += QByteArrayLiteral("event: ") + name + "\n";
    out += QByteArrayLiteral("data: {\"text\":\"") + text + "\",\"content\":\"" + text + "\""
        + (id > 0 ? ",\"message_id\":" + QByteArray::number(id) : QByteArray()) + "}\n\n";
    return out;
}

FakeResponse stream(const QList<QByteArray> &chunks)
{
    FakeResponse response;
    response.mode = FakeResponse::Mode::Stream;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream")}};
    response.chunks = chunks;
    return response;
}

QList<qint64> ids(const QSignalSpy &spy)
{
    QList<qint64> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<Message>().id);
    return out;
}

} // namespace

class TestApiEventStream final : public QObject
{
    Q_OBJECT

private:
    FakeNetwork *m_net = nullptr;
    ApiClient *m_client = nullptr;

    QList<FakeRequest> eventRequests() const
    {
        QList<FakeRequest> out;
        for (const FakeRequest &request : m_net->requests()) {
            if (request.url.path().endsWith(QLatin1String("/events")))
                out.append(request);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Message>(); }
    void init()
    {
        m_net = new FakeNetwork(this);
        m_client = new ApiClient(m_net, this);
        m_client->setSeparateStreams(false); // the fake network answers the streams too
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        m_client->setApiKey(QByteArrayLiteral("k"));
        m_client->setRetryBaseDelay(1);
    }
    void cleanup()
    {
        delete m_client;
        delete m_net;
    }

    void followsATaskToDone_withoutDuplicates()
    {
        m_net->setHandler([](const FakeRequest &) {
            return stream({sse("thought", 1, "Looking"),
                QByteArrayLiteral("event: heartbeat\ndata: {\"timestamp\":\"2025-10-05T18:05:30Z\"}\n\n"),
                QByteArrayLiteral("event: step\ndata: {\"action\":\"click\",\"url\":\"https://a.example\"}\n\n"),
                sse("question", 2, "Morning or evening?") + sse("thought", 1, "Looking"),
                QByteArrayLiteral("event: brand_new\ndata: {}\n\n"),
                QByteArrayLiteral("id: 3\nevent: done\ndata: {\"text\":\"Task completed\",\"result\":{\"n\":3},"
                                  "\"message_id\":3}\n\n")});
        });
        EventStream events(m_client, QStringLiteral("s-1"));
        QSignalSpy messages(&events, &EventStream::messageReceived);
        QSignalSpy steps(&events, &EventStream::stepReceived);
        QSignalSpy heartbeats(&events, &EventStream::heartbeat);
        QSignalSpy status(&events, &EventStream::statusChanged);
        QSignalSpy finished(&events, &EventStream::finished);
        events.start();
        QVERIFY(finished.wait());
        QCOMPARE(ids(messages), (QList<qint64> {1, 2, 3}));
        QCOMPARE(messages.at(1).at(0).value<Message>().type, Message::Type::Question);
        QCOMPARE(messages.at(1).at(0).value<Message>().text(), QStringLiteral("Morning or evening?"));
        const Message done = messages.at(2).at(0).value<Message>();
        QCOMPARE(done.type, Message::Type::Done);
        QCOMPARE(done.text(), QStringLiteral("Task completed"));
        QCOMPARE(done.metadata.value(QLatin1String("result")).toObject().value(QLatin1String("n")).toInt(), 3);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.at(0).at(0).toJsonObject().value(QLatin1String("action")).toString(), QStringLiteral("click"));
        QCOMPARE(heartbeats.size(), 1);
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.at(0).at(0).value<EventStream::TaskEvent>(), EventStream::TaskEvent::Done);
        QCOMPARE(events.state(), EventStream::State::Finished);
        const FakeRequest request = eventRequests().at(0);
        QCOMPARE(request.request.rawHeader("Accept"), QByteArrayLiteral("text/event-stream"));
        QCOMPARE(QUrlQuery(request.url).queryItemValue(QStringLiteral("include_history")), QStringLiteral("true"));
    }

    void reconnects_andCatchesUpBeforeResuming()
    {
        int streams = 0;
        m_net->setHandler([&streams](const FakeRequest &request) {
            if (request.url.path().endsWith(QLatin1String("/messages")))
                return FakeResponse::json(200,
                    QByteArrayLiteral(
                        R"({"messages":[{"id":2,"type":"THOUGHT","content":"missed"},{"id":3,"type":"THOUGHT","content":"live"}],)"
                        R"("status":"running","has_agent":true})"));
            if (++streams == 1) {
                FakeResponse dropped;
                dropped.mode = FakeResponse::Mode::Truncate;
                dropped.body = sse("thought", 1, "first");
                dropped.truncateAt = dropped.body.size();
                return dropped;
            }
            return stream({sse("thought", 3, "live"), sse("done", 4, "Task completed")});
        });
        EventStream events(m_client, QStringLiteral("s-1"));
        QSignalSpy messages(&events, &EventStream::messageReceived);
        QSignalSpy errors(&events, &EventStream::errorOccurred);
        QSignalSpy finished(&events, &EventStream::finished);
        events.start();
        QVERIFY(finished.wait());
        QCOMPARE(ids(messages), (QList<qint64> {1, 2, 3, 4}));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(events.reconnectCount(), 1);
        const QList<FakeRequest> streamsSeen = eventRequests();
        QCOMPARE(streamsSeen.size(), 2);
        QCOMPARE(QUrlQuery(streamsSeen.at(1).url).queryItemValue(QStringLiteral("include_history")),
            QStringLiteral("false"));
        bool caughtUp = false;
        for (const FakeRequest &request : m_net->requests()) {
            if (request.url.path().endsWith(QLatin1String("/messages"))) {
                QCOMPARE(QUrlQuery(request.url).queryItemValue(QStringLiteral("after_id")), QStringLiteral("1"));
                caughtUp = true;
            }
        }
        QVERIFY(caughtUp);
    }

    void silentStream_triggersTheWatchdog()
    {
        int streams = 0;
        m_net->setHandler([&streams](const FakeRequest &request) {
            if (request.url.path().endsWith(QLatin1String("/messages")))
                return FakeResponse::json(200, QByteArrayLiteral(R"({"messages":[],"status":"running"})"));
            if (++streams == 1)
                return stream({}); // headers, then nothing at all
            return stream({sse("done", 9, "ok")});
        });
        EventStream events(m_client, QStringLiteral("s-1"));
        events.setHeartbeatInterval(30);
        QSignalSpy errors(&events, &EventStream::errorOccurred);
        QSignalSpy finished(&events, &EventStream::finished);
        events.start();
        QVERIFY(finished.wait());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Timeout);
        QCOMPARE(eventRequests().size(), 2);
    }

    void catchUp_seesTheTaskEnded_andStops()
    {
        int streams = 0;
        m_net->setHandler([&streams](const FakeRequest &request) {
            if (request.url.path().endsWith(QLatin1String("/messages")))
                return FakeResponse::json(200,
                    QByteArrayLiteral(
                        R"({"messages":[{"id":5,"type":"ERROR","content":"Browser crashed"}],"status":"error"})"));
            if (++streams == 1)
                return FakeResponse::fail(QNetworkReply::RemoteHostClosedError);
            return stream({});
        });
        EventStream events(m_client, QStringLiteral("s-1"));
        QSignalSpy messages(&events, &EventStream::messageReceived);
        QSignalSpy status(&events, &EventStream::statusChanged);
        QSignalSpy finished(&events, &EventStream::finished);
        events.start();
        // The first connection never opened: the second is a fresh start, not a reconnect with catch-up.
        QTRY_COMPARE(eventRequests().size(), 2);
        QTRY_COMPARE(events.state(), EventStream::State::Streaming);
        m_net->lastReply()->end(QNetworkReply::RemoteHostClosedError);
        QVERIFY(finished.wait());
        QCOMPARE(ids(messages), (QList<qint64> {5}));
        QCOMPARE(status.last().at(0).value<EventStream::TaskEvent>(), EventStream::TaskEvent::Error);
    }

    void notFound_isFinal()
    {
        m_net->setHandler([](const FakeRequest &) {
            return FakeResponse::json(404, QByteArrayLiteral(R"({"detail":"Session not found"})"));
        });
        EventStream events(m_client, QStringLiteral("gone"));
        QSignalSpy errors(&events, &EventStream::errorOccurred);
        QSignalSpy finished(&events, &EventStream::finished);
        events.start();
        QVERIFY(finished.wait());
        QCOMPARE(errors.size(), 1);
        const ApiError error = errors.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::NotFound);
        QCOMPARE(error.serverMessage, QStringLiteral("Session not found"));
        QCOMPARE(m_net->requestCount(), 1);
    }

    void stop_endsForGood()
    {
        m_net->setHandler([](const FakeRequest &) { return stream({sse("thought", 1, "a")}); });
        EventStream events(m_client, QStringLiteral("s-1"));
        QSignalSpy messages(&events, &EventStream::messageReceived);
        QSignalSpy finished(&events, &EventStream::finished);
        events.start();
        QVERIFY(messages.wait());
        events.stop();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(events.state(), EventStream::State::Finished);
        QCoreApplication::processEvents();
        QCOMPARE(m_net->requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiEventStream)
#include "tst_apieventstream.moc"
