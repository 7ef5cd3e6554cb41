#include "export/animationwriter.h"

#include "export/gifanimationwriter.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>

#include <webp/encode.h>
#include <webp/mux.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace agi {

QList<int> AnimationTiming::delaysMs(const QList<ExportFrame> &frames, qint64 maximumDurationMs)
{
    QList<qint64> real;
    real.reserve(frames.size());
    for (int i = 0; i < frames.size(); ++i) {
        const ExportFrame &frame = frames.at(i);
        qint64 delay = LastFrameMs;
        if (i + 1 < frames.size()) {
            const QDateTime &next = frames.at(i + 1).changedAt;
            if (frame.changedAt.isValid() && next.isValid())
                delay = frame.changedAt.msecsTo(next);
        } else if (frame.changedAt.isValid() && frame.lastSeenAt.isValid()) {
            delay = std::max<qint64>(LastFrameMs, frame.changedAt.msecsTo(frame.lastSeenAt));
        }
        real.append(std::max<qint64>(MinimumDelayMs, delay));
    }
    qint64 total = 0;
    for (const qint64 delay : real)
        total += delay;
    const bool compress = maximumDurationMs > 0 && total > maximumDurationMs;
    const double factor = compress ? double(maximumDurationMs) / double(total) : 1.0;
    QList<int> delays;
    delays.reserve(real.size());
    for (const qint64 delay : real) {
        const auto scaled = qint64(std::llround(double(delay) * factor));
        delays.append(int(std::clamp<qint64>(scaled, MinimumDelayMs, std::numeric_limits<int>::max() / 2)));
    }
    return delays;
}

QSize AnimationFrame::pictureSize(const QSize &first, int maximumWidth)
{
    if (first.isEmpty())
        return {std::max(16, maximumWidth), std::max(16, maximumWidth * 10 / 16)};
    if (first.width() <= maximumWidth)
        return first;
    return {maximumWidth, std::max(1, int(std::lround(double(first.height()) * maximumWidth / first.width())))};
}

QImage AnimationFrame::compose(const QImage &picture, const QSize &pictureSize, const ExportFrame &frame)
{
    QImage canvas(pictureSize.width(), pictureSize.height() + CaptionHeight, QImage::Format_ARGB32);
    canvas.fill(QColor(0x20, 0x22, 0x26));
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!picture.isNull()) {
        const QSize scaled = picture.size().scaled(pictureSize, Qt::KeepAspectRatio);
        const QRect target(
            QPoint((pictureSize.width() - scaled.width()) / 2, (pictureSize.height() - scaled.height()) / 2), scaled);
        painter.fillRect(QRect(QPoint(0, 0), pictureSize), Qt::black);
        painter.drawImage(target, picture);
    }
    // Text needs a GUI application (fonts); without one the strip stays plain.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QFont font = painter.font();
        font.setPixelSize(CaptionHeight / 2);
        painter.setFont(font);
        painter.setPen(QColor(0xee, 0xee, 0xee));
        const QString time
            = frame.changedAt.isValid() ? frame.changedAt.toUTC().toString(QStringLiteral("HH:mm:ss")) : QString();
        const QString page = frame.title.isEmpty()
            ? frame.url.toString()
            : QStringLiteral("%1 \u2014 %2").arg(frame.title, frame.url.toString());
        const QString text = QStringLiteral("#%1  %2  %3").arg(frame.sequence).arg(time, page);
        const QRect strip(8, pictureSize.height(), pictureSize.width() - 16, CaptionHeight);
        painter.drawText(strip, Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetrics(font).elidedText(text, Qt::ElideRight, strip.width()));
    }
    painter.end();
    return canvas;
}

std::unique_ptr<AnimationWriter> AnimationWriter::create(ExportOptions::Format format, const QSize &canvas)
{
    switch (format) {
    case ExportOptions::Format::WebP:
        return std::make_unique<WebPAnimationWriter>(canvas);
    case ExportOptions::Format::Gif:
        return std::make_unique<GifAnimationWriter>(canvas);
    case ExportOptions::Format::Zip:
    case ExportOptions::Format::Json:
        break;
    }
    return nullptr;
}

struct WebPAnimationWriter::Private
{
    WebPAnimEncoder *encoder = nullptr;
    WebPConfig config {};
    QSize canvas;
};

WebPAnimationWriter::WebPAnimationWriter(const QSize &canvas, int quality)
    : d(std::make_unique<Private>())
{
    d->canvas = canvas;
    WebPAnimEncoderOptions options;
    if (!WebPAnimEncoderOptionsInit(&options) || !WebPConfigInit(&d->config)) {
        setError(QStringLiteral("libwebp does not match its headers"));
        return;
    }
    options.allow_mixed = 0;
    // No key frames after the first: each frame is encoded once, as the part that changed, instead
    // of also as a whole frame to compare (a fifth less time per frame, files of the same size).
    options.kmin = 0;
    options.kmax = 0;
    d->config.quality = float(quality);
    d->config.method = 2;
    d->encoder = WebPAnimEncoderNew(canvas.width(), canvas.height(), &options);
    if (!d->encoder)
        setError(QStringLiteral("the animation cannot be started"));
}

WebPAnimationWriter::~WebPAnimationWriter()
{
    if (d->encoder)
        WebPAnimEncoderDelete(d->encoder);
}

bool WebPAnimationWriter::add(const QImage &image, int timestampMs)
{
    if (!d->encoder)
        return false;
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
    if (rgba.size() != d->canvas) {
        setError(QStringLiteral("a frame does not fit the animation's canvas"));
        return false;
    }
    WebPPicture picture;
    if (!WebPPictureInit(&picture))
        return false;
    picture.use_argb = 1;
    picture.width = rgba.width();
    picture.height = rgba.height();
    bool ok = WebPPictureImportRGBA(&picture, rgba.constBits(), int(rgba.bytesPerLine())) != 0;
    if (ok)
        ok = WebPAnimEncoderAdd(d->encoder, &picture, timestampMs, &d->config) != 0;
    if (!ok)
        setError(QString::fromUtf8(WebPAnimEncoderGetError(d->encoder)));
    WebPPictureFree(&picture);
    return ok;
}

QByteArray WebPAnimationWriter::finish(int endMs)
{
    if (!d->encoder)
        return {};
    if (!WebPAnimEncoderAdd(d->encoder, nullptr, endMs, nullptr)) {
        setError(QString::fromUtf8(WebPAnimEncoderGetError(d->encoder)));
        return {};
    }
    WebPData data;
    WebPDataInit(&data);
    if (!WebPAnimEncoderAssemble(d->encoder, &data)) {
        setError(QString::fromUtf8(WebPAnimEncoderGetError(d->encoder)));
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char *>(data.bytes), qsizetype(data.size));
    WebPDataClear(&data);
    return bytes;
}

} // namespace agi
