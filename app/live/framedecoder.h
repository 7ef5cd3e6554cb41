#pragma once

#include "live/frame.h"
#include "live/framepipeline.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QSize>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace agi {

class FrameDecoderWorker;

//! Decodes screenshot responses on a worker thread and reports the results on the thread it lives
//! on (the GUI thread); results older than the newest request are dropped. Decoders of many
//! sessions can share one worker thread.
class FrameDecoder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameDecoder)

public:
    //! Decodes on `thread` (running, and outliving the decoder's last queued work), or on a thread
    //! of its own when it is null.
    explicit FrameDecoder(QThread *thread = nullptr, QObject *parent = nullptr);
    ~FrameDecoder() override;

    //! Queues `body` for decoding to fit `target` in device pixels (an empty size keeps the source
    //! size), for painting at `devicePixelRatio`. `sequence` must grow with each request; a result
    //! is delivered only while no newer request was made.
    void decode(const QByteArray &body, QSize target, quint64 sequence,
        const QDateTime &capturedAt = QDateTime::currentDateTimeUtc(), qreal devicePixelRatio = 1);
    //! The next decode() decodes even when the image bytes repeat (e.g. after the pane was rebuilt).
    void forgetPrevious();

Q_SIGNALS:
    //! A new image.
    void decoded(quint64 sequence, const agi::Frame &frame);
    //! Same image bytes as the last decoded frame: only url, title and capturedAt are fresh.
    void unchanged(quint64 sequence, const agi::Frame &frame);
    //! The response could not be turned into an image (malformed JSON, bad base64, not an image,
    //! too large, corrupt); the reason is one short English phrase.
    void failed(quint64 sequence, const QString &reason);

private:
    bool isCurrent(quint64 sequence) const { return sequence >= m_newest->load(std::memory_order_relaxed); }

    // Shared with the worker, which may still run queued work after this object is gone.
    std::shared_ptr<std::atomic<quint64>> m_newest = std::make_shared<std::atomic<quint64>>(0);
    std::unique_ptr<QThread> m_ownThread;
    FrameDecoderWorker *m_worker = nullptr;
};

} // namespace agi
