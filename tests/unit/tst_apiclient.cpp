#include "api/apiclient.h"
#include "api/createsessionjob.h"
#include "api/deletesessionjob.h"
#include "api/getmessagesjob.h"
#include "api/listsessionsjob.h"
#include "api/screenshotjob.h"
#include "api/sendmessagejob.h"
#include "api/sessioncontroljob.h"

#include "fakenetwork.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace agi;
using agi::test::FakeNetwork;
using agi::test::FakeRequest;
using agi::test::FakeResponse;

namespace {

const QByteArray SessionsBody = QByteArrayLiteral(R"([{"session_id":"s-1","status":"ready"}])");

//! Runs a job to its end and checks the signal discipline: finished once, then exactly one outcome.
bool run(ApiJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &ApiJob::finished);
    QSignalSpy succeeded(job, &ApiJob::succeeded);
    QSignalSpy failed(job, &ApiJob::failed);
    job->start();
    if (!finished.wait(10000) && finished.isEmpty())
        qFatal("job did not finish");
    QCoreApplication::processEvents();
    if (finished.size() != 1 || succeeded.size() + failed.size() != 1)
        qFatal("job broke its signal contract");
    return !succeeded.isEmpty();
}

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private:
    FakeNetwork *m_net = nullptr;
    ApiClient *m_client = nullptr;

private Q_SLOTS:
    void init()
    {
        m_net = new FakeNetwork(this);
        m_client = new ApiClient(m_net, this);
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/")));
        m_client->setApiKey(QByteArrayLiteral("secret-key-123"));
        m_client->setRetryBaseDelay(1);
    }
    void cleanup()
    {
        delete m_client;
        delete m_net;
    }

    void insecure_remoteHttp_failsBeforeSending_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("remote http") << QStringLiteral("http://api.agi.tech") << false;
        QTest::newRow("lan http") << QStringLiteral("http://192.168.1.10:8000") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8000") << true;
        QTest::newRow("loopback 127/8") << QStringLiteral("http://127.1.2.3:8000") << true;
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8000") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8000") << true;
        QTest::newRow("https remote") << QStringLiteral("https://api.agi.tech") << true;
    }
    void insecure_remoteHttp_failsBeforeSending()
    {
        QFETCH(QString, base);
        QFETCH(bool, allowed);
        m_net->setHandler([](const FakeRequest &) { return FakeResponse::json(200, SessionsBody); });
        m_client->setBaseUrl(QUrl(base));
        auto *job = new ListSessionsJob(m_client);
        const bool ok = run(job);
        QCOMPARE(ok, allowed);
        QCOMPARE(m_net->requestCount(), allowed ? 1 : 0);
        if (!allowed) {
            QCOMPARE(job->error().kind, ApiError::Kind::Insecure);
            QVERIFY(job->error().userMessage().startsWith(QLatin1String("Refused an insecure connection")));
        }
        delete job;
    }

    void request_carriesPolicyHeaders()
    {
        m_net->setHandler([](const FakeRequest &) { return FakeResponse::json(200, SessionsBody); });
        auto *job = new ListSessionsJob(m_client);
        QVERIFY(run(job));
        QCOMPARE(job->sessions().size(), 1);
        const FakeRequest &seen = m_net->requests().at(0);
        QCOMPARE(seen.verb, QByteArrayLiteral("GET"));
        QCOMPARE(seen.url, QUrl(QStringLiteral("http://127.0.0.1:9/v1/sessions")));
        QCOMPARE(seen.request.rawHeader("Authorization"), QByteArrayLiteral("Bearer secret-key-123"));
        QCOMPARE(seen.request.header(QNetworkRequest::UserAgentHeader).toByteArray(),
            QByteArrayLiteral("agi-monitor/" AGI_VERSION));
        QCOMPARE(seen.request.rawHeader("Accept"), QByteArrayLiteral("application/json"));
        QCOMPARE(seen.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
            int(QNetworkRequest::UserVerifiedRedirectPolicy));
        QCOMPARE(seen.request.transferTimeout(), 30000);
        delete job;
    }

    void jobs_sendTheirBodiesAndQueries()
    {
        m_net->setHandler([](const FakeRequest &request) {
            if (request.verb == "POST" && request.url.path() == QLatin1String("/v1/sessions"))
                return FakeResponse::json(200, QByteArrayLiteral(R"({"session_id":"new","status":"initializing"})"));
            if (request.verb == "DELETE")
                return FakeResponse::json(200, QByteArrayLiteral(R"({"success":true,"deleted":true,"message":"ok"})"));
            return FakeResponse::json(200, QByteArrayLiteral(R"({"success":true,"message":"Message sent"})"));
        });
        CreateSessionRequest request;
        request.agentName = QStringLiteral("agi-0-fast");
        request.restoreFromEnvironmentId = QStringLiteral("env-9");
        auto *create = new CreateSessionJob(m_client, request);
        QVERIFY(run(create));
        QCOMPARE(create->session().id, QStringLiteral("new"));
        QCOMPARE(create->session().status.value, SessionStatus::Value::Initializing);
        const QJsonObject sent = QJsonDocument::fromJson(m_net->requests().at(0).body).object();
        QCOMPARE(sent.value(QLatin1String("agent_name")).toString(), QStringLiteral("agi-0-fast"));
        QCOMPARE(sent.value(QLatin1String("restore_from_environment_id")).toString(), QStringLiteral("env-9"));
        QCOMPARE(m_net->requests().at(0).request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
            QByteArrayLiteral("application/json"));
        QCOMPARE(m_net->requests().at(0).request.transferTimeout(), 20000);
        delete create;

        auto *message = new SendMessageJob(m_client, QStringLiteral("a b/c"), QStringLiteral("Find flights"),
            QUrl(QStringLiteral("https://example.com/start")));
        QVERIFY(run(message));
        const FakeRequest &messageRequest = m_net->requests().at(1);
        QCOMPARE(messageRequest.url.path(QUrl::FullyEncoded), QStringLiteral("/v1/sessions/a%20b%2Fc/message"));
        const QJsonObject messageBody = QJsonDocument::fromJson(messageRequest.body).object();
        QCOMPARE(messageBody.value(QLatin1String("message")).toString(), QStringLiteral("Find flights"));
        QCOMPARE(messageBody.value(QLatin1String("start_url")).toString(), QStringLiteral("https://example.com/start"));
        QCOMPARE(message->serverMessage(), QStringLiteral("Message sent"));
        delete message;

        auto *remove = new DeleteSessionJob(m_client, QStringLiteral("s-1"), SnapshotMode::Filesystem, true);
        QVERIFY(run(remove));
        const QUrlQuery query(m_net->requests().at(2).url);
        QCOMPARE(query.queryItemValue(QStringLiteral("save_snapshot_mode")), QStringLiteral("filesystem"));
        QCOMPARE(query.queryItemValue(QStringLiteral("save_as_default")), QStringLiteral("true"));
        QVERIFY(remove->outcome().deleted);
        delete remove;

        auto *messages = new GetMessagesJob(m_client, QStringLiteral("s-1"), 41, false);
        run(messages);
        const QUrlQuery messagesQuery(m_net->requests().at(3).url);
        QCOMPARE(messagesQuery.queryItemValue(QStringLiteral("after_id")), QStringLiteral("41"));
        QCOMPARE(messagesQuery.queryItemValue(QStringLiteral("sanitize")), QStringLiteral("false"));
        delete messages;
    }

    void redirect_toAnotherHost_isRefused()
    {
        m_net->setHandler([](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, SessionsBody);
            response.mode = FakeResponse::Mode::Redirect;
            response.redirectTo = QUrl(QStringLiteral("http://127.0.0.2:9/v1/sessions"));
            return response;
        });
        auto *job = new ListSessionsJob(m_client);
        QVERIFY(!run(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Insecure);
        QVERIFY(job->error().serverMessage.contains(QLatin1String("redirect")));
        QCOMPARE(m_net->requestCount(), 1); // not retried, nothing sent to the other host
        delete job;
    }

    void redirect_sameOrigin_isFollowed()
    {
        m_net->setHandler([](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, SessionsBody);
            response.mode = FakeResponse::Mode::Redirect;
            response.redirectTo = QUrl(QStringLiteral("http://127.0.0.1:9/v1/sessions/"));
            return response;
        });
        auto *job = new ListSessionsJob(m_client);
        QVERIFY(run(job));
        QCOMPARE(job->sessions().size(), 1);
        delete job;
    }

    void tlsErrors_areNeverIgnored()
    {
        m_client->setBaseUrl(QUrl(QStringLiteral("https://api.agi.tech")));
        m_net->setHandler([](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, SessionsBody);
            response.mode = FakeResponse::Mode::SslErrors;
            return response;
        });
        auto *job = new ListSessionsJob(m_client);
        QVERIFY(!run(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Insecure);
        QVERIFY(job->error().serverMessage.startsWith(QLatin1String("TLS error")));
        QCOMPARE(m_net->requestCount(), 1);
        delete job;
    }

    void oversizedBody_isBadResponse_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length") << true;
        QTest::newRow("streamed") << false;
    }
    void oversizedBody_isBadResponse()
    {
        QFETCH(bool, announced);
        m_client->setMaxResponseBytes(1000);
        m_net->setHandler([announced](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, {});
            response.chunks = {QByteArray(600, ' '), QByteArray(600, ' '), QByteArray(600, ' ')};
            if (announced)
                response.headers.append({QByteArrayLiteral("Content-Length"), QByteArrayLiteral("1800")});
            return response;
        });
        auto *job = new ScreenshotJob(m_client, QStringLiteral("s-1"));
        QVERIFY(!run(job));
        QCOMPARE(job->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(job->error().serverMessage, QStringLiteral("response too large"));
        QCOMPARE(m_net->requestCount(), 1);
        delete job;
    }

    void neverFinishingReply_timesOutAfterBoundedRetries()
    {
        m_client->setTimeoutOverride(50);
        m_client->setMaxAttempts(3);
        m_net->setHandler([](const FakeRequest &) { return FakeResponse::hang(); });
        auto *job = new ScreenshotJob(m_client, QStringLiteral("s-1"));
        QSignalSpy retries(job, &ApiJob::retryScheduled);
        QVERIFY(!run(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(m_net->requestCount(), 3);
        QCOMPARE(retries.size(), 2);
        QCOMPARE(job->error().userMessage(), QStringLiteral("The server did not answer in time."));
        delete job;
    }

    void truncatedBody_isRetriedAsANetworkError()
    {
        int calls = 0;
        m_net->setHandler([&calls](const FakeRequest &) {
            if (++calls == 1) {
                FakeResponse cut = FakeResponse::json(200, SessionsBody);
                cut.mode = FakeResponse::Mode::Truncate;
                cut.truncateAt = 10;
                return cut;
            }
            return FakeResponse::json(200, SessionsBody);
        });
        auto *job = new ListSessionsJob(m_client);
        QVERIFY(run(job));
        QCOMPARE(m_net->requestCount(), 2);
        QCOMPARE(job->sessions().size(), 1);
        delete job;
    }

    void cutBodyWithoutTransportError_isRetriedAsANetworkError()
    {
        // What QNetworkAccessManager reports when the server closes the connection right after a
        // partial body: a finished reply, no error, fewer bytes than Content-Length announced.
        int calls = 0;
        m_net->setHandler([&calls](const FakeRequest &) {
            const QByteArray announced = QByteArray::number(SessionsBody.size());
            if (++calls == 1)
                return FakeResponse::json(200, SessionsBody.left(10), {{"Content-Length", announced}});
            return FakeResponse::json(200, SessionsBody, {{"Content-Length", announced}});
        });
        auto *job = new ListSessionsJob(m_client);
        QSignalSpy retried(job, &ApiJob::retryScheduled);
        QVERIFY(run(job));
        QCOMPARE(m_net->requestCount(), 2);
        QCOMPARE(retried.count(), 1);
        QCOMPARE(retried.first().at(2).value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(job->sessions().size(), 1);
        delete job;
    }

    void malformedJson_isBadResponseAndNotRetried()
    {
        m_net->setHandler([](const FakeRequest &) { return FakeResponse::json(200, QByteArrayLiteral("[{\"sess")); });
        auto *job = new ListSessionsJob(m_client);
        QVERIFY(!run(job));
        QCOMPARE(job->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(m_net->requestCount(), 1);
        delete job;
    }

    void reads_retryServerErrorsAndRateLimits_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("503 then ok") << 503 << 2 << true;
        QTest::newRow("429 then ok") << 429 << 2 << true;
        QTest::newRow("404 no retry") << 404 << 1 << false;
        QTest::newRow("401 no retry") << 401 << 1 << false;
    }
    void reads_retryServerErrorsAndRateLimits()
    {
        QFETCH(int, status);
        QFETCH(int, expectedRequests);
        QFETCH(bool, succeeds);
        int calls = 0;
        m_net->setHandler([&calls, status](const FakeRequest &) {
            if (++calls == 1)
                return FakeResponse::json(status, QByteArrayLiteral(R"({"detail":"nope"})"),
                    {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0")}});
            return FakeResponse::json(200, SessionsBody);
        });
        QSignalSpy unauthorized(m_client, &ApiClient::unauthorized);
        auto *job = new ListSessionsJob(m_client);
        QCOMPARE(run(job), succeeds);
        QCOMPARE(m_net->requestCount(), expectedRequests);
        QCOMPARE(unauthorized.size(), status == 401 ? 1 : 0);
        delete job;
    }

    void reads_giveUpAfterMaxAttempts()
    {
        m_net->setHandler([](const FakeRequest &) { return FakeResponse::json(500, QByteArrayLiteral("oops")); });
        auto *job = new ListSessionsJob(m_client);
        QVERIFY(!run(job));
        QCOMPARE(m_net->requestCount(), 4);
        QCOMPARE(job->error().kind, ApiError::Kind::Server);
        QCOMPARE(job->error().serverMessage, QStringLiteral("oops"));
        delete job;
    }

    void create_isNeverRetried_andSaysItMayExist()
    {
        m_net->setHandler([](const FakeRequest &) { return FakeResponse::json(503, QByteArrayLiteral("{}")); });
        auto *job = new CreateSessionJob(m_client, CreateSessionRequest {});
        QVERIFY(!run(job));
        QCOMPARE(m_net->requestCount(), 1);
        QCOMPARE(job->error().effect, ApiError::Effect::MaybeCreated);
        QVERIFY(job->error().userMessage().contains(QLatin1String("may have been created")));
        delete job;

        // A refused connection never reached the server: no warning then.
        m_net->setHandler(
            [](const FakeRequest &) { return FakeResponse::fail(QNetworkReply::ConnectionRefusedError); });
        auto *refused = new SendMessageJob(m_client, QStringLiteral("s-1"), QStringLiteral("hi"));
        QVERIFY(!run(refused));
        QCOMPARE(refused->error().kind, ApiError::Kind::Network);
        QCOMPARE(refused->error().effect, ApiError::Effect::None);
        delete refused;

        m_net->setHandler([](const FakeRequest &) { return FakeResponse::fail(QNetworkReply::RemoteHostClosedError); });
        auto *lost = new SendMessageJob(m_client, QStringLiteral("s-1"), QStringLiteral("hi"));
        QVERIFY(!run(lost));
        QCOMPARE(m_net->requestCount(), 3);
        QCOMPARE(lost->error().effect, ApiError::Effect::MaybeSent);
        delete lost;
    }

    void delete_plainEndRetriedOnce_saveNever()
    {
        int calls = 0;
        m_net->setHandler([&calls](const FakeRequest &) {
            if (++calls == 1)
                return FakeResponse::fail(QNetworkReply::RemoteHostClosedError);
            return FakeResponse::json(
                200, QByteArrayLiteral(R"({"success":true,"deleted":false,"message":"Session not found"})"));
        });
        auto *job = new DeleteSessionJob(m_client, QStringLiteral("s-1"), SnapshotMode::None, false);
        QVERIFY(run(job));
        QCOMPARE(m_net->requestCount(), 2);
        QVERIFY(!job->outcome().deleted);
        QVERIFY(job->outcome().probablyAlreadyEnded);
        delete job;

        m_net->setHandler([](const FakeRequest &) { return FakeResponse::fail(QNetworkReply::RemoteHostClosedError); });
        auto *failing = new DeleteSessionJob(m_client, QStringLiteral("s-1"));
        QVERIFY(!run(failing));
        QCOMPARE(m_net->requestCount(), 4); // exactly one retry
        delete failing;

        // A save is never sent again: its lost answer is reported as such, for the caller to check.
        auto *save = new DeleteSessionJob(m_client, QStringLiteral("s-1"), SnapshotMode::Memory, true);
        QVERIFY(!run(save));
        QCOMPARE(m_net->requestCount(), 5);
        QCOMPARE(save->error().effect, ApiError::Effect::MaybeEnded);
        delete save;
    }

    void control_alreadyInState_isNotAnError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<QString>("state");
        QTest::newRow("409 already_paused")
            << 409 << QByteArrayLiteral(R"({"detail":"already_paused"})") << true << QStringLiteral("already_paused");
        QTest::newRow("400 not_paused text")
            << 400 << QByteArrayLiteral("error: not_paused") << true << QStringLiteral("not_paused");
        QTest::newRow("409 other") << 409 << QByteArrayLiteral(R"({"detail":"busy"})") << false << QString();
        QTest::newRow("500 already_paused")
            << 500 << QByteArrayLiteral(R"({"detail":"already_paused"})") << false << QString();
    }
    void control_alreadyInState_isNotAnError()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, succeeds);
        QFETCH(QString, state);
        m_net->setHandler([status, body](const FakeRequest &) { return FakeResponse::json(status, body); });
        auto *job = new SessionControlJob(m_client, QStringLiteral("s-1"), SessionControlJob::Action::Pause);
        QCOMPARE(run(job), succeeds);
        QCOMPARE(job->alreadyInState(), succeeds);
        QCOMPARE(job->stateText(), state);
        QCOMPARE(m_net->requests().at(0).url.path(), QStringLiteral("/v1/sessions/s-1/pause"));
        delete job;
    }

    void abort_failsWithCancelled_evenWhileWaitingToRetry()
    {
        m_net->setHandler([](const FakeRequest &) { return FakeResponse::hang(); });
        auto *job = new ListSessionsJob(m_client);
        job->setAutoDelete(false);
        QSignalSpy failed(job, &ApiJob::failed);
        QSignalSpy finished(job, &ApiJob::finished);
        job->start();
        QTRY_COMPARE(m_net->requestCount(), 1);
        job->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
        job->abort();
        QCOMPARE(finished.size(), 1);
        delete job;

        m_client->setRetryBaseDelay(60000);
        m_net->setHandler([](const FakeRequest &) { return FakeResponse::json(503, {}); });
        auto *waiting = new ListSessionsJob(m_client);
        waiting->setAutoDelete(false);
        QSignalSpy retry(waiting, &ApiJob::retryScheduled);
        waiting->start();
        QVERIFY(retry.wait());
        waiting->abort();
        QCOMPARE(waiting->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_net->requestCount(), 2);
        delete waiting;
    }

    void errorText_neverContainsTheKey()
    {
        m_net->setHandler([](const FakeRequest &) {
            return FakeResponse::json(401, QByteArrayLiteral(R"({"detail":"bad key secret-key-123"})"));
        });
        auto *job = new ListSessionsJob(m_client);
        QVERIFY(!run(job));
        QVERIFY(!job->error().serverMessage.contains(QLatin1String("secret-key-123")));
        QVERIFY(!job->error().userMessage().contains(QLatin1String("secret-key-123")));
        delete job;
    }

    void autoDelete_deletesTheJob()
    {
        m_net->setHandler([](const FakeRequest &) { return FakeResponse::json(200, SessionsBody); });
        QPointer<ListSessionsJob> job = new ListSessionsJob(m_client);
        QSignalSpy finished(job.data(), &ApiJob::finished);
        job->start();
        QVERIFY(finished.wait());
        QTRY_VERIFY(job.isNull());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
