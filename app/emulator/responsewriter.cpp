#include "responsewriter.h"

#include "requestlog.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace agi::emu {

namespace {

Q_LOGGING_CATEGORY(lcWriter, "agi.emulator")

constexpr int kSlowTickMs = 100;
constexpr quint16 kHugeDimension = 60000;
constexpr double kMalformedCut = 0.6;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        break;
    }
    if (status >= 500)
        return QByteArrayLiteral("Server Error");
    if (status >= 400)
        return QByteArrayLiteral("Client Error");
    return QByteArrayLiteral("Status");
}

// Deterministic filler without 0xFF, so a JPEG decoder finds no marker in it and gives up on the
// image instead of painting garbage.
QByteArray garbage(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 0x2545F491u;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes[i] = static_cast<char>((state >> 24) % 0xFFu);
    }
    return bytes;
}

quint8 byteAt(const QByteArray &data, qsizetype pos)
{
    return static_cast<quint8>(data.at(pos));
}

// Walks the JPEG marker segments; returns the offset of the first SOS marker (or -1) and the offsets
// of the SOF0/SOF1/SOF2 markers seen before it.
qsizetype findScanStart(const QByteArray &jpeg, QList<qsizetype> *frames)
{
    qsizetype pos = 2;
    while (pos + 4 <= jpeg.size()) {
        if (byteAt(jpeg, pos) != 0xFF)
            return -1;
        const quint8 marker = byteAt(jpeg, pos + 1);
        if (marker == 0xFF) {
            ++pos; // fill byte
            continue;
        }
        if (marker == 0xDA)
            return pos;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
            pos += 2; // markers without a length
            continue;
        }
        if ((marker == 0xC0 || marker == 0xC1 || marker == 0xC2) && frames)
            frames->append(pos);
        pos += 2 + ((byteAt(jpeg, pos + 2) << 8) | byteAt(jpeg, pos + 3));
    }
    return -1;
}

QByteArray damageJpeg(QByteArray jpeg, Fault::Kind kind)
{
    QList<qsizetype> frames;
    const qsizetype scan = findScanStart(jpeg, &frames);
    if (scan < 0)
        return jpeg;
    if (kind == Fault::Kind::CorruptJpeg)
        return jpeg.left(scan) + garbage(jpeg.size() - scan);
    // SOFn: FF Cn, length (2), precision (1), height (2), width (2).
    for (const qsizetype frame : std::as_const(frames)) {
        if (frame + 9 > jpeg.size())
            continue;
        for (const qsizetype at : {frame + 5, frame + 7}) {
            jpeg[at] = static_cast<char>(kHugeDimension >> 8);
            jpeg[at + 1] = static_cast<char>(kHugeDimension & 0xFF);
        }
    }
    return jpeg;
}

// Applies CorruptJpeg / HugeImage to a screenshot body; anything else passes unchanged.
QByteArray damageScreenshot(const QByteArray &body, Fault::Kind kind)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return body;
    QJsonObject object = document.object();
    const QString screenshot = object.value(QStringLiteral("screenshot")).toString();
    if (screenshot.isEmpty())
        return body;
    const qsizetype comma = screenshot.startsWith(QLatin1String("data:")) ? screenshot.indexOf(QLatin1Char(',')) : -1;
    const QString prefix = comma >= 0 ? screenshot.left(comma + 1) : QString();
    const auto decoded = QByteArray::fromBase64Encoding(
        screenshot.mid(prefix.size()).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray &jpeg = decoded.decoded;
    if (!decoded || jpeg.size() < 4 || byteAt(jpeg, 0) != 0xFF || byteAt(jpeg, 1) != 0xD8)
        return body;
    const QString damaged = prefix + QString::fromLatin1(damageJpeg(jpeg, kind).toBase64());
    object.insert(QStringLiteral("screenshot"), damaged);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray malformJson(const QByteArray &body)
{
    return body.left(static_cast<qsizetype>(static_cast<double>(body.size()) * kMalformedCut))
        + QByteArrayLiteral("\xc3\x28}]{\"\x01");
}

// One response on its way out. Owns the responder so writes can happen after send() returned, and
// is a child of the ResponseWriter so its timers die with it.
class PendingResponse final : public QObject
{
public:
    PendingResponse(QHttpServerResponder &&responder, RequestLog *log, qint64 requestId, EmulatorResponse response,
        const QList<Fault> &faults, QObject *parent)
        : QObject(parent)
        , m_responder(std::move(responder))
        , m_socket(m_responder.socket())
        , m_log(log)
        , m_requestId(requestId)
        , m_response(std::move(response))
    {
        for (const Fault &fault : faults) {
            switch (fault.kind) {
            case Fault::Kind::Latency:
                m_latencyMs += fault.value;
                break;
            case Fault::Kind::MalformedJson:
                m_response.body = malformJson(m_response.body);
                m_response.status = 200;
                break;
            case Fault::Kind::CorruptJpeg:
            case Fault::Kind::HugeImage:
                m_response.body = damageScreenshot(m_response.body, fault.kind);
                break;
            case Fault::Kind::Drop:
            case Fault::Kind::Truncate:
            case Fault::Kind::Slow:
            case Fault::Kind::Stall:
                // The most disruptive delivery wins when several are armed.
                if (!m_deliveryKind || deliveryRank(fault.kind) > deliveryRank(*m_deliveryKind)) {
                    m_deliveryKind = fault.kind;
                    m_bytesPerSecond = fault.kind == Fault::Kind::Slow ? std::max(1, fault.value) : 0;
                }
                break;
            case Fault::Kind::HttpStatus:
                break; // answered by the caller
            }
        }
        if (m_socket) {
            connect(m_socket, &QAbstractSocket::disconnected, this, [this] { clientGone(); });
            connect(m_socket, &QObject::destroyed, this, [this] { clientGone(); });
        }
    }

    ~PendingResponse() override
    {
        // The writer is going away with this request unfinished: it will never complete.
        if (!m_done && m_log)
            m_log->finish(m_requestId, m_headWritten ? m_response.status : 0, true);
    }

    void start()
    {
        if (m_latencyMs > 0)
            QTimer::singleShot(m_latencyMs, this, [this] { deliver(); });
        else
            deliver();
    }

private:
    static int deliveryRank(Fault::Kind kind)
    {
        switch (kind) {
        case Fault::Kind::Drop:
            return 4;
        case Fault::Kind::Stall:
            return 3;
        case Fault::Kind::Truncate:
            return 2;
        case Fault::Kind::Slow:
            return 1;
        default:
            return 0;
        }
    }

    bool connected() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }

    void deliver()
    {
        if (m_done)
            return;
        if (!connected()) {
            clientGone();
            return;
        }
        // Signals raised while writing only schedule deletions, so the pointer stays valid in here.
        QTcpSocket *socket = m_socket.data();
        const QByteArray &body = m_response.body;
        if (!m_deliveryKind) {
            writeHead(socket);
            socket->write(body);
            finish(false);
            return;
        }
        switch (*m_deliveryKind) {
        case Fault::Kind::Drop:
            socket->abort();
            finish(true);
            return;
        case Fault::Kind::Truncate:
            writeHead(socket);
            socket->write(body.left(body.size() / 2));
            socket->disconnectFromHost();
            finish(true);
            return;
        case Fault::Kind::Stall:
            writeHead(socket);
            return; // until the client leaves or the server goes away
        case Fault::Kind::Slow:
            writeHead(socket);
            m_tick = new QTimer(this);
            m_tick->setInterval(kSlowTickMs);
            connect(m_tick, &QTimer::timeout, this, [this] { writeSlowChunk(); });
            m_tick->start();
            writeSlowChunk();
            return;
        default:
            return; // only delivery kinds are stored in m_deliveryKind
        }
    }

    void writeHead(QTcpSocket *socket)
    {
        QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(m_response.status) + ' '
            + reasonPhrase(m_response.status) + QByteArrayLiteral("\r\n");
        if (!m_response.contentType.isEmpty())
            head += QByteArrayLiteral("Content-Type: ") + m_response.contentType + QByteArrayLiteral("\r\n");
        head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(m_response.body.size())
            + QByteArrayLiteral("\r\n");
        for (const auto &[name, value] : std::as_const(m_response.headers))
            head += name + QByteArrayLiteral(": ") + value + QByteArrayLiteral("\r\n");
        head += QByteArrayLiteral("\r\n");
        // Written straight to the socket: QHttpServerResponder::writeStatusLine() throws for status
        // codes its table lacks (for example 418 or 599), and faults may ask for any of them.
        socket->write(head);
        m_headWritten = true;
    }

    void writeSlowChunk()
    {
        if (m_done)
            return;
        if (!connected()) {
            clientGone();
            return;
        }
        const qsizetype chunk = std::max<qsizetype>(1, m_bytesPerSecond * kSlowTickMs / 1000);
        m_socket.data()->write(m_response.body.mid(m_sent, chunk));
        m_sent += chunk;
        if (m_sent >= m_response.body.size())
            finish(false);
    }

    void clientGone()
    {
        if (m_done)
            return;
        qCDebug(lcWriter) << "client left before request" << m_requestId << "was answered";
        finish(true);
    }

    void finish(bool dropped)
    {
        if (m_done)
            return;
        m_done = true;
        if (m_tick)
            m_tick->stop();
        if (m_log)
            m_log->finish(m_requestId, m_headWritten ? m_response.status : 0, dropped);
        deleteLater();
    }

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    QPointer<RequestLog> m_log;
    qint64 m_requestId = 0;
    EmulatorResponse m_response;
    int m_latencyMs = 0;
    std::optional<Fault::Kind> m_deliveryKind;
    int m_bytesPerSecond = 0;
    qsizetype m_sent = 0;
    QTimer *m_tick = nullptr;
    bool m_headWritten = false;
    bool m_done = false;
};

} // namespace

EmulatorResponse EmulatorResponse::json(const QJsonValue &value, int status)
{
    EmulatorResponse response;
    response.status = status;
    if (value.isArray())
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else // QJsonDocument holds only arrays and objects; wrap and unwrap a scalar.
        response.body = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    return response;
}

EmulatorResponse EmulatorResponse::detail(int status, const QString &text)
{
    return json(QJsonObject {{QStringLiteral("detail"), text}}, status);
}

EmulatorResponse EmulatorResponse::validation(const QStringList &loc, const QString &msg, const QString &type)
{
    const QJsonObject item {
        {QStringLiteral("loc"), QJsonArray::fromStringList(loc)},
        {QStringLiteral("msg"), msg},
        {QStringLiteral("type"), type},
    };
    return json(QJsonObject {{QStringLiteral("detail"), QJsonArray {item}}}, 422);
}

EmulatorResponse EmulatorResponse::forFault(const Fault &fault)
{
    const int status = fault.value;
    if (status == 429) {
        EmulatorResponse response = detail(status, QStringLiteral("Rate limit exceeded"));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
        return response;
    }
    switch (status) {
    case 401:
        return detail(status, QStringLiteral("Not authenticated"));
    case 404:
        return detail(status, QStringLiteral("Not Found"));
    case 408:
        return detail(status, QStringLiteral("Request Timeout"));
    case 409:
        return detail(status, QStringLiteral("Conflict"));
    default:
        return detail(status, QString::fromLatin1(reasonPhrase(status)));
    }
}

ResponseWriter::ResponseWriter(RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{ }

void ResponseWriter::send(
    QHttpServerResponder &&responder, qint64 requestId, EmulatorResponse response, const QList<Fault> &faults)
{
    auto *pending
        = new PendingResponse(std::move(responder), m_log.data(), requestId, std::move(response), faults, this);
    pending->start();
}

} // namespace agi::emu
