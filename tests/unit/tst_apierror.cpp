#include "api/apierror.h"
#include "testdata.h"

#include <QTest>

using agi::ApiError;
using Kind = agi::ApiError::Kind;

namespace {

QByteArray fixture(const char *name)
{
    return agi::test::readTestData(QByteArray("api/").append(name).constData());
}

} // namespace

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttp_mapsStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("400") << 400 << Kind::Other;
        QTest::newRow("401") << 401 << Kind::Unauthorized;
        QTest::newRow("403") << 403 << Kind::Forbidden;
        QTest::newRow("404") << 404 << Kind::NotFound;
        QTest::newRow("405") << 405 << Kind::Other;
        QTest::newRow("409") << 409 << Kind::Conflict;
        QTest::newRow("410") << 410 << Kind::Other;
        QTest::newRow("422") << 422 << Kind::Validation;
        QTest::newRow("429") << 429 << Kind::RateLimited;
        QTest::newRow("500") << 500 << Kind::Server;
        QTest::newRow("502") << 502 << Kind::Server;
        QTest::newRow("503") << 503 << Kind::Server;
        QTest::newRow("504") << 504 << Kind::Server;
        QTest::newRow("599") << 599 << Kind::Server;
    }
    void fromHttp_mapsStatus()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        const ApiError error = ApiError::fromHttp(status, QByteArrayLiteral("{\"detail\":\"why\"}"));
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.serverMessage, QStringLiteral("why"));
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(error.isFinal(), kind != Kind::Server && kind != Kind::RateLimited);
    }

    void fromNetworkError_mapsCode_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("code");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Kind::Network;
        QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << Kind::Network;
        QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << Kind::Network;
        QTest::newRow("temporary") << QNetworkReply::TemporaryNetworkFailureError << Kind::Network;
        QTest::newRow("proxy refused") << QNetworkReply::ProxyConnectionRefusedError << Kind::Network;
        QTest::newRow("unknown network") << QNetworkReply::UnknownNetworkError << Kind::Network;
        QTest::newRow("timeout") << QNetworkReply::TimeoutError << Kind::Timeout;
        QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << Kind::Timeout;
        QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << Kind::Insecure;
        QTest::newRow("insecure redirect") << QNetworkReply::InsecureRedirectError << Kind::Insecure;
        QTest::newRow("too many redirects") << QNetworkReply::TooManyRedirectsError << Kind::BadResponse;
        QTest::newRow("content") << QNetworkReply::UnknownContentError << Kind::BadResponse;
    }
    void fromNetworkError_mapsCode()
    {
        QFETCH(QNetworkReply::NetworkError, code);
        QFETCH(Kind, kind);
        const ApiError error = ApiError::fromNetworkError(code, QStringLiteral("Connection refused"));
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, 0);
        QVERIFY(!error.userMessage().isEmpty());
    }

    void serverMessage_followsPartAOrder_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("detail string") << fixture("error_detail_string.json") << QStringLiteral("Session not found");
        QTest::newRow("detail list") << fixture("error_detail_list.json")
                                     << QStringLiteral("body.message: String should have at least 1 character; "
                                                       "body.start_url: URL too long");
        QTest::newRow("message") << fixture("error_message.json") << QStringLiteral("Invalid API key provided");
        QTest::newRow("error string") << fixture("error_error_string.json") << QStringLiteral("rate_limit_exceeded");
        QTest::newRow("error object") << fixture("error_error_object.json")
                                      << QStringLiteral("Key not authorized for this workspace");
        QTest::newRow("raw text") << fixture("error_raw_text.txt")
                                  << QStringLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>");
        QTest::newRow("detail before message")
            << QByteArrayLiteral(R"({"message":"second","detail":"first","error":"third"})") << QStringLiteral("first");
        QTest::newRow("message before error")
            << QByteArrayLiteral(R"({"error":"second","message":"first"})") << QStringLiteral("first");
        QTest::newRow("json without known keys")
            << QByteArrayLiteral(R"({"code":7})") << QStringLiteral("{\"code\":7}");
        QTest::newRow("empty body") << QByteArray() << QString();
    }
    void serverMessage_followsPartAOrder()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(ApiError::extractServerMessage(body), expected);
    }

    void serverMessage_longText_isCut()
    {
        const QString message = ApiError::extractServerMessage(fixture("error_long_detail.json"));
        QCOMPARE(message.size(), ApiError::MaxServerMessageLength);
        QVERIFY(message.startsWith(QLatin1String("xxxx")));
        QVERIFY(message.endsWith(QChar(0x2026)));
    }

    void retryAfter_parsesSecondsAndDates_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("seconds") << QByteArrayLiteral("12") << 12;
        QTest::newRow("zero") << QByteArrayLiteral("0") << 0;
        QTest::newRow("spaces") << QByteArrayLiteral(" 3 ") << 3;
        QTest::newRow("negative") << QByteArrayLiteral("-5") << -1;
        QTest::newRow("garbage") << QByteArrayLiteral("soon") << -1;
        QTest::newRow("http date") << QByteArrayLiteral("Wed, 21 Oct 2015 07:28:30 GMT") << 30;
        QTest::newRow("http date past") << QByteArrayLiteral("Wed, 21 Oct 2015 07:27:00 GMT") << 0;
    }
    void retryAfter_parsesSecondsAndDates()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(ApiError::parseRetryAfter(header, now), seconds);
    }

    void userMessage_isOneClearSentence()
    {
        ApiError rateLimited = ApiError::fromHttp(429, {}, QByteArrayLiteral("12"));
        QCOMPARE(rateLimited.userMessage(), QStringLiteral("Rate limited: the server asks to wait 12 s."));
        QCOMPARE(ApiError::fromHttp(401, fixture("error_message.json")).userMessage(),
            QStringLiteral("The server rejected the API key (401)."));
        QCOMPARE(ApiError::fromHttp(404, fixture("error_detail_string.json")).userMessage(),
            QStringLiteral("Session not found: it may have ended."));
        QCOMPARE(ApiError::fromNetworkError(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"))
                     .userMessage(),
            QStringLiteral("Could not reach the server: Connection refused."));
        QCOMPARE(ApiError::badResponse(QStringLiteral("response too large")).userMessage(),
            QStringLiteral("The server sent an answer the app cannot use: response too large."));
        QCOMPARE(ApiError::fromHttp(500, {}).userMessage(), QStringLiteral("The server failed (500)."));
        QCOMPARE(ApiError::cancelled().userMessage(), QStringLiteral("The request was cancelled."));
    }

    void userMessage_warnsWhenACreateMayHaveHappened()
    {
        ApiError error = ApiError::timeout();
        error.effect = ApiError::Effect::MaybeCreated;
        QVERIFY(error.userMessage().contains(QLatin1String("may have been created")));
        error.effect = ApiError::Effect::MaybeSent;
        QVERIFY(error.userMessage().contains(QLatin1String("may have been sent")));
    }

    void badResponse_keepsReason()
    {
        const ApiError error = ApiError::badResponse(QStringLiteral("malformed JSON"));
        QCOMPARE(error.kind, Kind::BadResponse);
        QCOMPARE(error.serverMessage, QStringLiteral("malformed JSON"));
        QVERIFY(!error.isNone());
        QVERIFY(ApiError().isNone());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
