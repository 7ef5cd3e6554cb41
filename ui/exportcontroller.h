#pragma once

#include "export/timelineexport.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace agi {

class ExportDialog;
class LivePane;
class RedactionEditor;
class SessionMonitor;
class StatusBanner;

//! Exports and redactions of the session shown in the window: opens the export dialog, runs each
//! export on its own thread behind a progress dialog that does not block the window (Cancel stops
//! it, leaving no file), then says how it went in the window's banner ("Show in Folder") or status
//! bar; opens the redaction editor on the frame being viewed.
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    ExportController(SessionMonitor *monitor, LivePane *live, StatusBanner *banner, QWidget *window);

    //! Where the redactions are kept (empty: the user's data folder).
    void setRedactionFolder(const QString &folder) { m_redactionFolder = folder; }
    QString redactionFolder() const { return m_redactionFolder; }

    //! The frames, messages and facts of the shown session, as an export reads them.
    ExportTimeline timelineOfShownSession() const;

    //! Opens the export dialog for the shown session (nothing when none is shown).
    void exportShownSession();
    //! Opens the redaction editor on the shown session's viewed frame.
    void redactShownSession();

    //! The dialog open now, if any (for tests).
    ExportDialog *dialog() const;
    RedactionEditor *redactionEditor() const;
    //! Exports under way.
    int running() const { return m_running; }
    //! The folder of the latest file written (what Show in Folder opens).
    QString lastFolder() const { return m_lastFolder; }
    //! How the latest export ended.
    const ExportResult &lastResult() const { return m_lastResult; }
    //! For tests: changes each timeline before it is exported (e.g. frames that take their time).
    void setTimelineAdapter(std::function<ExportTimeline(const ExportTimeline &)> adapter)
    {
        m_adapter = std::move(adapter);
    }

Q_SIGNALS:
    //! A short status message (an export cancelled).
    void notice(const QString &text);
    //! An export ended (written, cancelled or failed).
    void exportFinished(const agi::ExportResult &result);

private:
    void start(const ExportTimeline &timeline, ExportDialog *dialog);
    void onFinished(const ExportResult &result);
    RedactionEditor *openEditor(QWidget *parent);

    SessionMonitor *m_monitor = nullptr;
    LivePane *m_live = nullptr;
    StatusBanner *m_banner = nullptr;
    QWidget *m_window = nullptr;
    QString m_redactionFolder;
    QString m_lastFolder;
    ExportResult m_lastResult;
    QPointer<ExportDialog> m_dialog;
    QPointer<RedactionEditor> m_editor;
    int m_running = 0;
    std::function<ExportTimeline(const ExportTimeline &)> m_adapter;
};

} // namespace agi
