#include "frameexport.h"

#include "dialogseam.h"
#include "model/sessionlistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QImageWriter>
#include <QSaveFile>
#include <QStandardPaths>

namespace agi {

QString FrameExport::suggestedFileName(const QString &sessionId, const QDateTime &capturedAt)
{
    const QDateTime when = capturedAt.isValid() ? capturedAt : QDateTime::currentDateTimeUtc();
    return SessionListModel::shortId(sessionId) + QLatin1Char('-')
        + when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".jpg");
}

QImage FrameExport::fullSizeImage(const Frame &frame)
{
    if (!frame.encoded.isEmpty()) {
        QImage full = QImage::fromData(frame.encoded, frame.encodedFormat.constData());
        if (!full.isNull())
            return full;
    }
    return frame.image;
}

bool FrameExport::save(QWidget *parent, const Frame &frame, const QString &sessionId)
{
    if (frame.isNull())
        return false;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    const QString path = DialogSeam::getSaveFileName(parent, tr("Save Frame"),
        QDir(dir).filePath(suggestedFileName(sessionId, frame.capturedAt)), tr("JPEG images (*.jpg *.jpeg)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly);
    QString reason;
    if (written && frame.encodedFormat == "jpeg" && !frame.encoded.isEmpty()) {
        // The server's own JPEG byte for byte: full resolution, no second lossy pass.
        written = file.write(frame.encoded) == frame.encoded.size();
    } else if (written) {
        QImageWriter writer(&file, QByteArrayLiteral("jpeg"));
        writer.setQuality(92);
        written = writer.write(fullSizeImage(frame));
        if (!written)
            reason = writer.errorString();
    }
    if (written && file.commit())
        return true;
    if (reason.isEmpty())
        reason = file.errorString();
    file.cancelWriting(); // an existing file of that name stays as it was
    DialogSeam::warning(parent, tr("Save Frame"),
        tr("The frame could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), reason));
    return false;
}

void FrameExport::copyImage(const Frame &frame)
{
    if (!frame.isNull())
        QApplication::clipboard()->setImage(fullSizeImage(frame));
}

void FrameExport::copyUrl(const QUrl &url)
{
    if (url.isValid() && !url.isEmpty())
        QApplication::clipboard()->setText(url.toString());
}

bool FrameExport::isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

bool FrameExport::openInBrowser(const QUrl &url)
{
    return isWebUrl(url) && QDesktopServices::openUrl(url);
}

} // namespace agi
