#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace agi::test {

//! What the fake network answers to one request.
struct FakeResponse
{
    enum class Mode {
        Reply,     //!< status, headers and body (in chunks when given), then finished
        Hang,      //!< never answers (only the request's transfer timeout or abort() end it)
        Fail,      //!< fails with `error` before any header
        Truncate,  //!< headers and the first `truncateAt` body bytes, then `error` (default RemoteHostClosed)
        Redirect,  //!< announces a redirect to `redirectTo`; when allowed, answers with status/body
        SslErrors, //!< reports a TLS error; when nobody aborts, answers normally
        Stream     //!< headers and `chunks`, then stays open; FakeNetwork::push() adds more
    };
    Mode mode = Mode::Reply;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QList<QByteArray> chunks; // delivered one per event-loop turn (Reply and Stream)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qsizetype truncateAt = 0;
    QUrl redirectTo;

    static FakeResponse json(
        int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static FakeResponse hang();
    static FakeResponse fail(QNetworkReply::NetworkError error);
};

//! One request the fake network saw.
struct FakeRequest
{
    QByteArray verb;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;
};

class FakeReply;

//! A QNetworkAccessManager that answers from a handler instead of the network: for replies the emulator
//! cannot produce deterministically (never finishing, exact truncation, foreign redirects, TLS errors).
class FakeNetwork final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeNetwork(QObject *parent = nullptr);
    ~FakeNetwork() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    //! The newest reply still alive (for Stream replies: push more data, or end it).
    FakeReply *lastReply() const { return m_lastReply.data(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QPointer<FakeReply> m_lastReply;
};

//! The reply FakeNetwork hands out; delivers its FakeResponse asynchronously.
class FakeReply final : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const FakeRequest &request, const FakeResponse &response, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    //! For Stream replies: more bytes on the open connection.
    void push(const QByteArray &bytes);
    //! For Stream replies: the server closes (NoError) or the connection breaks.
    void end(QNetworkReply::NetworkError error = QNetworkReply::NoError);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void begin();
    void sendHeaders(int status);
    void deliver(const QByteArray &bytes);
    void finishWith(QNetworkReply::NetworkError error, const QString &text = {});
    void answer();

    FakeResponse m_response;
    QByteArray m_buffer;
    qint64 m_received = 0;
    bool m_done = false;
    bool m_headersSent = false;
};

} // namespace agi::test
