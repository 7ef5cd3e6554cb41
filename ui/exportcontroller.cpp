#include "exportcontroller.h"

#include "export/redactions.h"
#include "export/sessionexporter.h"
#include "exportdialog.h"
#include "frameexport.h"
#include "live/framehistory.h"
#include "live/livesession.h"
#include "live/livesessions.h"
#include "live/messagefeed.h"
#include "livepane.h"
#include "model/messagemodel.h"
#include "model/sessionlistmodel.h"
#include "monitor/sessionmonitor.h"
#include "redactioneditor.h"
#include "statusbanner.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QProgressDialog>
#include <QUrl>

namespace agi {

namespace {

constexpr int ProgressSteps = 1000;

} // namespace

ExportController::ExportController(SessionMonitor *monitor, LivePane *live, StatusBanner *banner, QWidget *window)
    : QObject(window)
    , m_monitor(monitor)
    , m_live(live)
    , m_banner(banner)
    , m_window(window)
{
    connect(m_banner, &StatusBanner::actionRequested, this, [this] {
        if (!m_lastFolder.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFolder));
    });
}

ExportDialog *ExportController::dialog() const
{
    return m_dialog.data();
}

RedactionEditor *ExportController::redactionEditor() const
{
    return m_editor.data();
}

ExportTimeline ExportController::timelineOfShownSession() const
{
    const QString sessionId = m_live->sessionId();
    if (sessionId.isEmpty())
        return {};
    ExportTimeline timeline = ExportTimeline::fromHistory(sessionId, m_monitor->live()->historyOf(sessionId));
    const Session session = m_live->session();
    timeline.status = session.status.raw;
    timeline.createdAt = session.createdAt;
    timeline.task = session.goal;
    if (const LiveSession *live = m_live->liveSession(); live && live->feed()) {
        const MessageModel *messages = live->feed()->messages();
        for (int row = 0; row < messages->rowCount(); ++row)
            timeline.messages.append(messages->messageAt(row));
    }
    return timeline;
}

void ExportController::exportShownSession()
{
    if (m_live->sessionId().isEmpty())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const ExportTimeline timeline = timelineOfShownSession();
    auto *dialog = new ExportDialog(timeline, m_live->viewedSequence(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QString sessionId = timeline.sessionId;
    const auto loadRedactions = [this, dialog, sessionId] {
        QString error;
        const QList<QRect> rectangles = Redactions::load(sessionId, &error, m_redactionFolder);
        dialog->setRedactions(rectangles, error);
    };
    loadRedactions();
    connect(dialog, &ExportDialog::editRedactionsRequested, this, [this, dialog, loadRedactions] {
        RedactionEditor *editor = openEditor(dialog);
        if (editor)
            connect(editor, &QDialog::finished, dialog, loadRedactions);
    });
    connect(dialog, &QDialog::accepted, this, [this, timeline, dialog] { start(timeline, dialog); });
    dialog->open();
}

void ExportController::start(const ExportTimeline &timeline, ExportDialog *dialog)
{
    const ExportOptions options = dialog->options();
    auto *exporter = new SessionExporter(this);
    auto *progress = new QProgressDialog(m_window);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Exporting %1").arg(SessionListModel::shortId(timeline.sessionId)));
    progress->setLabelText(tr("Exporting to %1...").arg(QFileInfo(options.path).fileName()));
    progress->setWindowModality(Qt::NonModal);
    progress->setRange(0, ProgressSteps);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300);
    progress->setValue(0);
    connect(exporter, &SessionExporter::progressed, progress, [progress](double fraction, const QString &step) {
        progress->setValue(int(fraction * ProgressSteps));
        if (!step.isEmpty())
            progress->setLabelText(step);
    });
    connect(progress, &QProgressDialog::canceled, exporter, &SessionExporter::cancel);
    connect(exporter, &SessionExporter::finished, this, [this, exporter, progress](const ExportResult &result) {
        progress->deleteLater();
        exporter->deleteLater();
        --m_running;
        onFinished(result);
    });
    ++m_running;
    exporter->start(m_adapter ? m_adapter(timeline) : timeline, options);
}

void ExportController::onFinished(const ExportResult &result)
{
    m_lastResult = result;
    switch (result.outcome) {
    case ExportResult::Outcome::Written:
        m_lastFolder = QFileInfo(result.path).absolutePath();
        m_banner->showMessageWithAction(StatusBanner::Severity::Information, result.summary(), tr("Show in &Folder"));
        break;
    case ExportResult::Outcome::Cancelled:
        Q_EMIT notice(tr("Export cancelled: no file was written."));
        break;
    case ExportResult::Outcome::Failed:
        m_banner->showMessage(StatusBanner::Severity::Error, result.summary());
        break;
    }
    Q_EMIT exportFinished(result);
}

void ExportController::redactShownSession()
{
    openEditor(m_window);
}

RedactionEditor *ExportController::openEditor(QWidget *parent)
{
    const QString sessionId = m_live->sessionId();
    if (sessionId.isEmpty())
        return nullptr;
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return nullptr;
    }
    // The frame being viewed, at the size the server sent it; else the latest one kept.
    QImage image = FrameExport::fullSizeImage(m_live->frame());
    if (image.isNull()) {
        const FrameHistory &history = m_monitor->live()->historyOf(sessionId);
        if (!history.isEmpty())
            image = QImage::fromData(history.encoded(history.size() - 1));
    }
    auto *editor = new RedactionEditor(sessionId, image, m_redactionFolder, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    connect(editor, &RedactionEditor::saved, this, [this, sessionId](const QList<QRect> &rectangles) {
        Q_EMIT notice(rectangles.isEmpty()
                ? tr("No areas of session %1 are blacked out in exports now.").arg(SessionListModel::shortId(sessionId))
                : tr("Areas of session %1 blacked out in every export: %2.")
                      .arg(SessionListModel::shortId(sessionId))
                      .arg(rectangles.size()));
    });
    editor->open();
    return editor;
}

} // namespace agi
