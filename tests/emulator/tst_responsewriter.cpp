// ResponseWriter over real HTTP on 127.0.0.1: every fault kind as a client sees it, and the RequestLog.
#include "emulator/requestlog.h"
#include "emulator/responsewriter.h"

#include <QAbstractHttpServer>
#include <QBuffer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace agi::emu;

namespace {

constexpr int kTimeoutMs = 10000;

// Answers every request with the same screenshot body through a ResponseWriter, with the faults
// the test armed; HttpStatus faults are answered with forFault() as the emulator does.
class ScreenshotServer final : public QAbstractHttpServer
{
public:
    ScreenshotServer(RequestLog *log, QByteArray body)
        : m_log(log)
        , m_body(std::move(body))
    { }

    QPointer<ResponseWriter> writer;
    QList<Fault> faults;
    qint64 lastRequestId = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        lastRequestId = m_log->begin(QByteArrayLiteral("GET"), request.url().path(), request.url().query(),
            Endpoint::Screenshot, QStringLiteral("s1"));
        EmulatorResponse response;
        response.body = m_body;
        for (const Fault &fault : std::as_const(faults)) {
            if (fault.kind == Fault::Kind::HttpStatus)
                response = EmulatorResponse::forFault(fault);
        }
        writer->send(makeResponder(request, socket), lastRequestId, response, faults);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    RequestLog *m_log;
    QByteArray m_body;
};

Fault fault(Fault::Kind kind, int value = 0)
{
    Fault f;
    f.kind = kind;
    f.value = value;
    return f;
}

QByteArray decodeScreenshot(const QByteArray &body, QString *prefix)
{
    const QString url = QJsonDocument::fromJson(body).object().value(QStringLiteral("screenshot")).toString();
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    *prefix = url.left(comma + 1);
    return QByteArray::fromBase64(url.mid(comma + 1).toLatin1());
}

} // namespace

class TestResponseWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void noFault_exactBody();
    void latency_completeBody();
    void httpStatus429_carriesRetryAfter();
    void httpStatus_unusualCodeIsWritten();
    void truncate_endsInErrorWithFewerBytes();
    void drop_errorWithoutData();
    void malformedJson_doesNotParse();
    void corruptJpeg_keepsMagicButDoesNotDecode();
    void hugeImage_claimsEnormousSize();
    void slow_arrivesInSeveralChunks();
    void stall_sendsHeadersThenNothing();
    void clientLeavesDuringSlowBody_isDropped();
    void writerDestroyedWithPendingRequest_isDropped();
    void logLineAndJson();
    void validationBody();

private:
    QNetworkReply *get(const QList<Fault> &faults);
    RequestRecord record(qint64 id) const;

    QByteArray m_jpeg;
    QByteArray m_body;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<ResponseWriter> m_writer;
    std::unique_ptr<ScreenshotServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_url;
    QStringList m_lines;
};

void TestResponseWriter::initTestCase()
{
    QImage image(96, 64, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 2, y * 3, (x * y) % 256));
    }
    QBuffer buffer(&m_jpeg);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "JPEG", 75));
    m_body = QJsonDocument(
        QJsonObject {
            {QStringLiteral("screenshot"),
                QString(QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(m_jpeg.toBase64()))},
            {QStringLiteral("url"), QStringLiteral("https://example.test/")},
            {QStringLiteral("title"), QStringLiteral("Example")},
        })
                 .toJson(QJsonDocument::Compact);

    m_log = std::make_unique<RequestLog>();
    m_log->setSink([this](const QString &line) { m_lines.append(line); });
    m_writer = std::make_unique<ResponseWriter>(m_log.get());
    m_server = std::make_unique<ScreenshotServer>(m_log.get(), m_body);
    m_server->writer = m_writer.get();
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/sessions/s1/screenshot").arg(port));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TestResponseWriter::cleanupTestCase()
{
    // The server goes first with connections possibly still open: nothing may fire into freed objects.
    m_server.reset();
    m_writer.reset();
    m_network.reset();
    m_log.reset();
}

QNetworkReply *TestResponseWriter::get(const QList<Fault> &faults)
{
    m_server->faults = faults;
    QNetworkReply *reply = m_network->get(QNetworkRequest(m_url));
    reply->setParent(this);
    return reply;
}

RequestRecord TestResponseWriter::record(qint64 id) const
{
    RequestRecord found;
    int matches = 0;
    const QList<RequestRecord> records = m_log->records();
    for (const RequestRecord &r : records) {
        if (r.id == id) {
            found = r;
            ++matches;
        }
    }
    return matches == 1 ? found : RequestRecord {};
}

void TestResponseWriter::noFault_exactBody()
{
    QNetworkReply *reply = get({});
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("application/json"));
    const QByteArray body = reply->readAll();
    QCOMPARE(body, m_body);
    QString prefix;
    QVERIFY(!QImage::fromData(decodeScreenshot(body, &prefix)).isNull());

    QTRY_VERIFY_WITH_TIMEOUT(!record(m_server->lastRequestId).inFlight(), kTimeoutMs);
    const RequestRecord r = record(m_server->lastRequestId);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.dropped);
}

void TestResponseWriter::latency_completeBody()
{
    QNetworkReply *reply = get({fault(Fault::Kind::Latency, 80)});
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), m_body);
    const RequestRecord r = record(m_server->lastRequestId);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.inFlight());
    QVERIFY(!r.dropped);
}

void TestResponseWriter::httpStatus429_carriesRetryAfter()
{
    Fault limit = fault(Fault::Kind::HttpStatus, 429);
    limit.retryAfterSeconds = 3;
    QNetworkReply *reply = get({limit});
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    QCOMPARE(reply->rawHeader(QByteArrayLiteral("Retry-After")), QByteArrayLiteral("3"));
    QCOMPARE(reply->readAll(), QByteArrayLiteral(R"({"detail":"Rate limit exceeded"})"));
    QTRY_COMPARE_WITH_TIMEOUT(record(m_server->lastRequestId).status, 429, kTimeoutMs);
}

void TestResponseWriter::httpStatus_unusualCodeIsWritten()
{
    QNetworkReply *reply = get({fault(Fault::Kind::HttpStatus, 599)});
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 599);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QVERIFY(!body.value(QStringLiteral("detail")).toString().isEmpty());

    const EmulatorResponse bad = EmulatorResponse::forFault(fault(Fault::Kind::HttpStatus, 502));
    QCOMPARE(bad.status, 502);
    QCOMPARE(bad.body, QByteArrayLiteral(R"({"detail":"Bad Gateway"})"));
    QCOMPARE(EmulatorResponse::forFault(fault(Fault::Kind::HttpStatus, 500)).body,
        QByteArrayLiteral(R"({"detail":"Internal Server Error"})"));
    QCOMPARE(EmulatorResponse::forFault(fault(Fault::Kind::HttpStatus, 503)).body,
        QByteArrayLiteral(R"({"detail":"Service Unavailable"})"));
}

void TestResponseWriter::truncate_endsInErrorWithFewerBytes()
{
    QNetworkReply *reply = get({fault(Fault::Kind::Truncate)});
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    // Depending on timing, QNetworkAccessManager reports the closed connection as an error or
    // finishes the reply with fewer bytes than Content-Length announced; either way it is cut.
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    QCOMPARE(announced, m_body.size());
    QVERIFY(reply->readAll().size() < m_body.size());
    QTRY_VERIFY_WITH_TIMEOUT(!record(m_server->lastRequestId).inFlight(), kTimeoutMs);
    const RequestRecord r = record(m_server->lastRequestId);
    QCOMPARE(r.status, 200);
    QVERIFY(r.dropped);
}

void TestResponseWriter::drop_errorWithoutData()
{
    QNetworkReply *reply = get({fault(Fault::Kind::Drop)});
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QVERIFY(reply->readAll().isEmpty());
    const RequestRecord r = record(m_server->lastRequestId);
    QCOMPARE(r.status, 0);
    QVERIFY(r.dropped);
    QVERIFY(!r.inFlight());
}

void TestResponseWriter::malformedJson_doesNotParse()
{
    QNetworkReply *reply = get({fault(Fault::Kind::MalformedJson)});
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray body = reply->readAll();
    QVERIFY(!body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(!record(m_server->lastRequestId).dropped);
}

void TestResponseWriter::corruptJpeg_keepsMagicButDoesNotDecode()
{
    QNetworkReply *reply = get({fault(Fault::Kind::CorruptJpeg)});
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray body = reply->readAll();
    QVERIFY(QJsonDocument::fromJson(body).isObject());
    QString prefix;
    const QByteArray jpeg = decodeScreenshot(body, &prefix);
    QCOMPARE(prefix, QStringLiteral("data:image/jpeg;base64,"));
    QVERIFY(jpeg.startsWith(QByteArrayLiteral("\xFF\xD8")));
    QVERIFY(jpeg != m_jpeg);
    QVERIFY(qAbs(jpeg.size() - m_jpeg.size()) < 16);
    QVERIFY(QImage::fromData(jpeg).isNull());
}

void TestResponseWriter::hugeImage_claimsEnormousSize()
{
    QNetworkReply *reply = get({fault(Fault::Kind::HugeImage)});
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QString prefix;
    QByteArray jpeg = decodeScreenshot(reply->readAll(), &prefix);
    QCOMPARE(prefix, QStringLiteral("data:image/jpeg;base64,"));
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    QCOMPARE(reader.size(), QSize(60000, 60000));
}

void TestResponseWriter::slow_arrivesInSeveralChunks()
{
    // About five 100 ms ticks for the whole body.
    QNetworkReply *reply = get({fault(Fault::Kind::Slow, static_cast<int>(m_body.size() * 2))});
    QByteArray received;
    int chunks = 0;
    connect(reply, &QNetworkReply::readyRead, this, [&] {
        received += reply->readAll();
        ++chunks;
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    received += reply->readAll();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(received, m_body);
    QVERIFY2(chunks >= 3, qPrintable(QString::number(chunks)));
    const RequestRecord r = record(m_server->lastRequestId);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.dropped);
    QVERIFY(!r.inFlight());
}

void TestResponseWriter::stall_sendsHeadersThenNothing()
{
    QNetworkReply *stalled = get({fault(Fault::Kind::Stall)});
    const qint64 stalledId = [&] {
        QSignalSpy headers(stalled, &QNetworkReply::metaDataChanged);
        return headers.wait(kTimeoutMs) ? m_server->lastRequestId : 0;
    }();
    QVERIFY(stalledId != 0);
    QCOMPARE(stalled->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QSignalSpy stalledFinished(stalled, &QNetworkReply::finished);

    // A second, healthy request completes meanwhile: a point in time after which the stalled one
    // had every chance to finish.
    QNetworkReply *other = get({});
    QSignalSpy otherFinished(other, &QNetworkReply::finished);
    QVERIFY(otherFinished.wait(kTimeoutMs));
    QCOMPARE(other->readAll(), m_body);
    QVERIFY(stalled->isRunning());
    QCOMPARE(stalledFinished.count(), 0);
    QVERIFY(record(stalledId).inFlight());

    stalled->abort();
    QTRY_VERIFY_WITH_TIMEOUT(!record(stalledId).inFlight(), kTimeoutMs);
    QCOMPARE(record(stalledId).status, 200);
    QVERIFY(record(stalledId).dropped);
}

void TestResponseWriter::clientLeavesDuringSlowBody_isDropped()
{
    QNetworkReply *reply = get({fault(Fault::Kind::Slow, 100)});
    QSignalSpy readyRead(reply, &QNetworkReply::readyRead);
    QVERIFY(readyRead.wait(kTimeoutMs));
    const qint64 id = m_server->lastRequestId;
    reply->abort();
    QTRY_VERIFY_WITH_TIMEOUT(!record(id).inFlight(), kTimeoutMs);
    QVERIFY(record(id).dropped);
}

void TestResponseWriter::writerDestroyedWithPendingRequest_isDropped()
{
    auto writer = std::make_unique<ResponseWriter>(m_log.get());
    m_server->writer = writer.get();
    const qint64 before = m_server->lastRequestId;
    QNetworkReply *reply = get({fault(Fault::Kind::Latency, 60000)});
    QTRY_VERIFY_WITH_TIMEOUT(m_server->lastRequestId != before, kTimeoutMs);
    QVERIFY(record(m_server->lastRequestId).inFlight());
    const qint64 id = m_server->lastRequestId;
    writer.reset();
    m_server->writer = m_writer.get();
    QVERIFY(!record(id).inFlight());
    QVERIFY(record(id).dropped);
    reply->abort();
}

void TestResponseWriter::logLineAndJson()
{
    m_lines.clear();
    QNetworkReply *ok = get({});
    QSignalSpy okFinished(ok, &QNetworkReply::finished);
    QVERIFY(okFinished.wait(kTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(m_lines.size(), 1, kTimeoutMs);
    QVERIFY2(QRegularExpression(QStringLiteral("^GET /v1/sessions/s1/screenshot 200 \\d+ ms$"))
                 .match(m_lines.constLast())
                 .hasMatch(),
        qPrintable(m_lines.constLast()));

    QNetworkReply *dropped = get({fault(Fault::Kind::Drop)});
    QSignalSpy droppedFinished(dropped, &QNetworkReply::finished);
    QVERIFY(droppedFinished.wait(kTimeoutMs));
    // QNAM resends a GET once when a reused connection closes without an answer: two dropped lines.
    QTRY_VERIFY_WITH_TIMEOUT(!record(m_server->lastRequestId).inFlight(), kTimeoutMs);
    QVERIFY(m_lines.size() >= 2);
    QVERIFY2(QRegularExpression(QStringLiteral("^GET /v1/sessions/s1/screenshot dropped \\d+ ms$"))
                 .match(m_lines.constLast())
                 .hasMatch(),
        qPrintable(m_lines.constLast()));

    const QJsonObject last = m_log->toJson().last().toObject();
    QCOMPARE(last.value(QStringLiteral("id")).toInteger(), m_server->lastRequestId);
    QCOMPARE(last.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(last.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/sessions/s1/screenshot"));
    QCOMPARE(last.value(QStringLiteral("endpoint")).toString(), QStringLiteral("screenshot"));
    QCOMPARE(last.value(QStringLiteral("session_id")).toString(), QStringLiteral("s1"));
    QCOMPARE(last.value(QStringLiteral("status")).toInt(), 0);
    QVERIFY(last.value(QStringLiteral("dropped")).toBool());
    QVERIFY(
        last.value(QStringLiteral("finished_ms")).toInteger() >= last.value(QStringLiteral("started_ms")).toInteger());
}

void TestResponseWriter::validationBody()
{
    const EmulatorResponse response = EmulatorResponse::validation({QStringLiteral("body"), QStringLiteral("message")},
        QStringLiteral("Field required"), QStringLiteral("missing"));
    QCOMPARE(response.status, 422);
    QCOMPARE(response.body,
        QByteArrayLiteral(R"({"detail":[{"loc":["body","message"],"msg":"Field required","type":"missing"}]})"));
    QCOMPARE(EmulatorResponse::detail(404, QStringLiteral("Session not found")).body,
        QByteArrayLiteral(R"({"detail":"Session not found"})"));
}

QTEST_GUILESS_MAIN(TestResponseWriter)
#include "tst_responsewriter.moc"
