#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QMetaType>
#include <QSize>
#include <QString>
#include <QUrl>

namespace agi {

//! One decoded screenshot: the image at display size plus the page it shows.
struct Frame
{
    QImage image;     // scaled to fit the requested display size, never larger than the source
    QImage thumbnail; // fitted to the thumbnail box the poller was given (null without one)
    QUrl url;
    QString title;
    QDateTime capturedAt;     // when the latest response showing this image arrived (the API sends no timestamp)
    QDateTime changedAt;      // when the image last changed: the first response that showed it
    QSize sourceSize;         // the image's size as the server sent it
    QByteArray encoded;       // the image's bytes as the server sent them, for saving and copying at full size
    QByteArray encodedFormat; // "jpeg" or "png"

    bool isNull() const { return image.isNull(); }
};

} // namespace agi

Q_DECLARE_METATYPE(agi::Frame)
