#include "cli/watchcommand.h"

#include "api/getsessionjob.h"
#include "cli/clicontext.h"
#include "cli/jsonview.h"
#include "cli/output.h"
#include "live/framepoller.h"
#include "live/messagefeed.h"
#include "model/displaytext.h"
#include "model/messagemodel.h"
#include "monitor/sessionmonitor.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonObject>

namespace agi::cli {

namespace {
// Frames are decoded only to check them (the files are the server's bytes): at the smallest size
// the JPEG decoder reaches by DCT scaling, which costs a fraction of a full decode.
constexpr QSize CheckSize(160, 100);
constexpr int ProgressEveryMs = 1000;

QString clock()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
}
} // namespace

WatchCommand *WatchCommand::create(const Invocation &invocation, QString *error, QObject *parent)
{
    const QCommandLineParser &parser = *invocation.parser;
    const auto condition = WatchCondition::parse(parser.value(QStringLiteral("until")), error);
    if (!condition)
        return nullptr;
    auto *command = new WatchCommand(invocation, *condition, parent);
    if (parser.isSet(QStringLiteral("every"))) {
        command->m_everyMs = parseDurationMs(parser.value(QStringLiteral("every")));
        if (command->m_everyMs < FramePoller::MinimumIntervalMs) {
            *error = tr("--every takes a duration of at least %1 ms, such as 1s, 10s or 2m.")
                         .arg(FramePoller::MinimumIntervalMs);
            delete command;
            return nullptr;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        command->m_timeoutMs = parseDurationMs(parser.value(QStringLiteral("timeout")));
        if (command->m_timeoutMs <= 0) {
            *error = tr("--timeout takes a duration such as 90s, 30m or 2h.");
            delete command;
            return nullptr;
        }
    }
    if (parser.isSet(QStringLiteral("out")))
        command->m_recorder.emplace(parser.value(QStringLiteral("out")));
    return command;
}

WatchCommand::WatchCommand(const Invocation &invocation, const WatchCondition &condition, QObject *parent)
    : Command(invocation, parent)
    , m_sessionId(invocation.arguments.value(0))
    , m_condition(condition)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        out().error(
            tr("Timed out: session %1 did not reach '%2' in time.")
                .arg(m_sessionId, m_condition.text().isEmpty() ? tr("the end of its task") : m_condition.text()),
            tr("Try a longer --timeout."));
        end(ExitCode::Timeout, QStringLiteral("timeout"));
    });
    connect(&m_progressTimer, &QTimer::timeout, this, &WatchCommand::showProgress);
}

void WatchCommand::run()
{
    m_clock.start();
    if (m_timeoutMs > 0)
        m_timeout.start(int(std::min<qint64>(m_timeoutMs, std::numeric_limits<int>::max())));
    if (m_recorder) {
        QString error;
        if (!m_recorder->open(&error)) {
            out().error(error);
            finish(ExitCode::Failure);
            return;
        }
    }
    auto *job = new GetSessionJob(&context()->client(), m_sessionId, this);
    connect(job, &ApiJob::failed, this, &WatchCommand::fail);
    connect(job, &ApiJob::succeeded, this, [this, job] { follow(job->session()); });
    job->start();
}

void WatchCommand::follow(const Session &session)
{
    LiveSessions *live = context()->monitor().live();
    live->setFrameInterval(int(m_everyMs));
    m_handle = live->acquire(session);
    LiveSession *followed = m_handle.get();
    if (!followed) {
        finish(ExitCode::Failure);
        return;
    }
    FramePoller *poller = followed->poller();
    m_poller = poller;
    poller->setTargetSize(CheckSize);
    connect(poller, &FramePoller::frameChanged, this, &WatchCommand::onFrameChanged);
    connect(poller, &FramePoller::frameRefreshed, this, &WatchCommand::onFrameRefreshed);
    connect(poller, &FramePoller::errorOccurred, this, &WatchCommand::onError);
    MessageFeed *feed = followed->feed();
    m_messageModel = feed->messages();
    connect(feed->messages(), &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { onMessages(first, last); });
    connect(feed, &MessageFeed::statusChanged, this,
        [this](const ExecutionStatus &, const ExecutionStatus &current) { onStatusChanged(current); });
    connect(feed, &MessageFeed::errorOccurred, this, &WatchCommand::onError);
    m_handle.setWatching(true);
    if (out().showsProgress()) {
        m_progressTimer.start(ProgressEveryMs);
        showProgress();
    }
}

void WatchCommand::onFrameChanged()
{
    const Frame frame = m_poller->frame();
    ++m_frames;
    QString file;
    if (m_recorder) {
        QString error;
        if (!m_recorder->record(frame, m_latestMessage, &error)) {
            out().error(error, tr("Free some space or choose another folder with --out."));
            end(ExitCode::Failure, QStringLiteral("write_failed"));
            return;
        }
        file = m_recorder->lastFile();
    }
    if (!out().quiet()) {
        if (out().json()) {
            QJsonObject event {
                {QStringLiteral("event"), QStringLiteral("frame")},
                {QStringLiteral("time"), frame.changedAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("url"), frame.url.toString(QUrl::FullyEncoded)},
                {QStringLiteral("title"), frame.title},
            };
            if (!file.isEmpty())
                event.insert(QStringLiteral("file"), file);
            out().document(event, true);
        } else {
            const QString page = DisplayText::url(frame.url) + QStringLiteral("  ") + DisplayText::oneLine(frame.title);
            if (!file.isEmpty())
                out().data(clock() + QStringLiteral(" FRAME    ") + file + QStringLiteral("  ") + page);
            else if (page != m_lastPage)
                out().data(clock() + QStringLiteral(" PAGE     ") + page);
            m_lastPage = page;
        }
    }
    onFrameRefreshed();
}

void WatchCommand::onFrameRefreshed()
{
    if (isFinished())
        return;
    m_lastErrorKind = ApiError::Kind::None;
    const Frame frame = m_poller->frame();
    if (m_condition.isAboutPage() && m_condition.matches(frame.url, frame.title)) {
        end(ExitCode::Ok, QStringLiteral("condition_met"));
        return;
    }
    if (m_settled)
        onTaskSettled(*m_settled);
}

void WatchCommand::onMessages(int first, int last)
{
    const MessageModel *model = m_messageModel;
    for (int row = first; row <= last; ++row) {
        const Message message = model->messageAt(row);
        ++m_messages;
        m_latestMessage = DisplayText::oneLine(message.text());
        if (out().quiet())
            continue;
        if (out().json()) {
            QJsonObject event = JsonView::message(message);
            event.insert(QStringLiteral("event"), QStringLiteral("message"));
            out().document(event, true);
        } else {
            out().data(JsonView::messageLine(message));
        }
    }
    showProgress();
}

void WatchCommand::onStatusChanged(const ExecutionStatus &status)
{
    if (isFinished())
        return;
    m_status = status;
    if (!out().quiet()) {
        if (out().json()) {
            out().document(QJsonObject {{QStringLiteral("event"), QStringLiteral("status")},
                               {QStringLiteral("status"), status.raw}},
                true);
        } else {
            out().data(clock() + QStringLiteral(" STATUS   ") + status.displayText());
        }
    }
    switch (status.value) {
    case ExecutionStatus::Value::Finished:
    case ExecutionStatus::Value::Error:
    case ExecutionStatus::Value::WaitingForInput:
        onTaskSettled(status);
        break;
    default:
        m_settled.reset(); // a question answered, or a new task
        break;
    }
}

void WatchCommand::onTaskSettled(const ExecutionStatus &status)
{
    using Kind = WatchCondition::Kind;
    using Value = ExecutionStatus::Value;
    // One more frame first: the page the task ended on decides a page condition, and belongs in
    // the recorded frames.
    if (!m_settled && (m_condition.isAboutPage() || m_recorder)) {
        m_settled = status;
        m_poller->refreshNow();
        return;
    }
    const Kind kind = m_condition.kind();
    if ((kind == Kind::Finished && status.value == Value::Finished)
        || (kind == Kind::Error && status.value == Value::Error)
        || (kind == Kind::Question && status.value == Value::WaitingForInput)) {
        end(ExitCode::Ok, QStringLiteral("condition_met"));
        return;
    }
    switch (status.value) {
    case Value::Error:
        out().error(tr("The task of session %1 ended in an error.").arg(m_sessionId));
        end(ExitCode::TaskError, QStringLiteral("error"));
        return;
    case Value::WaitingForInput:
        out().error(tr("The agent of session %1 asks a question.").arg(m_sessionId),
            tr("Answer it with 'agi-session answer %1 TEXT'.").arg(m_sessionId));
        end(ExitCode::QuestionPending, QStringLiteral("question"));
        return;
    default:
        if (kind == Kind::Ended) {
            end(ExitCode::Ok, QStringLiteral("finished"));
            return;
        }
        out().error(tr("The task of session %1 finished, but '%2' never held.").arg(m_sessionId, m_condition.text()));
        end(ExitCode::ConditionNotMet, QStringLiteral("condition_not_met"));
        return;
    }
}

void WatchCommand::onError(const ApiError &error)
{
    if (isFinished())
        return;
    const bool gone = error.kind == ApiError::Kind::NotFound || error.kind == ApiError::Kind::Unauthorized
        || error.kind == ApiError::Kind::Forbidden;
    if (gone) {
        fail(error);
        release();
        return;
    }
    if (m_settled) {
        // No last frame to be had: decide on what was seen (m_settled skips the page check).
        onTaskSettled(*m_settled);
        return;
    }
    if (error.kind != m_lastErrorKind && !out().quiet())
        out().error(error.userMessage(), tr("Trying again."));
    m_lastErrorKind = error.kind;
    showProgress();
}

void WatchCommand::end(ExitCode code, const QString &outcome)
{
    if (isFinished())
        return;
    m_timeout.stop();
    m_progressTimer.stop();
    if (out().json()) {
        QJsonObject event {
            {QStringLiteral("event"), QStringLiteral("end")},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("exit_code"), toInt(code)},
            {QStringLiteral("status"), m_status.raw},
            {QStringLiteral("frames"), m_frames},
        };
        if (m_recorder)
            event.insert(QStringLiteral("saved"), m_recorder->written());
        out().document(event, true);
    } else if (m_recorder) {
        out().note(tr("Saved %n frame(s) in %1.", nullptr, m_recorder->written()).arg(m_recorder->directory()));
    }
    release();
    finish(code);
}

void WatchCommand::interrupt(int signalNumber)
{
    if (isFinished())
        return;
    m_timeout.stop();
    m_progressTimer.stop();
    const ExitCode code = exitCodeForSignal(signalNumber);
    if (out().json()) {
        out().document(
            QJsonObject {{QStringLiteral("event"), QStringLiteral("end")},
                {QStringLiteral("outcome"), QStringLiteral("interrupted")}, {QStringLiteral("exit_code"), toInt(code)},
                {QStringLiteral("status"), m_status.raw}, {QStringLiteral("frames"), m_frames},
                {QStringLiteral("saved"), m_recorder ? m_recorder->written() : 0}},
            true);
    }
    // One line: each saved frame was listed in index.json when it was written, so the folder
    // is complete as it is.
    out().error(m_recorder ? tr("%1: %n frame(s) saved in %2, listed in index.json.", nullptr, m_recorder->written())
                                 .arg(stoppedBy(signalNumber), m_recorder->directory())
                           : stoppedBy(signalNumber) + QLatin1Char('.'));
    release();
    finish(code);
}

void WatchCommand::release()
{
    // Nothing of the session reaches this command after it ended.
    if (LiveSession *followed = m_handle.get()) {
        disconnect(followed->poller(), nullptr, this, nullptr);
        disconnect(followed->feed(), nullptr, this, nullptr);
        disconnect(followed->feed()->messages(), nullptr, this, nullptr);
    }
    m_poller = nullptr;
    m_messageModel = nullptr;
    m_handle.reset();
}

void WatchCommand::showProgress()
{
    const FramePoller *poller = m_poller;
    if (!out().showsProgress() || isFinished() || !poller)
        return;
    QStringList parts {tr("Watching %1").arg(m_sessionId)};
    if (!m_status.raw.isEmpty())
        parts << tr("task %1").arg(m_status.displayText().toLower());
    parts << tr("%n frame(s)", nullptr, m_frames) << tr("%n message(s)", nullptr, m_messages);
    if (poller->state() == FramePoller::State::BackingOff) {
        const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(poller->backoffUntil()));
        parts << tr("next try in %1 s").arg((wait + 999) / 1000);
    } else if (poller->frameAge() >= 0) {
        parts << tr("last frame %1 s ago").arg(poller->frameAge() / 1000);
    }
    parts << tr("%1 s").arg(m_clock.elapsed() / 1000);
    out().progress(parts.join(QStringLiteral(" · ")));
}

} // namespace agi::cli
