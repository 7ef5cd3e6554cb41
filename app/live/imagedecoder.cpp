#include "live/imagedecoder.h"

#include <QBuffer>
#include <QImageReader>

#include <turbojpeg.h>

#include "live/imageresampler.h"

#include <algorithm>
#include <atomic>
#include <vector>

namespace agi {

ImageDecoder::ImageDecoder()
    : m_turbo(tjInitDecompress())
{ }

ImageDecoder::~ImageDecoder()
{
    if (m_turbo)
        tjDestroy(m_turbo);
}

namespace {

// Frames kept for reuse: the one shown and one to decode the next into.
constexpr size_t KeptFrames = 2;

#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
constexpr int NativePixelFormat = TJPF_BGRX; // QImage::Format_RGB32 is 0xffRRGGBB in native order
#else
constexpr int NativePixelFormat = TJPF_XRGB;
#endif

QString corruptImage(tjhandle turbo)
{
    return QStringLiteral("corrupt image: %1").arg(QString::fromLocal8Bit(tjGetErrorStr2(turbo)));
}

QString outOfMemory(QSize size)
{
    return QStringLiteral("out of memory for a %1x%2 image").arg(size.width()).arg(size.height());
}

} // namespace

void ImageDecoder::recycle(const QImage &image)
{
    if (image.isNull())
        return;
    for (const QImage &kept : m_kept) {
        if (kept.constBits() == image.constBits())
            return;
    }
    m_kept.push_back(image);
    if (m_kept.size() <= KeptFrames)
        return;
    // Drop one nobody else holds if there is one (freed here, not where it was painted).
    auto drop = std::find_if(m_kept.begin(), m_kept.end(), [](const QImage &kept) { return kept.isDetached(); });
    m_kept.erase(drop != m_kept.end() ? drop : m_kept.begin());
}

QImage ImageDecoder::reusable(QSize size, QImage::Format format)
{
    for (auto it = m_kept.begin(); it != m_kept.end(); ++it) {
        // Only this list holds it: no other thread can reach its pixels any more. (A holder
        // letting go at this very moment only means it is reused next time.)
        if (it->size() == size && it->format() == format && it->isDetached()) {
            std::atomic_thread_fence(std::memory_order_acquire); // after the last holder's reads
            QImage image = std::move(*it);
            m_kept.erase(it);
            image.setDevicePixelRatio(1);
            return image;
        }
    }
    return {size, format};
}

QSize ImageDecoder::fittedSize(QSize source, QSize target)
{
    if (source.isEmpty())
        return {};
    if (target.isEmpty())
        return source;
    return source.scaled(target, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

QSize ImageDecoder::dctScaledSize(QSize source, QSize fitted)
{
    QSize best = source;
    for (const int denominator : {2, 4, 8}) {
        const tjscalingfactor factor {1, denominator};
        const QSize scaled(TJSCALED(source.width(), factor), TJSCALED(source.height(), factor));
        if (scaled.width() < fitted.width() || scaled.height() < fitted.height())
            break;
        best = scaled;
    }
    return best;
}

QImage ImageDecoder::decode(QByteArrayView data, ImageHeader::Format format, QSize source, QSize fitted, QString *error)
{
    switch (format) {
    case ImageHeader::Format::Jpeg:
        return decodeJpeg(data, source, fitted, error);
    case ImageHeader::Format::Png:
        return decodePng(data, fitted, error);
    case ImageHeader::Format::Unknown:
        break;
    }
    *error = QStringLiteral("not a JPEG or PNG image");
    return {};
}

QImage ImageDecoder::decodeJpeg(QByteArrayView data, QSize source, QSize fitted, QString *error)
{
    if (!m_turbo) {
        *error = QStringLiteral("the JPEG decoder could not start");
        return {};
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const auto size = static_cast<unsigned long>(data.size());
    int width = 0;
    int height = 0;
    int subsampling = 0;
    int colorspace = 0;
    if (tjDecompressHeader3(m_turbo, bytes, size, &width, &height, &subsampling, &colorspace) != 0
        || QSize(width, height) != source) {
        *error = corruptImage(m_turbo);
        return {};
    }

    // Decoded straight into the frame when libjpeg's scale is the size wanted; else, for the
    // common colour JPEG, as planes resampled before their colours are converted; else into the
    // scratch image the frame is resampled from.
    const QSize decodedSize = dctScaledSize(source, fitted);
    const bool direct = decodedSize == fitted;
    if (!direct && (colorspace == TJCS_YCbCr || colorspace == TJCS_GRAY) && subsampling >= 0
        && subsampling < TJ_NUMSAMP) {
        bool planesTaken = false;
        QImage frame = decodeJpegPlanes(data, subsampling, decodedSize, fitted, &planesTaken, error);
        if (planesTaken)
            return frame;
    }
    // One scratch image per thread: the decoders of many sessions share a decoding thread.
    thread_local QImage scratch;
    QImage frame;
    if (direct)
        frame = reusable(decodedSize, QImage::Format_RGB32);
    else if (scratch.size() != decodedSize)
        scratch = QImage(decodedSize, QImage::Format_RGB32);
    QImage &image = direct ? frame : scratch; // a reference: a copy would detach, copying every pixel
    if (image.isNull()) {
        *error = outOfMemory(QSize(width, height));
        return {};
    }
    // STOPONWARNING: damaged entropy data only warns in libjpeg and would show a smeared frame.
    if (tjDecompress2(m_turbo, bytes, size, image.bits(), image.width(), int(image.bytesPerLine()), image.height(),
            NativePixelFormat, TJFLAG_STOPONWARNING)
        != 0) {
        *error = corruptImage(m_turbo);
        return {};
    }
    if (direct)
        return frame;
    return ImageResampler::resampled(scratch, fitted, reusable(fitted, QImage::Format_RGB32));
}

QImage ImageDecoder::decodeJpegPlanes(
    QByteArrayView data, int subsampling, QSize decodedSize, QSize fitted, bool *taken, QString *error)
{
    // Y, Cb and Cr as libjpeg holds them (the colour planes subsampled), at libjpeg's scale and
    // then at the fitted size: 1.5 bytes a pixel to resample instead of 4, and the colours
    // converted for the fitted pixels only. Kept per thread, like the scratch image.
    const int planes = subsampling == TJSAMP_GRAY ? 1 : 3;
    thread_local std::vector<uchar> decodedPlanes[3];
    thread_local std::vector<uchar> fittedPlanes[3];
    unsigned char *decodedAt[3] = {};
    unsigned char *fittedAt[3] = {};
    int decodedStrides[3] = {};
    int fittedStrides[3] = {};
    QSize decodedPlaneSize[3];
    QSize fittedPlaneSize[3];
    const auto planeSize = [subsampling](int plane, QSize size) {
        return QSize(tjPlaneWidth(plane, size.width(), subsampling), tjPlaneHeight(plane, size.height(), subsampling));
    };
    for (int plane = 0; plane < planes; ++plane) {
        decodedPlaneSize[plane] = planeSize(plane, decodedSize);
        fittedPlaneSize[plane] = planeSize(plane, fitted);
        if (decodedPlaneSize[plane].isEmpty() || fittedPlaneSize[plane].isEmpty())
            return {};
        decodedStrides[plane] = decodedPlaneSize[plane].width();
        fittedStrides[plane] = fittedPlaneSize[plane].width();
        decodedPlanes[plane].resize(size_t(decodedStrides[plane]) * size_t(decodedPlaneSize[plane].height()));
        fittedPlanes[plane].resize(size_t(fittedStrides[plane]) * size_t(fittedPlaneSize[plane].height()));
        decodedAt[plane] = decodedPlanes[plane].data();
        fittedAt[plane] = fittedPlanes[plane].data();
    }
    *taken = true;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const auto size = static_cast<unsigned long>(data.size());
    if (tjDecompressToYUVPlanes(m_turbo, bytes, size, decodedAt, decodedSize.width(), decodedStrides,
            decodedSize.height(), TJFLAG_STOPONWARNING)
        != 0) {
        *error = corruptImage(m_turbo);
        return {};
    }
    for (int plane = 0; plane < planes; ++plane) {
        if (!ImageResampler::resamplePlane(decodedAt[plane], decodedStrides[plane], decodedPlaneSize[plane],
                fittedAt[plane], fittedStrides[plane], fittedPlaneSize[plane])) {
            // A reduction beyond what the resampler takes (far below libjpeg's 1/8, smaller than
            // any view shows a frame): the other path decodes it.
            *taken = false;
            return {};
        }
    }
    QImage frame = reusable(fitted, QImage::Format_RGB32);
    if (frame.isNull()) {
        *error = outOfMemory(fitted);
        return {};
    }
    if (tjDecodeYUVPlanes(m_turbo, const_cast<const unsigned char **>(fittedAt), fittedStrides, subsampling,
            frame.bits(), fitted.width(), int(frame.bytesPerLine()), fitted.height(), NativePixelFormat, 0)
        != 0) {
        *error = corruptImage(m_turbo);
        return {};
    }
    return frame;
}

QImage ImageDecoder::decodePng(QByteArrayView data, QSize fitted, QString *error)
{
    QByteArray raw = QByteArray::fromRawData(data.data(), data.size());
    QBuffer buffer(&raw);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    QImage image = reader.read();
    if (image.isNull()) {
        *error = QStringLiteral("corrupt image: %1").arg(reader.errorString());
        return {};
    }
    // Premultiplied, so that resampling blends transparent pixels right.
    image.convertTo(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.size() == fitted)
        return image;
    return ImageResampler::resampled(image, fitted, reusable(fitted, image.format()));
}

} // namespace agi
