// Requests whose body length cannot be known, sent byte for byte over a raw socket as a smuggling
// client or a broken proxy would: the emulator answers 400 and closes, like a real server, and
// runs no handler; well-framed requests go on working.
#include "emulator/requestlog.h"
#include "emulatorfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace agi::test;
using agi::emu::Endpoint;

namespace {

struct RawReply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false; // the server closed the connection after its answer
};

} // namespace

class TestEmulatorFraming final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void unframedRequest_isRefused_data();
    void unframedRequest_isRefused();
    void wellFramedRequests_stillWork_data();
    void wellFramedRequests_stillWork();

private:
    // Sends `head` (request line and headers, without the blank line) and `body` as they are;
    // with `awaitClose`, waits for the server to close the connection after its answer.
    RawReply exchange(const QByteArray &head, const QByteArray &body, bool awaitClose = false);
    int listedSessions();

    std::unique_ptr<EmulatorFixture> m_fx;
};

void TestEmulatorFraming::init()
{
    m_fx = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
}

void TestEmulatorFraming::cleanup()
{
    m_fx.reset();
}

RawReply TestEmulatorFraming::exchange(const QByteArray &head, const QByteArray &body, bool awaitClose)
{
    // The emulator runs in this thread: wait by running the event loop, never by blocking it.
    RawReply reply;
    QTcpSocket socket;
    QByteArray received;
    qsizetype headEnd = -1;
    qsizetype length = -1;
    const auto complete = [&] { return headEnd >= 0 && received.size() >= headEnd + 4 + length; };
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        received += socket.readAll();
        if (headEnd >= 0 || (headEnd = received.indexOf("\r\n\r\n")) < 0)
            return;
        reply.head = received.left(headEnd);
        const QList<QByteArray> lines = reply.head.split('\n');
        reply.status = lines.constFirst().split(' ').value(1).toInt();
        length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
    });
    socket.connectToHost(m_fx->baseUrl().host(), quint16(m_fx->baseUrl().port()));
    socket.write(head + "\r\nHost: " + m_fx->baseUrl().authority().toLatin1() + "\r\nAuthorization: Bearer "
        + m_fx->apiKey() + "\r\n\r\n" + body);
    // An unanswered exchange shows as status 0, which the callers compare.
    (void)QTest::qWaitFor([&] { return complete() || socket.state() == QAbstractSocket::UnconnectedState; }, 10000);
    if (headEnd >= 0)
        reply.body = received.mid(headEnd + 4, length);
    if (awaitClose)
        (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000); // see closed
    reply.closed = socket.state() == QAbstractSocket::UnconnectedState;
    return reply;
}

int TestEmulatorFraming::listedSessions()
{
    const RawReply list = exchange("GET /v1/sessions HTTP/1.1\r\nConnection: close", {});
    return int(QJsonDocument::fromJson(list.body).array().size());
}

void TestEmulatorFraming::unframedRequest_isRefused_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("why");

    const QByteArray chunked = "2\r\n{}\r\n0\r\n\r\n";
    QTest::newRow("Content-Length and chunked") << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked")
                                                << chunked << QStringLiteral("Transfer-Encoding");
    QTest::newRow("chunked and Content-Length") << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 13")
                                                << chunked << QStringLiteral("Transfer-Encoding");
    QTest::newRow("negative Content-Length")
        << QByteArray("Content-Length: -5") << QByteArray("{}") << QStringLiteral("non-negative");
    QTest::newRow("two different Content-Length values")
        << QByteArray("Content-Length: 2\r\nContent-Length: 3") << QByteArray("{} ") << QStringLiteral("conflicting");
    QTest::newRow("two values in one Content-Length")
        << QByteArray("Content-Length: 2, 3") << QByteArray("{} ") << QStringLiteral("conflicting");
}

void TestEmulatorFraming::unframedRequest_isRefused()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, why);

    // Keep-alive is asked for: the server closes anyway, since the next request's start is unknown.
    const RawReply reply
        = exchange("POST /v1/sessions HTTP/1.1\r\nContent-Type: application/json\r\n" + headers, body, true);
    QCOMPARE(reply.status, 400);
    const QString detail = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(why), qPrintable(detail));
    QVERIFY(reply.closed);

    // The request reached no handler: no session was created, and the log says 400.
    QCOMPARE(listedSessions(), 0);
    const QList<agi::emu::RequestRecord> creates = m_fx->requests(Endpoint::CreateSession);
    QCOMPARE(creates.size(), 1);
    QCOMPARE(creates.constFirst().status, 400);
}

void TestEmulatorFraming::wellFramedRequests_stillWork_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("Content-Length") << QByteArray("Content-Length: 2") << QByteArray("{}");
    QTest::newRow("the same Content-Length twice")
        << QByteArray("Content-Length: 2\r\nContent-Length: 2") << QByteArray("{}");
    QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked") << QByteArray("2\r\n{}\r\n0\r\n\r\n");
}

void TestEmulatorFraming::wellFramedRequests_stillWork()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);

    const RawReply reply = exchange(
        "POST /v1/sessions HTTP/1.1\r\nConnection: close\r\nContent-Type: application/json\r\n" + headers, body);
    QCOMPARE(reply.status, 200);
    QVERIFY(!QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("session_id")).toString().isEmpty());
    QCOMPARE(listedSessions(), 1);
}

QTEST_GUILESS_MAIN(TestEmulatorFraming)
#include "tst_emulatorframing.moc"
