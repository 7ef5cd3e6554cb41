// The emulator's SSE stream (/events): framing, history, filters, heartbeats and closing.
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace agi::test;

namespace {

struct Event
{
    QString id;
    QString name;
    QByteArray data;
    QJsonObject json() const { return QJsonDocument::fromJson(data).object(); }
};

//! Reads one SSE response as it arrives and splits it into events (LF framing, as the emulator sends).
class StreamReader final : public QObject
{
public:
    StreamReader(QNetworkAccessManager &network, const QUrl &url, const QByteArray &key)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + key);
        request.setRawHeader("Accept", "text/event-stream");
        reply = network.get(request);
        connect(reply, &QNetworkReply::readyRead, this, [this] {
            buffer += reply->readAll();
            qsizetype end;
            while ((end = buffer.indexOf("\n\n")) >= 0) {
                rawBlocks << buffer.left(end);
                parse(buffer.left(end));
                buffer.remove(0, end + 2);
            }
        });
    }
    ~StreamReader() override
    {
        if (reply) {
            reply->abort();
            reply->deleteLater();
        }
    }

    bool waitFinished(int ms) { return reply->isFinished() || QSignalSpy(reply, &QNetworkReply::finished).wait(ms); }
    QStringList names() const
    {
        QStringList result;
        for (const Event &e : events)
            result << e.name;
        return result;
    }

    QNetworkReply *reply = nullptr;
    QList<Event> events;
    QList<QByteArray> rawBlocks;

private:
    void parse(const QByteArray &block)
    {
        Event event;
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith("id: "))
                event.id = QString::fromUtf8(line.mid(4));
            else if (line.startsWith("event: "))
                event.name = QString::fromUtf8(line.mid(7));
            else if (line.startsWith("data: "))
                event.data = line.mid(6);
        }
        events << event;
    }

    QByteArray buffer;
};

} // namespace

class TestEmulatorEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void liveStream_framingAndCloseAfterDone();
    void history_replaysStoredMessagesThenCloses();
    void includeHistoryFalse_onlyNewEvents();
    void eventTypes_filter();
    void heartbeat_keepsAnIdleStreamAlive();
    void heartbeat_isSentWhateverTheEventTypes();
    void stepUrls_startUrlAsSentAndTheRestValidAndEncoded();
    void pauseAndResume_areEvents();
    void errorTask_closesAfterError();

private:
    QUrl eventsUrl(const QString &id, const QString &query = {}) const
    {
        return m_fx->url(QStringLiteral("/v1/sessions/%1/events").arg(id), query);
    }

    std::unique_ptr<EmulatorFixture> m_fx;
    std::unique_ptr<HttpProbe> m_probe;
    std::unique_ptr<SessionApi> m_api;
    QNetworkAccessManager m_network;
};

void TestEmulatorEvents::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_fx = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
    m_probe = std::make_unique<HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
    m_api = std::make_unique<SessionApi>(*m_probe);
}

void TestEmulatorEvents::cleanup()
{
    m_api.reset();
    m_probe.reset();
    m_fx.reset();
}

void TestEmulatorEvents::liveStream_framingAndCloseAfterDone()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    StreamReader stream(m_network, eventsUrl(id), m_fx->apiKey());
    QTRY_VERIFY_WITH_TIMEOUT(stream.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200, 5000);
    QVERIFY(stream.reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .startsWith(QStringLiteral("text/event-stream")));
    QCOMPARE(m_api->sendMessage(id, QStringLiteral("find flights to Lisbon")).status, 200);

    QVERIFY2(stream.waitFinished(30000), "the server closes the stream after done");
    QCOMPARE(stream.reply->error(), QNetworkReply::NoError);
    const QStringList names = stream.names();
    QVERIFY2(names.contains(QStringLiteral("user")), qPrintable(names.join(u',')));
    QVERIFY(names.contains(QStringLiteral("thought")));
    QVERIFY(names.contains(QStringLiteral("step")));
    QCOMPARE(names.last(), QStringLiteral("done"));

    int lastId = 0;
    for (const Event &e : std::as_const(stream.events)) {
        QVERIFY2(!e.name.isEmpty(), "every event has an event: line");
        QVERIFY2(!e.data.contains('\n'), "data is one line");
        QVERIFY2(QJsonDocument::fromJson(e.data).isObject(), e.data.constData());
        if (e.name == QStringLiteral("thought") || e.name == QStringLiteral("done")) {
            QVERIFY(!e.id.isEmpty());
            QVERIFY(e.id.toInt() > lastId);
            lastId = e.id.toInt();
            QCOMPARE(e.json().value(QStringLiteral("message_id")).toInt(), e.id.toInt());
            QVERIFY(e.json().contains(QStringLiteral("text")));
            QVERIFY(e.json().contains(QStringLiteral("content")));
        }
    }
    QVERIFY(stream.events.last().json().value(QStringLiteral("result")).isObject());
}

void TestEmulatorEvents::history_replaysStoredMessagesThenCloses()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    m_api->sendMessage(id, QStringLiteral("find flights to Lisbon"));
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 20000);
    const int stored = m_api->messages(id).size();

    StreamReader stream(m_network, eventsUrl(id), m_fx->apiKey());
    QVERIFY(stream.waitFinished(10000));
    int messageEvents = 0;
    for (const Event &e : std::as_const(stream.events))
        messageEvents += e.id.isEmpty() ? 0 : 1;
    QCOMPARE(messageEvents, stored);
    QCOMPARE(stream.names().last(), QStringLiteral("done"));
}

void TestEmulatorEvents::includeHistoryFalse_onlyNewEvents()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    m_api->sendMessage(id, QStringLiteral("book a table for two"));
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("waiting_for_input"), 20000);
    const QJsonArray before = m_api->messages(id);
    const int lastBefore = before.last().toObject().value(QStringLiteral("id")).toInt();

    StreamReader stream(m_network, eventsUrl(id, QStringLiteral("include_history=false")), m_fx->apiKey());
    QTRY_VERIFY_WITH_TIMEOUT(stream.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200, 5000);
    m_api->sendMessage(id, QStringLiteral("8 pm"));
    QVERIFY(stream.waitFinished(30000));
    for (const Event &e : std::as_const(stream.events)) {
        if (!e.id.isEmpty())
            QVERIFY2(e.id.toInt() > lastBefore, "no replayed history");
    }
    QCOMPARE(stream.names().last(), QStringLiteral("done"));
}

void TestEmulatorEvents::eventTypes_filter()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    m_api->sendMessage(id, QStringLiteral("find flights to Lisbon"));
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("finished"), 20000);
    StreamReader stream(m_network, eventsUrl(id, QStringLiteral("event_types=thought,done")), m_fx->apiKey());
    QVERIFY(stream.waitFinished(10000));
    QVERIFY(!stream.events.isEmpty());
    for (const QString &name : stream.names())
        QVERIFY2(name == QStringLiteral("thought") || name == QStringLiteral("done"), qPrintable(name));
}

void TestEmulatorEvents::heartbeat_keepsAnIdleStreamAlive()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    StreamReader stream(m_network, eventsUrl(id), m_fx->apiKey());
    // The fixture's heartbeat interval is 500 ms.
    QTRY_VERIFY_WITH_TIMEOUT(stream.names().count(QStringLiteral("heartbeat")) >= 2, 10000);
    const Event beat = stream.events.at(stream.names().indexOf(QStringLiteral("heartbeat")));
    QVERIFY(beat.id.isEmpty());
    QVERIFY(!beat.json().value(QStringLiteral("timestamp")).toString().isEmpty());
    QVERIFY(!stream.reply->isFinished());
}

void TestEmulatorEvents::heartbeat_isSentWhateverTheEventTypes()
{
    // Part A: heartbeats keep the connection alive, so a filter never holds them back.
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    StreamReader stream(m_network, eventsUrl(id, QStringLiteral("event_types=done")), m_fx->apiKey());
    QTRY_VERIFY_WITH_TIMEOUT(stream.names().count(QStringLiteral("heartbeat")) >= 2, 10000);
    QVERIFY(!stream.reply->isFinished());
}

void TestEmulatorEvents::stepUrls_startUrlAsSentAndTheRestValidAndEncoded()
{
    const QString startUrl = QStringLiteral("https://www.example.com/a%20b?q=x%20y&r=%C3%A9");
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    StreamReader stream(m_network, eventsUrl(id), m_fx->apiKey());
    QTRY_VERIFY_WITH_TIMEOUT(stream.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200, 5000);
    const QJsonObject body {{QStringLiteral("message"),
                                QStringLiteral("Research the latest developments in café culture & \"50% off\" deals")},
        {QStringLiteral("start_url"), startUrl}};
    QCOMPARE(
        m_probe->post(QStringLiteral("/v1/sessions/%1/message").arg(id), QJsonDocument(body).toJson()).status, 200);
    QVERIFY(stream.waitFinished(30000));

    QStringList urls;
    for (const Event &e : std::as_const(stream.events)) {
        if (e.name == QStringLiteral("step"))
            urls << e.json().value(QStringLiteral("url")).toString();
    }
    const QJsonObject result = stream.events.last().json().value(QStringLiteral("result")).toObject();
    for (const QJsonValue source : result.value(QStringLiteral("sources")).toArray())
        urls << source.toObject().value(QStringLiteral("url")).toString();
    QVERIFY(urls.size() >= 4);
    QCOMPARE(urls.first(), startUrl);
    for (const QString &url : std::as_const(urls)) {
        QVERIFY2(QUrl(url, QUrl::StrictMode).isValid(), qPrintable(url));
        for (const QChar c : url)
            QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7f, qPrintable(url));
        QVERIFY2(!url.contains(QLatin1Char('"')) && !url.contains(QLatin1String("% ")), qPrintable(url));
    }
}

void TestEmulatorEvents::pauseAndResume_areEvents()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    StreamReader stream(m_network, eventsUrl(id), m_fx->apiKey());
    m_api->sendMessage(id, QStringLiteral("find flights to Lisbon"));
    QTRY_COMPARE_WITH_TIMEOUT(m_api->executionStatus(id), QStringLiteral("running"), 5000);
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/pause").arg(id)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(stream.names().contains(QStringLiteral("paused")), 5000);
    QCOMPARE(m_probe->post(QStringLiteral("/v1/sessions/%1/resume").arg(id)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(stream.names().contains(QStringLiteral("resumed")), 5000);
    QVERIFY(stream.waitFinished(30000));
}

void TestEmulatorEvents::errorTask_closesAfterError()
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    StreamReader stream(m_network, eventsUrl(id), m_fx->apiKey());
    m_api->sendMessage(id, QStringLiteral("this will fail"));
    QVERIFY(stream.waitFinished(30000));
    QCOMPARE(stream.names().last(), QStringLiteral("error"));
    QVERIFY(!stream.events.last().json().value(QStringLiteral("error")).toString().isEmpty());
}

QTEST_MAIN(TestEmulatorEvents)
#include "tst_emulatorevents.moc"
