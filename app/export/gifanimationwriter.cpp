#include "export/gifanimationwriter.h"

#include <gif_lib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace agi {

namespace {

constexpr int PaletteSize = 256;
constexpr int PaletteBits = 8;
constexpr int MinimumCentiseconds = 2;

int appendToBuffer(GifFileType *gif, const GifByteType *data, int length)
{
    auto *bytes = static_cast<QByteArray *>(gif->UserData);
    bytes->append(reinterpret_cast<const char *>(data), length);
    return length;
}

QString gifError(int code)
{
    const char *text = GifErrorString(code);
    return text ? QString::fromUtf8(text) : QStringLiteral("giflib error %1").arg(code);
}

} // namespace

struct GifAnimationWriter::Private
{
    QSize canvas;
    QByteArray bytes;
    GifFileType *gif = nullptr;
    QImage pending; // the frame added last, written when its end is known
    int pendingStartMs = 0;
};

GifAnimationWriter::GifAnimationWriter(const QSize &canvas)
    : d(std::make_unique<Private>())
{
    d->canvas = canvas;
    int error = 0;
    d->gif = EGifOpen(&d->bytes, appendToBuffer, &error);
    if (!d->gif) {
        setError(gifError(error));
        return;
    }
    EGifSetGifVersion(d->gif, true); // GIF89a: delays and the loop are extensions
    if (EGifPutScreenDesc(d->gif, canvas.width(), canvas.height(), PaletteBits, 0, nullptr) == GIF_ERROR) {
        setError(gifError(d->gif->Error));
        return;
    }
    // Loop forever: NETSCAPE2.0, sub-block 1, loop count 0.
    static const char application[] = "NETSCAPE2.0";
    const std::array<GifByteType, 3> loop {1, 0, 0};
    if (EGifPutExtensionLeader(d->gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
        || EGifPutExtensionBlock(d->gif, int(sizeof(application) - 1), application) == GIF_ERROR
        || EGifPutExtensionBlock(d->gif, int(loop.size()), loop.data()) == GIF_ERROR
        || EGifPutExtensionTrailer(d->gif) == GIF_ERROR)
        setError(gifError(d->gif->Error));
}

GifAnimationWriter::~GifAnimationWriter()
{
    if (d->gif)
        EGifCloseFile(d->gif, nullptr);
}

int GifAnimationWriter::delayCentiseconds(int startMs, int endMs)
{
    const auto start = std::lround(double(startMs) / 10.0);
    const auto end = std::lround(double(endMs) / 10.0);
    return int(std::clamp<long>(end - start, MinimumCentiseconds, 0xffff));
}

bool GifAnimationWriter::add(const QImage &image, int timestampMs)
{
    if (!d->gif || !error().isEmpty())
        return false;
    if (image.size() != d->canvas) {
        setError(QStringLiteral("a frame does not fit the animation's canvas"));
        return false;
    }
    if (!d->pending.isNull() && !writePending(timestampMs))
        return false;
    d->pending = image.convertToFormat(QImage::Format_RGB888);
    d->pendingStartMs = timestampMs;
    return true;
}

bool GifAnimationWriter::writePending(int endMs)
{
    const int width = d->canvas.width();
    const int height = d->canvas.height();
    const auto pixels = size_t(width) * size_t(height);
    std::vector<GifByteType> red(pixels);
    std::vector<GifByteType> green(pixels);
    std::vector<GifByteType> blue(pixels);
    for (int y = 0; y < height; ++y) {
        const uchar *line = d->pending.constScanLine(y);
        const size_t row = size_t(y) * size_t(width);
        for (size_t x = 0; x < size_t(width); ++x) {
            red[row + x] = line[3 * x];
            green[row + x] = line[3 * x + 1];
            blue[row + x] = line[3 * x + 2];
        }
    }
    std::vector<GifByteType> indexes(pixels);
    std::array<GifColorType, PaletteSize> colours {};
    int colourCount = PaletteSize;
    if (GifQuantizeBuffer(unsigned(width), unsigned(height), &colourCount, red.data(), green.data(), blue.data(),
            indexes.data(), colours.data())
        == GIF_ERROR) {
        setError(QStringLiteral("the frame's colours cannot be reduced to a palette"));
        return false;
    }
    ColorMapObject *palette = GifMakeMapObject(PaletteSize, colours.data());
    if (!palette) {
        setError(QStringLiteral("out of memory"));
        return false;
    }
    GraphicsControlBlock control {};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = delayCentiseconds(d->pendingStartMs, endMs);
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    std::array<GifByteType, 4> extension {};
    EGifGCBToExtension(&control, extension.data());
    bool ok = EGifPutExtension(d->gif, GRAPHICS_EXT_FUNC_CODE, int(extension.size()), extension.data()) != GIF_ERROR
        && EGifPutImageDesc(d->gif, 0, 0, width, height, false, palette) != GIF_ERROR;
    for (int y = 0; ok && y < height; ++y)
        ok = EGifPutLine(d->gif, indexes.data() + size_t(y) * size_t(width), width) != GIF_ERROR;
    GifFreeMapObject(palette);
    if (!ok)
        setError(gifError(d->gif->Error));
    d->pending = QImage();
    return ok;
}

QByteArray GifAnimationWriter::finish(int endMs)
{
    if (!d->gif || !error().isEmpty())
        return {};
    if (!d->pending.isNull() && !writePending(endMs))
        return {};
    int errorCode = 0;
    const int closed = EGifCloseFile(d->gif, &errorCode);
    d->gif = nullptr;
    if (closed == GIF_ERROR) {
        setError(gifError(errorCode));
        return {};
    }
    return d->bytes;
}

} // namespace agi
