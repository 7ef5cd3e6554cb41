#include "live/framepipeline.h"

#include "live/base64.h"
#include "live/imageheader.h"
#include "live/imageresampler.h"
#include "live/screenshotpayload.h"

#include <QHash>
#include <QLoggingCategory>

namespace agi {
Q_DECLARE_LOGGING_CATEGORY(lcLive)

namespace {

struct Parsed
{
    ImageHeader::Format format = ImageHeader::Format::Unknown;
    QSize size;
    qsizetype length = 0; // image bytes at the start of the buffer
};

// Base64 to m_image bytes, sniffing and the header check; shared by process() and parseOnly().
bool decodeAndCheck(
    QByteArrayView text, QByteArray *image, const FramePipeline::Limits &limits, Parsed *parsed, QString *error)
{
    const qsizetype capacity = base64::maxDecodedSize(text.size());
    if (image->size() < capacity)
        *image = QByteArray(capacity, Qt::Uninitialized);
    const base64::Result r = base64::decode(text.data(), text.size(), image->data());
    if (!r.ok) {
        *error = QStringLiteral("bad base64 at offset %1").arg(r.errorOffset);
        return false;
    }
    parsed->length = r.size;
    const QByteArrayView bytes(image->constData(), r.size);
    parsed->format = ImageHeader::sniff(bytes);
    if (parsed->format == ImageHeader::Format::Unknown) {
        *error = QStringLiteral("not a JPEG or PNG image");
        return false;
    }
    parsed->size = ImageHeader::readSize(bytes, parsed->format);
    if (!parsed->size.isValid()) {
        *error = QStringLiteral("corrupt image: no readable size in its header");
        return false;
    }
    const QSize s = parsed->size;
    if (s.width() > limits.maxWidth || s.height() > limits.maxHeight
        || qint64(s.width()) * s.height() * 4 > limits.maxDecodedBytes) {
        *error = QStringLiteral("image too large: %1x%2 pixels").arg(s.width()).arg(s.height());
        return false;
    }
    if (parsed->format == ImageHeader::Format::Png && qint64(s.width()) * s.height() > limits.maxPngPixels) {
        *error = QStringLiteral("image too large: %1x%2 pixels (a PNG frame is decoded whole; at most %3 million "
                                "pixels)")
                     .arg(s.width())
                     .arg(s.height())
                     .arg(limits.maxPngPixels / 1000000);
        return false;
    }
    return true;
}

} // namespace

FramePipeline::Result FramePipeline::process(
    const QByteArray &body, QSize target, const QDateTime &capturedAt, qreal devicePixelRatio)
{
    Result result;
    ScreenshotPayload payload;
    if (!payload.parse(body, &result.error))
        return result;
    result.frame.url = payload.url();
    result.frame.title = payload.title();
    result.frame.capturedAt = capturedAt;

    // Hashing the base64 text is as good as hashing the image bytes (the strict decoder maps one
    // text to one byte string) and lets an unchanged frame skip the base64 step too.
    const QByteArrayView text = payload.base64();
    const size_t hash = qHash(text, size_t(0x9e3779b9));
    if (m_hasPrevious && hash == m_previousHash && text.size() == m_previousLength && target == m_previousTarget
        && devicePixelRatio == m_previousRatio) {
        result.outcome = Outcome::Unchanged;
        result.frame.sourceSize = m_previousSource;
        return result;
    }

    Parsed parsed;
    if (!decodeAndCheck(text, &m_image, m_limits, &parsed, &result.error))
        return result;
    result.frame.sourceSize = parsed.size;
    // The limits bound what is painted too: a huge target must not allocate an image the source
    // size would have been refused for.
    QSize fitted = ImageDecoder::fittedSize(parsed.size, target);
    if (fitted.width() > m_limits.maxWidth || fitted.height() > m_limits.maxHeight
        || qint64(fitted.width()) * fitted.height() * 4 > m_limits.maxDecodedBytes)
        fitted = parsed.size;
    result.frame.image = m_decoder.decode(
        QByteArrayView(m_image.constData(), parsed.length), parsed.format, parsed.size, fitted, &result.error);
    if (result.frame.image.isNull())
        return result; // the last good frame stays the reference for "unchanged"
    result.frame.image.setDevicePixelRatio(devicePixelRatio);
    m_decoder.recycle(result.frame.image);
    if (!m_thumbnailBox.isEmpty()) {
        // From the frame just decoded: a fraction of its cost, where a decode of its own would
        // run the JPEG's entropy decoding again.
        const QSize thumbnail = ImageDecoder::fittedSize(parsed.size, m_thumbnailBox);
        if (thumbnail.width() <= fitted.width() && thumbnail.height() <= fitted.height()) {
            result.frame.thumbnail = ImageResampler::thumbnail(result.frame.image, thumbnail);
        }
    }
    // One line per new image: tests/bench/bench_running_app.py counts them.
    qCDebug(lcLive).nospace() << "decoded " << fitted.width() << 'x' << fitted.height() << " from "
                              << parsed.size.width() << 'x' << parsed.size.height();

    // A copy of ~100-300 KB: the buffer is reused for the next frame, the frame may outlive it.
    result.frame.encoded = QByteArray(m_image.constData(), parsed.length);
    result.frame.encodedFormat
        = parsed.format == ImageHeader::Format::Png ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg");
    result.outcome = Outcome::Decoded;
    m_hasPrevious = true;
    m_previousHash = hash;
    m_previousLength = text.size();
    m_previousTarget = target;
    m_previousRatio = devicePixelRatio;
    m_previousSource = parsed.size;
    return result;
}

QByteArray FramePipeline::parseOnly(const QByteArray &body, QString *error)
{
    ScreenshotPayload payload;
    if (!payload.parse(body, error))
        return {};
    QByteArray image;
    Parsed parsed;
    if (!decodeAndCheck(payload.base64(), &image, m_limits, &parsed, error))
        return {};
    image.truncate(parsed.length);
    return image;
}

} // namespace agi
