#pragma once

#include "live/imageheader.h"

#include <QByteArrayView>
#include <QImage>
#include <QSize>
#include <QString>

namespace agi {

//! Decodes JPEG (libturbojpeg, DCT-scaled) or PNG (QImageReader) straight to the display size.
//! Holds a decompressor handle: use one instance per thread.
class ImageDecoder final
{
    Q_DISABLE_COPY_MOVE(ImageDecoder)

public:
    ImageDecoder();
    ~ImageDecoder();

    //! The size an image of `source` pixels is shown at in a `target` box: aspect ratio kept, never
    //! enlarged; an empty target means the source size.
    static QSize fittedSize(QSize source, QSize target);

    //! Decodes `data` (already sniffed as `format`, `source` pixels) to exactly `fitted` pixels.
    //! A null image with *error set when the data is corrupt.
    QImage decode(QByteArrayView data, ImageHeader::Format format, QSize source, QSize fitted, QString *error);

private:
    QImage decodeJpeg(QByteArrayView data, QSize source, QSize fitted, QString *error);
    QImage decodePng(QByteArrayView data, QSize fitted, QString *error);

    void *m_turbo = nullptr; // tjhandle, kept opaque so turbojpeg.h stays out of this header
};

} // namespace agi
