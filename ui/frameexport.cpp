#include "frameexport.h"

#include "dialogseam.h"
#include "model/sessionlistmodel.h"
#include "storage/atomicfile.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QImageWriter>
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

QString FrameExport::save(QWidget *parent, const Frame &frame, const QString &sessionId)
{
    if (frame.isNull())
        return {};
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    QString path = DialogSeam::getSaveFileName(parent, tr("Save Frame"),
        QDir(dir).filePath(suggestedFileName(sessionId, frame.capturedAt)), tr("JPEG images (*.jpg *.jpeg)"));
    if (path.isEmpty())
        return {};
    QString reason;
    if (frame.encodedFormat == "jpeg" && !frame.encoded.isEmpty()) {
        // The server's own JPEG byte for byte: full resolution, no second lossy pass.
        if (AtomicFile::write(path, frame.encoded, &reason))
            return path;
    } else {
        QBuffer encoded;
        encoded.open(QIODevice::WriteOnly);
        QImageWriter writer(&encoded, QByteArrayLiteral("jpeg"));
        writer.setQuality(92);
        if (!writer.write(fullSizeImage(frame)))
            reason = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
        else if (AtomicFile::write(path, encoded.data(), &reason))
            return path;
    }
    // An existing file of that name stays as it was.
    DialogSeam::warning(parent, tr("Save Frame"), tr("The frame was not saved: %1").arg(reason));
    return {};
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
