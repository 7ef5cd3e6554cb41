#include "api/eventstream.h"

#include "api/apiclient.h"
#include "api/apilogging.h"
#include "api/getmessagesjob.h"
#include "api/jsonread.h"

#include <QJsonDocument>
#include <QNetworkReply>

#include <algorithm>

namespace agi {

namespace {

constexpr qsizetype MaxEventBytes = qsizetype {1024} * 1024;
// An error answer is only read for its message.
constexpr qsizetype MaxErrorBodyBytes = qsizetype {64} * 1024;

// Part A: the text of a stream event is `content`, then `text`, then `message`.
QJsonValue payloadContent(const QJsonObject &data)
{
    for (const char *key : {"content", "text", "message"}) {
        QJsonValue value = data.value(QLatin1String(key));
        if (value.isString() || value.isObject() || value.isArray())
            return value;
    }
    return {QJsonValue::Undefined};
}

} // namespace

EventStream::EventStream(ApiClient *client, const QString &sessionId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sessionId(sessionId)
{
    Q_ASSERT(client);
    m_parser.setMaxEventBytes(MaxEventBytes);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &EventStream::onWatchdog);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStream::connectStream);
}

EventStream::~EventStream()
{
    dropReply();
    if (GetMessagesJob *job = m_catchUp.data()) {
        m_catchUp = nullptr;
        job->abort();
    }
}

void EventStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EventStream::start()
{
    if (m_state != State::Idle)
        return;
    connectStream();
}

void EventStream::stop()
{
    if (m_state == State::Idle || m_state == State::Finished) {
        m_state = State::Finished;
        return;
    }
    finishStream();
}

void EventStream::connectStream()
{
    if (m_state == State::Finished)
        return;
    dropReply();
    m_parser.reset();
    m_errorBody.clear();
    m_abortReason = {};
    m_heldBack.clear();
    m_needsCatchUp = m_connectedOnce;

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sanitize"), m_sanitize ? QStringLiteral("true") : QStringLiteral("false"));
    // After a reconnect /messages?after_id= fills the gap; a replay would only repeat what we have.
    const bool replay = m_includeHistory && !m_connectedOnce;
    query.addQueryItem(QStringLiteral("include_history"), replay ? QStringLiteral("true") : QStringLiteral("false"));
    QNetworkRequest request = m_client->makeRequest(
        m_client->endpointUrl(ApiClient::sessionPath(m_sessionId, QStringLiteral("/events")), query), 0,
        QByteArrayLiteral("text/event-stream"));
    request.setTransferTimeout(0); // the heartbeat watchdog judges liveness instead

    setState(State::Connecting);
    ApiError policyError;
    QNetworkReply *reply = m_client->openStream(request, &policyError);
    if (!reply) {
        QMetaObject::invokeMethod(
            this,
            [this, policyError] {
                Q_EMIT errorOccurred(policyError);
                finishStream();
            },
            Qt::QueuedConnection);
        return;
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &EventStream::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &EventStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &EventStream::onReplyFinished);
    m_watchdog.start(2 * std::max(1, m_heartbeatMs));
}

void EventStream::onMetaDataChanged()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status > 299)
        return;
    m_watchdog.start(2 * std::max(1, m_heartbeatMs));
    const bool reconnected = m_connectedOnce;
    m_connectedOnce = true;
    if (reconnected && m_needsCatchUp)
        startCatchUp();
    else
        setState(State::Streaming);
}

void EventStream::onReadyRead()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    m_watchdog.start(2 * std::max(1, m_heartbeatMs));
    const QByteArray chunk = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) {
        // An error body: keep a bounded amount for the error message.
        if (m_errorBody.size() < MaxErrorBodyBytes)
            m_errorBody.append(chunk.left(MaxErrorBodyBytes - m_errorBody.size()));
        return;
    }
    m_parser.feed(chunk);
    if (m_parser.overflowed()) {
        qCWarning(lcApi) << "event stream: dropped an event over" << MaxEventBytes << "bytes";
        Q_EMIT errorOccurred(ApiError::badResponse(tr("an event was too large and was skipped")));
        m_parser.setMaxEventBytes(MaxEventBytes); // keep parsing; the flag is only cleared by reset()
    }
    const QList<SseEvent> events = m_parser.takeEvents();
    for (const SseEvent &event : events) {
        if (m_state == State::Finished)
            return;
        if (m_state == State::CatchingUp)
            m_heldBack.append(event);
        else
            handleEvent(event);
    }
}

void EventStream::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_watchdog.stop();
    if (m_state == State::Finished)
        return;
    if (reply->bytesAvailable() > 0 && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 300)
        m_errorBody.append(reply->readAll());

    ApiError error = m_abortReason.isNone() ? ApiClient::errorFromReply(reply, m_errorBody) : m_abortReason;
    if (error.isNone()) {
        // The server closed a stream whose task had not ended: treat it like a dropped connection.
        error.kind = ApiError::Kind::Network;
        error.serverMessage = tr("the event stream closed before the task ended");
    }
    m_client->redact(error);
    if (error.kind == ApiError::Kind::Unauthorized)
        Q_EMIT m_client->unauthorized();
    Q_EMIT errorOccurred(error);
    if (error.isFinal()) {
        finishStream();
        return;
    }
    scheduleReconnect(error);
}

void EventStream::scheduleReconnect(const ApiError &error)
{
    if (GetMessagesJob *job = m_catchUp.data()) {
        m_catchUp = nullptr;
        job->abort();
    }
    ++m_reconnectAttempt;
    const int delay = Backoff::delayMs(m_reconnectAttempt, {m_client->retryBaseDelay(), m_maxReconnectDelayMs}, error);
    ++m_reconnects;
    qCInfo(lcApi) << "event stream for" << m_sessionId << "lost (" << error.kindName() << "); reconnecting in" << delay
                  << "ms";
    setState(State::WaitingToReconnect);
    m_reconnectTimer.start(std::max(1, delay));
}

void EventStream::startCatchUp()
{
    setState(State::CatchingUp);
    auto *job = new GetMessagesJob(m_client, m_sessionId, m_lastMessageId, m_sanitize, this);
    m_catchUp = job;
    connect(job, &ApiJob::finished, this, [this, job] { onCatchUpDone(job); });
    job->start();
}

void EventStream::onCatchUpDone(GetMessagesJob *job)
{
    if (m_catchUp != job)
        return;
    m_catchUp = nullptr;
    if (m_state != State::CatchingUp)
        return;
    if (!job->error().isNone()) {
        // Go on with the live stream: a gap is better than no stream at all.
        qCWarning(lcApi) << "event stream catch-up failed:" << job->error().kindName();
        Q_EMIT errorOccurred(job->error());
    } else {
        const MessagesPage &page = job->page();
        for (const Message &message : page.messages)
            emitMessage(message);
        if (page.status.isTerminal()) {
            const bool failed = page.status.value == ExecutionStatus::Value::Error;
            Q_EMIT statusChanged(failed ? TaskEvent::Error : TaskEvent::Done, page.status.raw);
            finishStream();
            return;
        }
    }
    setState(State::Streaming);
    const QList<SseEvent> held = std::exchange(m_heldBack, {});
    for (const SseEvent &event : held) {
        if (m_state == State::Finished)
            return;
        handleEvent(event);
    }
}

void EventStream::handleEvent(const SseEvent &event)
{
    m_reconnectAttempt = 0;
    const QString name = event.event.trimmed().toLower();
    QJsonObject data;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &parseError);
    if (doc.isObject())
        data = doc.object();
    else if (!event.data.isEmpty())
        data.insert(QStringLiteral("content"), QString::fromUtf8(event.data));

    if (name == QLatin1String("heartbeat")) {
        Q_EMIT heartbeat();
        return;
    }
    if (name == QLatin1String("step")) {
        Q_EMIT stepReceived(data);
        return;
    }
    if (name == QLatin1String("paused") || name == QLatin1String("resumed")) {
        Q_EMIT statusChanged(name == QLatin1String("paused") ? TaskEvent::Paused : TaskEvent::Resumed,
            Message::renderJson(payloadContent(data)));
        return;
    }
    const Message::Type type = Message::typeFromString(name);
    if (type == Message::Type::Unknown)
        return; // unknown event names are ignored (Part A)

    Message message;
    message.type = type;
    message.typeText = name.toUpper();
    message.id = jsonread::integer(
        data.value(QLatin1String("message_id")), event.hasOwnId ? event.id.trimmed().toLongLong() : 0);
    message.content = payloadContent(data);
    if (message.content.isUndefined() && type == Message::Type::Done && data.contains(QLatin1String("result")))
        message.content = data.value(QLatin1String("result"));
    if (message.content.isUndefined() && type == Message::Type::Error)
        message.content = data.value(QLatin1String("error"));
    if (message.content.isUndefined())
        message.content = QJsonValue(QJsonValue::Null);
    message.timestamp = jsonread::dateTime(data.value(QLatin1String("timestamp")));
    message.metadata = data.value(QLatin1String("metadata")).toObject();
    if (type == Message::Type::Done && data.contains(QLatin1String("result")))
        message.metadata.insert(QStringLiteral("result"), data.value(QLatin1String("result")));
    if (!message.content.isNull() || message.id > 0)
        emitMessage(message);

    if (type == Message::Type::Done || type == Message::Type::Error) {
        Q_EMIT statusChanged(type == Message::Type::Done ? TaskEvent::Done : TaskEvent::Error, message.text());
        finishStream();
    }
}

void EventStream::emitMessage(const Message &message)
{
    if (message.id > 0) {
        if (message.id <= m_lastMessageId)
            return;
        m_lastMessageId = message.id;
    }
    Q_EMIT messageReceived(message);
}

void EventStream::onWatchdog()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    qCInfo(lcApi) << "event stream for" << m_sessionId << "silent for" << 2 * m_heartbeatMs << "ms; reconnecting";
    m_abortReason = ApiError::timeout(tr("no event or heartbeat for %1 s").arg((2 * m_heartbeatMs + 999) / 1000));
    reply->abort(); // finished() follows and schedules the reconnect
}

void EventStream::dropReply()
{
    m_watchdog.stop();
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void EventStream::finishStream()
{
    if (m_state == State::Finished)
        return;
    m_reconnectTimer.stop();
    dropReply();
    if (GetMessagesJob *job = m_catchUp.data()) {
        m_catchUp = nullptr;
        job->abort();
    }
    setState(State::Finished);
    Q_EMIT finished();
}

} // namespace agi
