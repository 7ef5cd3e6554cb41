#include "live/framedecoder.h"

#include "live/framedecoderworker.h"

#include <QLoggingCategory>
#include <QMetaObject>

namespace agi {
Q_LOGGING_CATEGORY(lcLive, "agi.live")
} // namespace agi

namespace agi {

FrameDecoder::FrameDecoder(QObject *parent)
    : QObject(parent)
    , m_worker(new FrameDecoderWorker(&m_newest))
{
    qRegisterMetaType<agi::Frame>();
    m_thread.setObjectName(QStringLiteral("agi-frame-decoder"));
    m_worker->moveToThread(&m_thread);
    // Queued across threads: the worker's signals arrive here in this object's thread.
    connect(m_worker, &FrameDecoderWorker::decoded, this, [this](quint64 sequence, const agi::Frame &frame) {
        if (isCurrent(sequence))
            Q_EMIT decoded(sequence, frame);
    });
    connect(m_worker, &FrameDecoderWorker::unchanged, this, [this](quint64 sequence, const agi::Frame &frame) {
        if (isCurrent(sequence))
            Q_EMIT unchanged(sequence, frame);
    });
    connect(m_worker, &FrameDecoderWorker::failed, this, [this](quint64 sequence, const QString &reason) {
        if (isCurrent(sequence))
            Q_EMIT failed(sequence, reason);
    });
    m_thread.start();
}

FrameDecoder::~FrameDecoder()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has finished: no event can reach it any more
}

void FrameDecoder::decode(const QByteArray &body, QSize target, quint64 sequence, const QDateTime &capturedAt)
{
    quint64 newest = m_newest.load(std::memory_order_relaxed);
    if (sequence > newest)
        m_newest.store(sequence, std::memory_order_release);
    FrameDecoderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, body, target, sequence, capturedAt] { worker->process(body, target, sequence, capturedAt); },
        Qt::QueuedConnection);
}

void FrameDecoder::forgetPrevious()
{
    FrameDecoderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->forgetPrevious(); }, Qt::QueuedConnection);
}

void FrameDecoder::setLimits(const FramePipeline::Limits &limits)
{
    FrameDecoderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, limits] { worker->setLimits(limits); }, Qt::QueuedConnection);
}

} // namespace agi
