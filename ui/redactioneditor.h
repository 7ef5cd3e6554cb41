#pragma once

#include <QDialog>
#include <QImage>
#include <QList>
#include <QRect>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace agi {

class RedactionCanvas;
class StatusBanner;

//! Marks the areas of a session's frames to black out in every export: the frame being viewed,
//! scaled to fit, with the session's rectangles over it. OK saves them (Redactions::save), Cancel
//! discards the changes. A redaction file that cannot be read is said so, and replacing it asks first.
class RedactionEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedactionEditor)

public:
    //! `frame` at the size the server sent it; `folder` is where the redactions are kept (empty:
    //! the user's data folder).
    RedactionEditor(const QString &sessionId, const QImage &frame, const QString &folder, QWidget *parent = nullptr);

    RedactionCanvas *canvas() const { return m_canvas; }
    //! Why the session's redaction file could not be read (empty when it could, or there was none).
    QString loadError() const { return m_loadError; }

    void accept() override;

Q_SIGNALS:
    //! The rectangles were saved (in the frame's pixels).
    void saved(const QList<QRect> &rectangles);

private:
    void updateButtons();

    QString m_sessionId;
    QString m_folder;
    QString m_loadError;
    StatusBanner *m_banner = nullptr;
    RedactionCanvas *m_canvas = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace agi
