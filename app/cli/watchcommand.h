#pragma once

#include "api/apierror.h"
#include "api/executionstatus.h"
#include "cli/command.h"
#include "cli/watchcondition.h"
#include "cli/watchrecorder.h"
#include "live/livesessions.h"

#include <QElapsedTimer>
#include <QString>
#include <QTimer>

#include <optional>

namespace agi {
class FramePoller;
class MessageModel;
} // namespace agi

namespace agi::cli {

//! `watch ID [--every 10s] [--out DIR] [--until ...] [--timeout 30m]`: follows one session through
//! the core's LiveSession (one screenshot request at a time, never sooner than --every, backing
//! off on errors and Retry-After; unchanged frames skipped; messages from the event stream) until
//! the condition holds, and exits with a status that says how it ended.
class WatchCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchCommand)

public:
    static constexpr int DefaultEveryMs = 10000;

    //! Checks the options first: on a usage error returns null with *error set.
    static WatchCommand *create(const Invocation &invocation, QString *error, QObject *parent = nullptr);
    void run() override;
    //! Stops following; the frames saved so far stay, all listed in index.json.
    void interrupt(int signalNumber) override;

private:
    WatchCommand(const Invocation &invocation, const WatchCondition &condition, QObject *parent);

    void follow(const Session &session);
    void onFrameChanged();
    void onFrameRefreshed();
    void onMessages(int first, int last);
    void onStatusChanged(const ExecutionStatus &status);
    void onError(const ApiError &error);
    //! The task ended or asks a question: decide (after one last frame for a page condition).
    void onTaskSettled(const ExecutionStatus &status);
    void end(ExitCode code, const QString &outcome);
    void showProgress();
    void release();

    QString m_sessionId;
    WatchCondition m_condition;
    qint64 m_everyMs = DefaultEveryMs;
    qint64 m_timeoutMs = -1;
    std::optional<WatchRecorder> m_recorder;
    LiveSessionHandle m_handle;
    FramePoller *m_poller = nullptr;        // of m_handle's session, set while it is held
    MessageModel *m_messageModel = nullptr; // of m_handle's session, set while it is held
    QTimer m_timeout;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    ExecutionStatus m_status;
    std::optional<ExecutionStatus> m_settled; // waiting for a last frame before deciding
    QString m_latestMessage;
    QString m_lastPage; // url and title last printed
    ApiError::Kind m_lastErrorKind = ApiError::Kind::None;
    int m_messages = 0;
    int m_frames = 0;
};

} // namespace agi::cli
