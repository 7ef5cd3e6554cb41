#pragma once

#include "live/frame.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QWidget;

namespace agi {

//! Where a frame or a link goes when it leaves the app: the saved JPEG (name, folder, writing
//! through the dialog seam), the clipboard and the system browser (http and https only).
class FrameExport final
{
    Q_DECLARE_TR_FUNCTIONS(agi::FrameExport)

public:
    FrameExport() = delete;

    //! `<short-id>-<yyyyMMdd-HHmmss>.jpg`, from the session and the frame's capture time (local).
    static QString suggestedFileName(const QString &sessionId, const QDateTime &capturedAt);
    //! Asks where to save (DialogSeam) and writes the frame as JPEG at the size the server sent it
    //! (the server's JPEG unchanged, a PNG converted); returns the file written, empty when cancelled
    //! or failed (a failure is reported to the user, and an existing file is left as it was).
    static QString save(QWidget *parent, const Frame &frame, const QString &sessionId);
    //! Puts the frame on the clipboard at the size the server sent it.
    static void copyImage(const Frame &frame);
    //! The frame decoded at full size from the server's bytes; the shown image when they are missing.
    static QImage fullSizeImage(const Frame &frame);
    static void copyUrl(const QUrl &url);
    //! Only web URLs leave the app: a page or vnc_url with another scheme is never opened.
    static bool isWebUrl(const QUrl &url);
    static bool openInBrowser(const QUrl &url);
};

} // namespace agi
