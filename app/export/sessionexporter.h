#pragma once

#include "export/timelineexport.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace agi {

//! Runs one export on a thread of its own and reports back on the thread that started it:
//! progress (fraction and step), then finished() exactly once. cancel() stops it; the file is
//! then not written.
class SessionExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionExporter)

public:
    explicit SessionExporter(QObject *parent = nullptr);
    ~SessionExporter() override;

    void start(const ExportTimeline &timeline, const ExportOptions &options);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    const ExportResult &result() const { return m_result; }

Q_SIGNALS:
    void progressed(double fraction, const QString &step);
    void finished(const agi::ExportResult &result);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ExportResult m_result;
};

} // namespace agi
