#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "live/frame.h"
#include "live/framepipeline.h"
#include "live/framepoller.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

#include <atomic>
#include <memory>

class QNetworkReply;
class QTimer;

namespace agi {

//! What FramePoller reads at any time without an event from its worker; written on the worker's thread.
struct FramePollerShared
{
    std::atomic<int> requestCount {0};
    std::atomic<bool> busy {false};         // a request or its decode is under way
    std::atomic<quint64> emitted {0};       // events sent to the poller (it counts those it handled)
    std::atomic<quint64> seenEpoch {0};     // the newest command the worker has applied
    std::atomic<qint64> confirmedAtMs {-1}; // ms since the epoch of the latest good response
};

//! The worker's view of the poll loop, sent with every event; FramePoller takes it only while no
//! command of its own is still on its way (epoch == the poller's).
struct FramePollerStatus
{
    FramePoller::State state = FramePoller::State::Paused;
    ApiError lastError;
    QDateTime backoffUntil;
    int currentInterval = FramePoller::DefaultIntervalMs;
    quint64 epoch = 0;
};

} // namespace agi

Q_DECLARE_METATYPE(agi::FramePollerStatus)

namespace agi {

//! FramePoller's request/response cycle on the decoding thread: the timer, the screenshot request
//! (built from ApiClient's Recipe, sent on that thread's network manager), the decode, the idle
//! slowdown and the backoff. Reports to the poller only what it shows: a new image, a new page,
//! a change of state or pace, an error, and the end of a cycle the poller asked for (refreshNow).
//! An unchanged response only moves FramePollerShared::confirmedAtMs.
class FramePollerWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FramePollerWorker)

public:
    FramePollerWorker(const QString &sessionId, std::shared_ptr<FramePollerShared> shared);
    ~FramePollerWorker() override;

    // Called on the worker's thread (queued by FramePoller).
    void setRecipe(const ApiClient::Recipe &recipe) { m_recipe = recipe; }
    void setTarget(QSize size, qreal devicePixelRatio);
    void setThumbnailBox(QSize box) { m_pipeline.setThumbnailBox(box); }
    void setInterval(int milliseconds, quint64 epoch);
    void resume(quint64 epoch);
    void pause(quint64 epoch);
    void wake(quint64 epoch);
    void refreshNow();
    void setRetryRejections(bool retry);

Q_SIGNALS:
    void frameChanged(const agi::Frame &frame, const agi::FramePollerStatus &status);
    //! Same image; the frame carries url, title and capturedAt.
    void frameRefreshed(const agi::Frame &frame, const agi::FramePollerStatus &status);
    void failed(const agi::ApiError &error, const agi::FramePollerStatus &status);
    void statusChanged(const agi::FramePollerStatus &status);
    void unauthorized();

private:
    using State = FramePoller::State;

    void onTimeout();
    void sendRequest();
    void onReplyFinished();
    void onDecoded(const Frame &frame);
    void onUnchanged(const Frame &frame);
    void onFailed(const ApiError &error);
    void finishCycle();
    void arm(int delayMs);
    int currentInterval() const;
    int sinceLastRequestEnded() const;
    //! Takes the command's epoch; tells the poller when it is new or the pace changed.
    void adopt(quint64 epoch, int intervalBefore);
    FramePollerStatus status() const;
    void countEvent() { m_shared->emitted.fetch_add(1); }

    QString m_sessionId;
    QString m_path;
    std::shared_ptr<FramePollerShared> m_shared;
    ApiClient::Recipe m_recipe;
    FramePipeline m_pipeline;
    QTimer *m_timer = nullptr;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    qint64 m_lastEndedMs = -1;

    QString m_title;
    QUrl m_url;
    QSize m_targetSize;
    qreal m_targetRatio = 1;
    State m_state = State::Paused;
    ApiError m_lastError;
    QDateTime m_backoffUntil;
    quint64 m_epoch = 0;
    int m_intervalMs = FramePoller::DefaultIntervalMs;
    int m_failures = 0;
    int m_unchanged = 0; // responses in a row that brought nothing new
    bool m_paused = true;
    bool m_retryRejections = false; // 401/403/404 back off instead of stopping (see FramePoller)
    bool m_busy = false;
    bool m_refreshWanted = false;
    bool m_reportCycle = false; // the cycle under way was asked for: its end is reported
};

} // namespace agi
