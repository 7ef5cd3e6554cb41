#pragma once

#include "export/exportoptions.h"
#include "export/exporttimeline.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace agi {

//! Asks how to export one session's recorded frames: the format, the range (all, or from-to times
//! prefilled from the first and last frame), the animation's maximum duration, whether the session's
//! redactions black out areas, and where to write (a save dialog through DialogSeam, when the user
//! presses Export). Says how many frames the choice exports; explains itself when there are none.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    //! `timeline` gives the frames' times (its bytes are not read); `viewedSequence` is the frame
    //! being viewed in the live pane when it is a past one (0: live).
    ExportDialog(const ExportTimeline &timeline, qint64 viewedSequence, QWidget *parent = nullptr);

    //! The session's redaction rectangles, or why they cannot be read (nothing is exported then).
    void setRedactions(const QList<QRect> &rectangles, const QString &error);
    //! The folder the save dialog starts in.
    void setFolder(const QString &folder) { m_folder = folder; }

    //! What the user chose (the path once accepted).
    ExportOptions options() const;
    //! The number of frames the current choice exports.
    int frameCount() const;
    //! `<short id>-<yyyyMMdd-HHmm>.<extension>` of the chosen format.
    QString suggestedFileName() const;

    void accept() override;

Q_SIGNALS:
    //! The user wants to change the redactions (the window opens the editor and calls setRedactions()).
    void editRedactionsRequested();

private:
    void update();
    void useViewedFrame();

    ExportTimeline m_timeline;
    qint64 m_viewedSequence = 0;
    QList<QRect> m_redactions;
    QString m_redactionError;
    QString m_folder;
    QString m_path;

    QComboBox *m_format = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_fromViewed = nullptr;
    QSpinBox *m_maxDuration = nullptr;
    QLabel *m_frames = nullptr;
    QCheckBox *m_redact = nullptr;
    QLabel *m_redactionText = nullptr;
    QPushButton *m_editRedactions = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace agi
