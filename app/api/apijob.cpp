#include "api/apijob.h"

#include "api/apiclient.h"
#include "api/apilogging.h"
#include "api/backoff.h"

#include <QNetworkReply>

#include <algorithm>

namespace agi {

namespace {

// Retry-After beyond this is not worth waiting for inside one job; the caller sees RateLimited instead.
constexpr int MaxHonouredRetryAfterSeconds = 300;

} // namespace

ApiJob::ApiJob(ApiClient *client, const QByteArray &verb, const QString &path, QObject *parent)
    : QObject(parent ? parent : client)
    , m_client(client)
    , m_verb(verb)
    , m_path(path)
{
    Q_ASSERT(client);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob::~ApiJob()
{
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiJob::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    sendAttempt();
}

void ApiJob::abort()
{
    if (m_state == State::Finished)
        return;
    m_retryTimer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finishWith(ApiError::cancelled());
}

bool ApiJob::acceptHttpError(const ApiError & /*error*/, const QByteArray & /*body*/)
{
    return false;
}

void ApiJob::sendAttempt()
{
    if (m_state != State::Running)
        return;
    ++m_attempt;
    const QNetworkRequest request = m_client->makeRequest(m_client->endpointUrl(m_path, m_query), m_timeoutMs);
    ApiError policyError;
    // Only reads may reach the server twice; everything else is sent at most once per attempt.
    const auto resend = m_retryPolicy == RetryPolicy::Read ? ApiClient::Resend::Allowed : ApiClient::Resend::Forbidden;
    QNetworkReply *reply = m_client->send(m_verb, request, m_body, m_client->maxResponseBytes(), &policyError, resend);
    if (!reply) {
        // Queued, so a caller that connects right after start() still hears about it.
        QMetaObject::invokeMethod(
            this,
            [this, policyError] {
                if (m_state == State::Running)
                    finishWith(policyError);
            },
            Qt::QueuedConnection);
        return;
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const QByteArray body = reply->readAll();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error = ApiClient::errorFromReply(reply, body);
    if (error.isNone()) {
        ApiError parsed = parse(body);
        if (!parsed.isNone()) {
            // A success status whose body cannot be read: the request took effect.
            parsed.httpStatus = m_httpStatus;
            parsed.effect = m_uncertainEffect;
        }
        finishWith(parsed);
        return;
    }
    if (error.kind == ApiError::Kind::Unauthorized)
        Q_EMIT m_client->unauthorized();
    if (acceptHttpError(error, body)) {
        finishWith({});
        return;
    }

    const bool transportFailure = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    bool retry = false;
    switch (m_retryPolicy) {
    case RetryPolicy::Never:
        break;
    case RetryPolicy::Read:
        // An unusable answer (too large, cut, garbled) would come back the same at once; a follower
        // (poller, stream, refresher) tries it again later instead.
        retry = !error.isFinal() && error.kind != ApiError::Kind::BadResponse && m_attempt < m_client->maxAttempts();
        break;
    case RetryPolicy::Once:
        retry = transportFailure && m_attempt < 2;
        break;
    }
    if (retry && error.retryAfterSeconds > MaxHonouredRetryAfterSeconds)
        retry = false;
    if (retry) {
        const int delay = retryDelayMs(error);
        qCInfo(lcApi) << m_verb << m_path << "failed with" << error.kindName() << "; attempt" << m_attempt + 1 << "in"
                      << delay << "ms";
        Q_EMIT retryScheduled(m_attempt + 1, delay, error);
        m_retryTimer.start(delay);
        return;
    }

    // A refused connection or an unknown host means the request never left this machine.
    const bool neverSent
        = reply->error() == QNetworkReply::ConnectionRefusedError || reply->error() == QNetworkReply::HostNotFoundError;
    if (m_uncertainEffect != ApiError::Effect::None && !neverSent
        && (transportFailure || error.kind == ApiError::Kind::Server))
        error.effect = m_uncertainEffect;
    finishWith(error);
}

int ApiJob::retryDelayMs(const ApiError &error) const
{
    // A Retry-After of 0 means "now": the schedule's own wait would only slow the answer down.
    if (error.retryAfterSeconds == 0)
        return 1;
    return Backoff::delayMs(m_attempt, m_client->backoff(), error);
}

void ApiJob::finishWith(const ApiError &error)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_error = error;
    m_error.aboutSession = m_path.startsWith(QLatin1String("/v1/sessions/"));
    m_client->redact(m_error);
    if (!m_error.isNone())
        qCDebug(lcApi) << m_verb << m_path << "failed:" << m_error.kindName() << m_error.httpStatus
                       << m_error.serverMessage;
    Q_EMIT finished();
    if (m_error.isNone())
        Q_EMIT succeeded();
    else
        Q_EMIT failed(m_error);
    if (m_autoDelete)
        deleteLater();
}

} // namespace agi
