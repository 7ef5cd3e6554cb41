#pragma once

#include "live/frame.h"
#include "live/framepipeline.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QSize>
#include <QString>

#include <atomic>
#include <memory>

namespace agi {

//! The FramePipeline living on FrameDecoder's worker thread; only FrameDecoder talks to it.
class FrameDecoderWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameDecoderWorker)

public:
    //! `newest` is the facade's latest sequence number, read to skip requests already superseded.
    explicit FrameDecoderWorker(std::shared_ptr<const std::atomic<quint64>> newest);

    // Called on the worker thread only (queued from FrameDecoder).
    void process(
        const QByteArray &body, QSize target, quint64 sequence, const QDateTime &capturedAt, qreal devicePixelRatio);
    void forgetPrevious() { m_pipeline.forgetPrevious(); }

Q_SIGNALS:
    void decoded(quint64 sequence, const agi::Frame &frame);
    void unchanged(quint64 sequence, const agi::Frame &frame);
    void failed(quint64 sequence, const QString &reason);

private:
    std::shared_ptr<const std::atomic<quint64>> m_newest;
    FramePipeline m_pipeline;
};

} // namespace agi
