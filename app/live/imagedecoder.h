#pragma once

#include "live/imageheader.h"

#include <QByteArrayView>
#include <QImage>
#include <QSize>
#include <QString>

namespace agi {

//! Decodes JPEG (libturbojpeg) or PNG (QImageReader) to exactly the size a frame is painted at.
//! Holds a decompressor handle: use one instance per thread.
class ImageDecoder final
{
    Q_DISABLE_COPY_MOVE(ImageDecoder)

public:
    ImageDecoder();
    ~ImageDecoder();

    //! The size an image of `source` pixels is painted at in a `target` box: aspect ratio kept,
    //! as large as fits, enlarged too (at a device pixel ratio of 2 the box may exceed the source);
    //! an empty target means the source size.
    static QSize fittedSize(QSize source, QSize target);

    //! The size libjpeg decodes a `source` JPEG to before it is finished to `fitted`: the smallest
    //! power-of-two DCT scale (1/1, 1/2, 1/4, 1/8) at or above `fitted`. The other n/8 scales are
    //! not used: libjpeg-turbo has no SIMD for them and runs them slower than a full-size decode.
    static QSize dctScaledSize(QSize source, QSize fitted);

    //! `image` (32 bits per pixel) resampled to `size`: area averaging down, bilinear up, with
    //! SSSE3 where the CPU has it. Returns `image` itself when the size is already right.
    static QImage resampled(const QImage &image, QSize size);

    //! Decodes `data` (already sniffed as `format`, `source` pixels) to exactly `fitted` pixels.
    //! A null image with *error set when the data is corrupt.
    QImage decode(QByteArrayView data, ImageHeader::Format format, QSize source, QSize fitted, QString *error);

private:
    QImage decodeJpeg(QByteArrayView data, QSize source, QSize fitted, QString *error);
    static QImage decodePng(QByteArrayView data, QSize fitted, QString *error);

    void *m_turbo = nullptr; // tjhandle, kept opaque so turbojpeg.h stays out of this header
};

} // namespace agi
