#include "live/imagedecoder.h"

#include <QBuffer>
#include <QImageReader>

#include <turbojpeg.h>

namespace agi {

namespace {

// The smallest of libjpeg's DCT scale factors (n/8, at most 1) that still yields at least `fitted`.
tjscalingfactor chooseScale(QSize source, QSize fitted)
{
    int count = 0;
    const tjscalingfactor *factors = tjGetScalingFactors(&count);
    tjscalingfactor best {1, 1};
    for (int i = 0; factors && i < count; ++i) {
        const tjscalingfactor f = factors[i];
        if (f.num > f.denom)
            continue;
        const int w = TJSCALED(source.width(), f);
        const int h = TJSCALED(source.height(), f);
        if (w < fitted.width() || h < fitted.height())
            continue;
        if (w < TJSCALED(source.width(), best))
            best = f;
    }
    return best;
}

} // namespace

ImageDecoder::ImageDecoder()
    : m_turbo(tjInitDecompress())
{ }

ImageDecoder::~ImageDecoder()
{
    if (m_turbo)
        tjDestroy(m_turbo);
}

QSize ImageDecoder::fittedSize(QSize source, QSize target)
{
    if (source.isEmpty())
        return {};
    if (target.isEmpty() || (target.width() >= source.width() && target.height() >= source.height()))
        return source;
    const QSize fitted = source.scaled(target, Qt::KeepAspectRatio);
    return fitted.expandedTo(QSize(1, 1));
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
        *error = QStringLiteral("corrupt image: %1").arg(QString::fromLocal8Bit(tjGetErrorStr2(m_turbo)));
        return {};
    }

    const tjscalingfactor scale = chooseScale(source, fitted);
    QImage image(TJSCALED(width, scale), TJSCALED(height, scale), QImage::Format_RGB32);
    if (image.isNull()) {
        *error = QStringLiteral("out of memory for a %1x%2 image").arg(width).arg(height);
        return {};
    }
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr int pixelFormat = TJPF_BGRX; // QImage::Format_RGB32 is 0xffRRGGBB in native order
#else
    constexpr int pixelFormat = TJPF_XRGB;
#endif
    // STOPONWARNING: damaged entropy data only warns in libjpeg and would show a smeared frame.
    if (tjDecompress2(m_turbo, bytes, size, image.bits(), image.width(), int(image.bytesPerLine()), image.height(),
            pixelFormat, TJFLAG_STOPONWARNING)
        != 0) {
        *error = QStringLiteral("corrupt image: %1").arg(QString::fromLocal8Bit(tjGetErrorStr2(m_turbo)));
        return {};
    }
    if (image.size() != fitted)
        image = image.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image;
}

QImage ImageDecoder::decodePng(QByteArrayView data, QSize fitted, QString *error)
{
    QByteArray raw = QByteArray::fromRawData(data.data(), data.size());
    QBuffer buffer(&raw);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    reader.setScaledSize(fitted);
    QImage image = reader.read();
    if (image.isNull()) {
        *error = QStringLiteral("corrupt image: %1").arg(reader.errorString());
        return {};
    }
    if (image.size() != fitted)
        image = image.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace agi
