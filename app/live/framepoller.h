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
//! pause/resume, "refresh now" and exponential backoff on failure.
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
    Q_PROPERTY(QSize targetSize READ targetSize WRITE setTargetSize)

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

    //! Starts paused: call resume() to begin.
    FramePoller(ApiClient *client, const QString &sessionId, QObject *parent = nullptr);
    ~FramePoller() override;

    QString sessionId() const { return m_sessionId; }

    //! The latest good frame (kept when a later one fails); null before the first one.
    Frame frame() const { return m_frame; }
    //! Milliseconds since the latest frame was captured (or confirmed unchanged); -1 without one.
    qint64 frameAge() const;
    State state() const { return m_state; }
    //! When the next attempt is due while BackingOff; invalid otherwise.
    QDateTime backoffUntil() const { return m_state == State::BackingOff ? m_backoffUntil : QDateTime(); }
    //! The last failure (kept until a request succeeds).
    ApiError lastError() const { return m_lastError; }

    int interval() const { return m_intervalMs; }
    //! Milliseconds between the end of one request (and its decode) and the start of the next;
    //! clamped to MinimumIntervalMs.
    void setInterval(int milliseconds);

    QSize targetSize() const { return m_targetSize; }
    //! The pane's size in device pixels; frames are decoded to fit it. Applies from the next frame.
    void setTargetSize(QSize size) { m_targetSize = size; }

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
    int backoffDelay() const;
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
    State m_state = State::Paused;
    ApiError m_lastError;
    QDateTime m_backoffUntil;
    int m_intervalMs = DefaultIntervalMs;
    int m_failures = 0;
    int m_requestCount = 0;
    quint64 m_sequence = 0;
    bool m_paused = true;
    bool m_busy = false; // a request or its decode is under way
    bool m_refreshWanted = false;
};

} // namespace agi
