#include "live/framedecoder.h"

#include "live/framedecoderworker.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <limits>

namespace agi {
Q_LOGGING_CATEGORY(lcLive, "agi.live")
} // namespace agi

namespace agi {

FrameDecoder::FrameDecoder(QThread *thread, QObject *parent)
    : QObject(parent)
    , m_worker(new FrameDecoderWorker(m_newest))
{
    qRegisterMetaType<agi::Frame>();
    if (!thread) {
        m_ownThread = std::make_unique<QThread>();
        m_ownThread->setObjectName(QStringLiteral("agi-frame-decoder"));
        m_ownThread->start();
        thread = m_ownThread.get();
    }
    m_worker->moveToThread(thread);
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
}

FrameDecoder::~FrameDecoder()
{
    // Nothing it decodes from now on is wanted.
    m_newest->store(std::numeric_limits<quint64>::max(), std::memory_order_release);
    if (m_ownThread) {
        m_ownThread->quit();
        m_ownThread->wait();
        delete m_worker; // its thread has finished: no event can reach it any more
    } else {
        // A shared thread goes on: the worker goes after the work already queued for it.
        m_worker->deleteLater();
    }
}

void FrameDecoder::decode(
    const QByteArray &body, QSize target, quint64 sequence, const QDateTime &capturedAt, qreal devicePixelRatio)
{
    if (sequence > m_newest->load(std::memory_order_relaxed))
        m_newest->store(sequence, std::memory_order_release);
    FrameDecoderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, body, target, sequence, capturedAt, devicePixelRatio] {
            worker->process(body, target, sequence, capturedAt, devicePixelRatio);
        },
        Qt::QueuedConnection);
}

void FrameDecoder::forgetPrevious()
{
    FrameDecoderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->forgetPrevious(); }, Qt::QueuedConnection);
}

} // namespace agi
