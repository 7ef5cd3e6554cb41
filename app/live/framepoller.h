#pragma once

#include "api/apierror.h"
#include "live/frame.h"
#include "live/framedecoder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QTimer>

namespace agi {

class ApiClient;
class ScreenshotJob;

//! Polls one session's screenshot: one request at a time, decoded off the GUI thread, with
//! pause/resume, "refresh now" and exponential backoff on failure (the poller's own: its requests
//! are never retried inside the job). While the frame does not change it slows down, step by step,
//! to IdleCeilingMs, and snaps back to the chosen interval when anything changes (or wake()).
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

    //! The latest good frame (kept when a later one fails); null before the first one.
    Frame frame() const { return m_frame; }
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
    int currentInterval() const;
    //! Whether the frame has been the same for long enough that the poller slowed down.
    bool isIdle() const { return currentInterval() > m_intervalMs; }
    //! Something else about the session changed (its status, a message): back to interval() now.
    void wake();

    //! The box frames are decoded to fit, in device pixels, and the ratio they are painted at
    //! (so the view only blits them). Applies from the next frame.
    void setTargetSize(QSize size, qreal devicePixelRatio = 1)
    {
        m_targetSize = size;
        m_targetRatio = devicePixelRatio;
    }

    bool isRequestInFlight() const { return m_busy; }
    //! Requests started so far (for diagnostics and tests).
    int requestCount() const { return m_requestCount; }

    void resume();
    //! Stops polling; a request already in flight still completes and updates the frame.
    void pause();
    //! Fetches as soon as allowed: never sooner than MinimumIntervalMs after the previous request
    //! ended, never two at once. While paused it fetches once and stays paused.
    void refreshNow();

Q_SIGNALS:
    //! A new image (with its url, title and capture time).
    void frameChanged();
    //! The same image was confirmed; url, title and frameAge may have changed.
    void frameRefreshed();
    void stateChanged(agi::FramePoller::State state);
    void errorOccurred(const agi::ApiError &error);
    void intervalChanged(int milliseconds);

private:
    void onTimeout();
    void sendRequest();
    void onSucceeded(const QByteArray &body);
    void onFailed(const ApiError &error);
    void onDecoded(quint64 sequence, const agi::Frame &frame);
    void onUnchanged(quint64 sequence, const agi::Frame &frame);
    void onDecodeFailed(quint64 sequence, const QString &reason);
    void finishCycle();
    void arm(int delayMs);
    void markUnchanged(bool unchanged);
    int sinceLastRequestEnded() const;
    void setState(State state);

    ApiClient *m_client = nullptr;
    QString m_sessionId;
    FrameDecoder m_decoder;
    QTimer m_timer;
    QPointer<ScreenshotJob> m_job;
    QElapsedTimer m_clock;
    qint64 m_lastEndedMs = -1;

    Frame m_frame;
    QSize m_targetSize;
    qreal m_targetRatio = 1;
    State m_state = State::Paused;
    ApiError m_lastError;
    QDateTime m_backoffUntil;
    int m_intervalMs = DefaultIntervalMs;
    int m_failures = 0;
    int m_unchanged = 0; // responses in a row that brought nothing new
    int m_requestCount = 0;
    quint64 m_sequence = 0;
    bool m_paused = true;
    bool m_busy = false; // a request or its decode is under way
    bool m_refreshWanted = false;
};

} // namespace agi
