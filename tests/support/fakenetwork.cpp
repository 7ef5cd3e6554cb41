#include "fakenetwork.h"

#include <QSslError>
#include <QTimer>

#include <cstring>

namespace agi::test {

FakeResponse FakeResponse::json(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

FakeResponse FakeResponse::hang()
{
    FakeResponse response;
    response.mode = Mode::Hang;
    return response;
}

FakeResponse FakeResponse::fail(QNetworkReply::NetworkError error)
{
    FakeResponse response;
    response.mode = Mode::Fail;
    response.error = error;
    return response;
}

FakeNetwork::FakeNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

FakeNetwork::~FakeNetwork() = default;

QNetworkReply *FakeNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    FakeRequest seen;
    seen.url = request.url();
    seen.request = request;
    switch (op) {
    case GetOperation:
        seen.verb = QByteArrayLiteral("GET");
        break;
    case PostOperation:
        seen.verb = QByteArrayLiteral("POST");
        break;
    case PutOperation:
        seen.verb = QByteArrayLiteral("PUT");
        break;
    case DeleteOperation:
        seen.verb = QByteArrayLiteral("DELETE");
        break;
    case HeadOperation:
        seen.verb = QByteArrayLiteral("HEAD");
        break;
    default:
        seen.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    if (outgoingData)
        seen.body = outgoingData->readAll();
    m_requests.append(seen);
    const FakeResponse response = m_handler ? m_handler(seen) : FakeResponse::json(404, QByteArrayLiteral("{}"));
    auto *reply = new FakeReply(seen, response, this);
    m_lastReply = reply;
    return reply;
}

FakeReply::FakeReply(const FakeRequest &request, const FakeResponse &response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(response)
{
    setRequest(request.request);
    setUrl(request.url);
    setOperation(QNetworkAccessManager::CustomOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Like QNAM, honour the transfer timeout: no byte for that long and the reply is cancelled.
    const int timeout = request.request.transferTimeout();
    if (timeout > 0 && (response.mode == FakeResponse::Mode::Hang || response.mode == FakeResponse::Mode::Stream)) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this,
            [this] { finishWith(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled")); });
        connect(this, &QIODevice::readyRead, timer, qOverload<>(&QTimer::start));
        timer->start(timeout);
    }
    QTimer::singleShot(0, this, &FakeReply::begin);
}

void FakeReply::begin()
{
    if (m_done)
        return;
    switch (m_response.mode) {
    case FakeResponse::Mode::Hang:
        return;
    case FakeResponse::Mode::Fail:
        finishWith(m_response.error, QStringLiteral("fake network error"));
        return;
    case FakeResponse::Mode::Redirect:
        connect(
            this, &QNetworkReply::redirectAllowed, this, [this] { QTimer::singleShot(0, this, &FakeReply::answer); });
        sendHeaders(302);
        if (!m_done)
            Q_EMIT redirected(m_response.redirectTo);
        return;
    case FakeResponse::Mode::SslErrors:
        Q_EMIT sslErrors({QSslError(QSslError::SelfSignedCertificate)});
        if (!m_done)
            answer();
        return;
    default:
        answer();
        return;
    }
}

void FakeReply::answer()
{
    if (m_done)
        return;
    if (m_response.mode == FakeResponse::Mode::Redirect) {
        setUrl(m_response.redirectTo);
        m_response.mode = FakeResponse::Mode::Reply; // the followed request answers normally
        m_headersSent = false;
    }
    sendHeaders(m_response.status);
    if (m_done)
        return;
    switch (m_response.mode) {
    case FakeResponse::Mode::Truncate:
        deliver(m_response.body.left(m_response.truncateAt));
        finishWith(m_response.error == QNetworkReply::NoError ? QNetworkReply::RemoteHostClosedError : m_response.error,
            QStringLiteral("Connection closed"));
        return;
    case FakeResponse::Mode::Stream:
        for (const QByteArray &chunk : std::as_const(m_response.chunks))
            push(chunk);
        return;
    default:
        break;
    }
    if (m_response.chunks.isEmpty()) {
        deliver(m_response.body);
        finishWith(QNetworkReply::NoError);
        return;
    }
    // One chunk per event-loop turn, like a slow server.
    for (qsizetype i = 0; i < m_response.chunks.size(); ++i) {
        QTimer::singleShot(int(i), this, [this, i] {
            deliver(m_response.chunks.at(i));
            if (i + 1 == m_response.chunks.size())
                finishWith(QNetworkReply::NoError);
        });
    }
}

void FakeReply::sendHeaders(int status)
{
    if (m_headersSent)
        return;
    m_headersSent = true;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    for (const auto &header : std::as_const(m_response.headers))
        setRawHeader(header.first, header.second);
    if (m_response.mode == FakeResponse::Mode::Redirect && status == 302)
        setRawHeader(QByteArrayLiteral("Location"), m_response.redirectTo.toEncoded());
    Q_EMIT metaDataChanged();
}

void FakeReply::deliver(const QByteArray &bytes)
{
    if (m_done || bytes.isEmpty())
        return;
    m_buffer.append(bytes);
    m_received += bytes.size();
    Q_EMIT readyRead();
    if (!m_done)
        Q_EMIT downloadProgress(m_received, -1);
}

void FakeReply::push(const QByteArray &bytes)
{
    sendHeaders(m_response.status);
    deliver(bytes);
}

void FakeReply::end(QNetworkReply::NetworkError error)
{
    finishWith(error, error == QNetworkReply::NoError ? QString() : QStringLiteral("Connection closed"));
}

void FakeReply::finishWith(QNetworkReply::NetworkError error, const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    if (error != QNetworkReply::NoError) {
        setError(error, text);
        Q_EMIT errorOccurred(error);
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    finishWith(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    if (m_buffer.isEmpty())
        return m_done ? -1 : 0;
    const qint64 count = qMin<qint64>(maxSize, m_buffer.size());
    std::memcpy(data, m_buffer.constData(), size_t(count));
    m_buffer.remove(0, count);
    return count;
}

} // namespace agi::test
