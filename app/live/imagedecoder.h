#pragma once

#include "live/imageheader.h"

#include <QByteArrayView>
#include <QImage>
#include <QSize>
#include <QString>

#include <vector>

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

    //! Decodes `data` (already sniffed as `format`, `source` pixels) to exactly `fitted` pixels.
    //! A null image with *error set when the data is corrupt.
    QImage decode(QByteArrayView data, ImageHeader::Format format, QSize source, QSize fitted, QString *error);

    //! Keeps a reference to `image`, a result of decode() handed out (after its last change, such
    //! as its device pixel ratio): once every other holder has let it go, a later decode() of the
    //! same size writes into it again. So frames are neither allocated (page faults) nor freed
    //! (the heap given back to the system) on every decode, and never freed on the thread that
    //! painted them.
    void recycle(const QImage &image);

private:
    QImage decodeJpeg(QByteArrayView data, QSize source, QSize fitted, QString *error);
    //! The colour JPEG path when it must be resampled: decoded to planes, resampled, converted.
    //! `*taken` is false, and the result to be ignored, when the planes cannot be resampled to `fitted`.
    QImage decodeJpegPlanes(
        QByteArrayView data, int subsampling, QSize decodedSize, QSize fitted, bool *taken, QString *error);
    QImage decodePng(QByteArrayView data, QSize fitted, QString *error);
    //! A recycled image of `size` and `format` that nothing else holds, or a new one.
    QImage reusable(QSize size, QImage::Format format);

    void *m_turbo = nullptr;    // tjhandle, kept opaque so turbojpeg.h stays out of this header
    std::vector<QImage> m_kept; // recycle()d frames, oldest first
};

} // namespace agi
