#pragma once

#include "api/apierror.h"
#include "live/frame.h"

#include <QDateTime>
#include <QObject>
#include <QSize>
#include <QString>

#include <memory>

class QThread;

namespace agi {

class ApiClient;
class FramePollerWorker;
struct FramePollerShared;
struct FramePollerStatus;

//! Polls one session's screenshot: one request at a time, fetched and decoded off the GUI thread,
//! with pause/resume, "refresh now" and exponential backoff on failure (the poller's own: its
//! requests are never retried). While the frame does not change it slows down, step by step, to
//! IdleCeilingMs, and snaps back to the chosen interval when anything changes (or wake()).
//!
//! The request/response cycle runs on the decoding thread (FramePollerWorker, with that thread's
//! network manager and a copy of ApiClient::recipe()); this object, on the GUI thread, hears of a
//! new frame, a new page, a change of state or pace and an error, never of a response that only
//! confirmed the frame (frameAge() moves all the same).
class FramePoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FramePoller)
    Q_PROPERTY(agi::Frame frame READ frame NOTIFY frameChanged)
    Q_PROPERTY(qint64 frameAge READ frameAge NOTIFY frameRefreshed)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QDateTime backoffUntil READ backoffUntil NOTIFY stateChanged)
    Q_PROPERTY(agi::ApiError lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(int interval READ interval WRITE setInterval NOTIFY intervalChanged)

public:
    enum class State {
        Live,       //!< polling at the interval; the last request succeeded
        Paused,     //!< no requests (pane hidden, window minimised, session finished)
        BackingOff, //!< the last request failed; the next one waits until backoffUntil()
        Failing     //!< the last request failed in a way retrying cannot fix (key, session gone):
                    //!< no more requests until resume() or refreshNow()
    };
    Q_ENUM(State)

    static constexpr int DefaultIntervalMs = 2000;
    static constexpr int MinimumIntervalMs = 250;
    static constexpr int MaximumBackoffMs = 60000;
    static constexpr int FirstBackoffMs = 1000;
    //! Responses with the same frame, URL and title before the poller starts to slow down.
    static constexpr int IdleAfterUnchanged = 3;
    //! The slowest an idle poller gets (unless the chosen interval is slower still).
    static constexpr int IdleCeilingMs = 10000;

    //! Starts paused: call resume() to begin. Decodes on `decodeThread` (shared by the pollers of
    //! many sessions), or on a thread of its own when it is null.
    FramePoller(
        ApiClient *client, const QString &sessionId, QThread *decodeThread = nullptr, QObject *parent = nullptr);
    ~FramePoller() override;

    QString sessionId() const { return m_sessionId; }

    //! The latest good frame (kept when a later one fails); null before the first one. Its capturedAt
    //! is the latest response that showed it.
    Frame frame() const;
    //! Milliseconds since the latest frame was captured (or confirmed unchanged); -1 without one.
    qint64 frameAge() const;
    //! Milliseconds since the image last changed; -1 without a frame.
    qint64 unchangedFor() const;
    State state() const { return m_state; }
    //! When the next attempt is due while BackingOff; invalid otherwise.
    QDateTime backoffUntil() const { return m_state == State::BackingOff ? m_backoffUntil : QDateTime(); }
    //! The last failure (kept until a request succeeds).
    ApiError lastError() const { return m_lastError; }

    int interval() const { return m_intervalMs; }
    //! Milliseconds between the end of one request (and its decode) and the start of the next;
    //! clamped to MinimumIntervalMs.
    void setInterval(int milliseconds);
    //! The wait before the next request while Live: interval(), or longer while idle.
    int currentInterval() const { return m_currentIntervalMs; }
    //! Whether the frame has been the same for long enough that the poller slowed down.
    bool isIdle() const { return currentInterval() > m_intervalMs; }
    //! Something else about the session changed (its status, a message): back to interval() now.
    void wake();

    //! The box frames are decoded to fit, in device pixels, and the ratio they are painted at
    //! (so the view only blits them). Applies from the next frame.
    void setTargetSize(QSize size, qreal devicePixelRatio = 1);
    //! New frames also carry a thumbnail fitted to `box` (device pixels), made on the decoding
    //! thread; an empty box makes none. Applies from the next frame.
    void setThumbnailBox(QSize box);

    //! A request or its decode is under way, or what it brought has not reached this object yet,
    //! or the worker has not yet applied the latest pause/resume/wake/setInterval.
    bool isRequestInFlight() const;
    //! Requests started so far (for diagnostics and tests).
    int requestCount() const;

    void resume();
    //! Stops polling; a request already in flight still completes and updates the frame.
    void pause();
    //! Fetches as soon as allowed: never sooner than MinimumIntervalMs after the previous request
    //! ended, never two at once. While paused it fetches once and stays paused.
    void refreshNow();
    //! Whether a 401, 403 or 404 on the screenshot is tried again with backoff rather than stopping
    //! the poller (Failing). LiveSession turns it on while the session is listed with a key the list
    //! accepts: such a refusal is then passing (a session still starting, a proxy), not final.
    void setRetryRejections(bool retry);

Q_SIGNALS:
    //! A new image (with its url, title and capture time).
    void frameChanged();
    //! Also after frameChanged(); without it: the same image, and url, title, state or the idle pace
    //! changed, or the response refreshNow() asked for came. Not for a response that only confirmed
    //! the frame: frameAge() follows those without a signal.
    void frameRefreshed();
    void stateChanged(agi::FramePoller::State state);
    void errorOccurred(const agi::ApiError &error);
    void intervalChanged(int milliseconds);

private:
    void onWorkerFrame(const agi::Frame &frame, const agi::FramePollerStatus &status);
    void onWorkerRefreshed(const agi::Frame &frame, const agi::FramePollerStatus &status);
    void onWorkerFailed(const agi::ApiError &error, const agi::FramePollerStatus &status);
    void onWorkerStatus(const agi::FramePollerStatus &status);
    //! Takes the worker's status unless a newer command is on its way; whether stateChanged is due.
    bool takeStatus(const FramePollerStatus &status);
    void setState(State state);
    //! A command that changes what this object shows at once: the worker's older status is stale.
    quint64 nextEpoch() { return ++m_epoch; }
    void pushRecipe();

    ApiClient *m_client = nullptr;
    QString m_sessionId;
    std::shared_ptr<FramePollerShared> m_shared;
    std::unique_ptr<QThread> m_ownThread;
    FramePollerWorker *m_worker = nullptr;

    Frame m_frame;
    State m_state = State::Paused;
    ApiError m_lastError;
    QDateTime m_backoffUntil;
    int m_intervalMs = DefaultIntervalMs;
    int m_currentIntervalMs = DefaultIntervalMs;
    quint64 m_epoch = 0;
    quint64 m_received = 0; // worker events handled
    bool m_paused = true;
};

} // namespace agi
