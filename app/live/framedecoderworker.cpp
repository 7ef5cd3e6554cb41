#include "live/framedecoderworker.h"

#include <QLoggingCategory>

namespace agi {
Q_DECLARE_LOGGING_CATEGORY(lcLive)
} // namespace agi

namespace agi {

FrameDecoderWorker::FrameDecoderWorker(std::shared_ptr<const std::atomic<quint64>> newest)
    : m_newest(std::move(newest))
{ }

void FrameDecoderWorker::process(
    const QByteArray &body, QSize target, quint64 sequence, const QDateTime &capturedAt, qreal devicePixelRatio)
{
    if (sequence < m_newest->load(std::memory_order_acquire)) {
        qCDebug(lcLive) << "skipping superseded frame" << sequence;
        return;
    }
    FramePipeline::Result result = m_pipeline.process(body, target, capturedAt, devicePixelRatio);
    switch (result.outcome) {
    case FramePipeline::Outcome::Decoded:
        Q_EMIT decoded(sequence, result.frame);
        break;
    case FramePipeline::Outcome::Unchanged:
        Q_EMIT unchanged(sequence, result.frame);
        break;
    case FramePipeline::Outcome::Failed:
        qCDebug(lcLive) << "frame" << sequence << "failed:" << result.error;
        Q_EMIT failed(sequence, result.error);
        break;
    }
}

} // namespace agi
