#include "export/sessionexporter.h"

#include <QMetaObject>
#include <QThread>

namespace agi {

SessionExporter::SessionExporter(QObject *parent)
    : QObject(parent)
{ }

SessionExporter::~SessionExporter()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void SessionExporter::start(const ExportTimeline &timeline, const ExportOptions &options)
{
    if (m_thread)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    // Calls queued to this object are dropped if it is destroyed first (its destructor also waits
    // for the thread), so the thread may name it plainly.
    SessionExporter *self = this;
    m_thread = QThread::create([self, cancel, timeline, options] {
        ExportProgress progress;
        progress.cancelled = [cancel] { return cancel->load(); };
        progress.report = [self](double fraction, const QString &step) {
            QMetaObject::invokeMethod(
                self, [self, fraction, step] { Q_EMIT self->progressed(fraction, step); }, Qt::QueuedConnection);
        };
        const ExportResult result = exportTimeline(timeline, options, progress);
        QMetaObject::invokeMethod(
            self,
            [self, result] {
                self->m_result = result;
                Q_EMIT self->finished(result);
            },
            Qt::QueuedConnection);
    });
    // Owned by this object too: destroyed with it (after the destructor waited) if the finished
    // signal's deleteLater never ran.
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
}

void SessionExporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace agi
