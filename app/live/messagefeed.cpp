#include "live/messagefeed.h"

#include "api/apiclient.h"
#include "api/backoff.h"
#include "api/eventstream.h"
#include "api/getmessagesjob.h"
#include "api/getstatusjob.h"
#include "model/messagemodel.h"

namespace agi {

MessageFeed::MessageFeed(ApiClient *client, const QString &sessionId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sessionId(sessionId)
    , m_messages(new MessageModel(this))
{
    m_statusRetry.setSingleShot(true);
    connect(&m_statusRetry, &QTimer::timeout, this, &MessageFeed::fetchStatus);
}

MessageFeed::~MessageFeed()
{
    if (m_statusJob)
        m_statusJob->abort();
    if (m_timesJob)
        m_timesJob->abort();
}

bool MessageFeed::isStreaming() const
{
    return m_stream && m_stream->state() != EventStream::State::Finished;
}

void MessageFeed::start()
{
    if (m_wanted)
        return;
    m_wanted = true;
    fetchStatus();
    if (!m_taskEnded)
        openStream();
}

void MessageFeed::stop()
{
    if (!m_wanted)
        return;
    m_wanted = false;
    m_statusRetry.stop();
    if (m_statusJob)
        m_statusJob->abort();
    closeStream();
}

void MessageFeed::taskMayHaveRestarted()
{
    if (!m_taskEnded)
        return;
    m_taskEnded = false;
    if (m_wanted) {
        fetchStatus();
        openStream();
    }
}

void MessageFeed::openStream()
{
    if (isStreaming())
        return;
    m_stream = std::make_unique<EventStream>(m_client, m_sessionId);
    // A first connection replays the history; later ones go on after what the model holds.
    const bool replay = m_messages->lastId() == 0;
    m_stream->setIncludeHistory(replay);
    if (replay)
        fetchMessageTimes();
    m_stream->setLastMessageId(m_messages->lastId());
    EventStream *stream = m_stream.get();
    connect(stream, &EventStream::messageReceived, this, &MessageFeed::onMessage);
    connect(stream, &EventStream::stepReceived, this, [this](const QJsonObject &data) {
        Message step = Message::fromStep(data);
        if (!step.timestamp.isValid())
            step.timestamp = QDateTime::currentDateTimeUtc(); // the time it was seen
        m_messages->append(step);
        // The agent acts after its task had ended: a new one began (the demo's start with no USER message).
        if (m_status.isTerminal())
            fetchStatus();
    });
    connect(stream, &EventStream::statusChanged, this, [this](EventStream::TaskEvent event) {
        if (event == EventStream::TaskEvent::Done || event == EventStream::TaskEvent::Error)
            m_taskEnded = true;
        fetchStatus();
    });
    connect(stream, &EventStream::stateChanged, this, [this](EventStream::State state) {
        // Connected again (a catch-up comes first after a reconnect, and may find the task ended).
        if (state == EventStream::State::CatchingUp || state == EventStream::State::Streaming)
            setProblem(Source::Stream, {});
    });
    connect(stream, &EventStream::errorOccurred, this, [this](const ApiError &error) {
        setProblem(Source::Stream, error);
        Q_EMIT errorOccurred(error);
    });
    connect(stream, &EventStream::finished, this, [this] { Q_EMIT streamingChanged(false); });
    stream->start();
    Q_EMIT streamingChanged(true);
}

void MessageFeed::closeStream()
{
    if (!m_stream)
        return;
    const bool was = isStreaming();
    // Not through stop(): its finished() would read as the task's end.
    m_stream.reset();
    if (was)
        Q_EMIT streamingChanged(false);
}

void MessageFeed::fetchStatus()
{
    // The server's /status is the one truth: events and messages (which may be replayed history)
    // only say when to ask again. One request at a time, one more if asked meanwhile.
    if (m_statusJob) {
        m_statusAgain = true;
        return;
    }
    m_statusAgain = false;
    m_statusRetry.stop();
    auto *job = new GetStatusJob(m_client, m_sessionId, this);
    m_statusJob = job;
    connect(job, &ApiJob::succeeded, this, [this, job] {
        m_statusFailures = 0;
        setProblem(Source::Status, {});
        // The task ended: a stream that closed has nothing more to bring, and is no problem.
        if (job->status().isTerminal())
            setProblem(Source::Stream, {});
        setStatus(job->status());
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) {
        setProblem(Source::Status, error);
        Q_EMIT errorOccurred(error);
        // The job gave up; the state shown would stay stale until the stream says something, so
        // the feed asks again later (a final error, such as the session being gone, stays shown).
        if (m_wanted && !error.isFinal())
            m_statusRetry.start(Backoff::delayMs(++m_statusFailures, m_client->backoff(), error));
    });
    // The job tries again on its own; the user reads why while it does.
    connect(job, &ApiJob::retryScheduled, this,
        [this](int, int, const ApiError &error) { setProblem(Source::Status, error); });
    connect(job, &ApiJob::finished, this, [this] {
        m_statusJob.clear();
        if (m_statusAgain && m_wanted)
            fetchStatus();
    });
    job->start();
}

void MessageFeed::setProblem(Source source, const ApiError &error)
{
    ApiError &problem = source == Source::Stream ? m_streamProblem : m_statusProblem;
    if (error == problem)
        return;
    const ApiError before = lastError();
    problem = error;
    if (lastError() != before)
        Q_EMIT problemChanged();
}

void MessageFeed::fetchMessageTimes()
{
    // The stream's events carry no time. A message's time tells how long its task has run.
    if (m_timesJob)
        return;
    auto *job = new GetMessagesJob(m_client, m_sessionId, 0, true, this);
    m_timesJob = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->error().isNone())
            return; // the messages stay without a time: nothing else is lost
        for (const Message &message : job->page().messages) {
            if (message.id <= 0 || !message.timestamp.isValid())
                continue;
            m_knownTimes.insert(message.id, message.timestamp);
            m_messages->takeTimeFrom(message); // only a time: the stream keeps the order
        }
    });
    job->start();
}

void MessageFeed::onMessage(const Message &message)
{
    Message timed = message;
    if (!timed.timestamp.isValid())
        timed.timestamp = m_knownTimes.value(message.id); // stays invalid while /messages has not said
    m_messages->append(timed);
    switch (message.type) {
    case Message::Type::Question: // waiting for input
    case Message::Type::User:     // an answer or a new task
    case Message::Type::Done:
    case Message::Type::Error:
        fetchStatus();
        break;
    default:
        break;
    }
}

QString MessageFeed::pendingQuestion() const
{
    if (m_status.value != ExecutionStatus::Value::WaitingForInput)
        return {};
    for (int row = m_messages->rowCount() - 1; row >= 0; --row) {
        const Message message = m_messages->messageAt(row);
        if (message.type == Message::Type::User)
            return {};
        if (message.type == Message::Type::Question)
            return message.text();
    }
    return {};
}

void MessageFeed::setStatus(const ExecutionStatus &status)
{
    if (status == m_status)
        return;
    const ExecutionStatus previous = m_status;
    m_status = status;
    Q_EMIT statusChanged(previous, m_status);
}

} // namespace agi
