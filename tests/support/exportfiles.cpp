#include "exportfiles.h"

#include <QFile>

#include <gif_lib.h>
#include <webp/demux.h>
#include <zip.h>

#include <algorithm>
#include <cstring>

namespace agi::test {

namespace {

struct GifReader
{
    QByteArray bytes;
    qsizetype offset = 0;
};

int readGif(GifFileType *gif, GifByteType *into, int length)
{
    auto *reader = static_cast<GifReader *>(gif->UserData);
    const auto count = int(std::min<qsizetype>(length, reader->bytes.size() - reader->offset));
    std::memcpy(into, reader->bytes.constData() + reader->offset, size_t(count));
    reader->offset += count;
    return count;
}

bool isLoopForever(const ExtensionBlock &application, const ExtensionBlock &data)
{
    return application.Function == APPLICATION_EXT_FUNC_CODE && application.ByteCount == 11
        && std::memcmp(application.Bytes, "NETSCAPE2.0", 11) == 0 && data.ByteCount == 3 && data.Bytes[0] == 1
        && data.Bytes[1] == 0 && data.Bytes[2] == 0;
}

} // namespace

QByteArray ExportFiles::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QMap<QString, QByteArray> ExportFiles::unzip(const QString &path)
{
    QMap<QString, QByteArray> files;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return files;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        zip_fread(file, bytes.data(), stat.size);
        zip_fclose(file);
        files.insert(QString::fromUtf8(stat.name), bytes);
    }
    zip_close(archive);
    return files;
}

Animation ExportFiles::decodeWebP(const QByteArray &bytes)
{
    Animation animation;
    WebPData data {reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())};
    WebPAnimDecoderOptions options;
    WebPAnimDecoderOptionsInit(&options);
    options.color_mode = MODE_RGBA;
    WebPAnimDecoder *decoder = WebPAnimDecoderNew(&data, &options);
    if (!decoder)
        return animation;
    WebPAnimInfo info;
    WebPAnimDecoderGetInfo(decoder, &info);
    animation.frames = int(info.frame_count);
    animation.loopsForever = info.loop_count == 0;
    int previous = 0;
    while (WebPAnimDecoderHasMoreFrames(decoder)) {
        uint8_t *pixels = nullptr;
        int timestamp = 0;
        WebPAnimDecoderGetNext(decoder, &pixels, &timestamp);
        animation.delays.append(timestamp - previous);
        previous = timestamp;
        animation.images.append(
            QImage(pixels, int(info.canvas_width), int(info.canvas_height), QImage::Format_RGBA8888).copy());
    }
    WebPAnimDecoderDelete(decoder);
    return animation;
}

Animation ExportFiles::decodeGif(const QByteArray &bytes)
{
    Animation animation;
    GifReader reader {bytes};
    int error = 0;
    GifFileType *gif = DGifOpen(&reader, readGif, &error);
    if (!gif)
        return animation;
    if (DGifSlurp(gif) != GIF_OK) {
        DGifCloseFile(gif, &error);
        return animation;
    }
    animation.frames = gif->ImageCount;
    QImage canvas(gif->SWidth, gif->SHeight, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage &image = gif->SavedImages[i];
        for (int e = 0; e + 1 < image.ExtensionBlockCount; ++e)
            animation.loopsForever |= isLoopForever(image.ExtensionBlocks[e], image.ExtensionBlocks[e + 1]);
        GraphicsControlBlock control {};
        animation.delays.append(DGifSavedExtensionToGCB(gif, i, &control) == GIF_OK ? control.DelayTime * 10 : -1);
        const ColorMapObject *palette = image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : gif->SColorMap;
        if (!palette)
            break;
        const GifImageDesc &desc = image.ImageDesc;
        for (int y = 0; y < desc.Height; ++y) {
            for (int x = 0; x < desc.Width; ++x) {
                const GifColorType c = palette->Colors[image.RasterBits[y * desc.Width + x]];
                canvas.setPixel(desc.Left + x, desc.Top + y, qRgb(c.Red, c.Green, c.Blue));
            }
        }
        animation.images.append(canvas.copy());
    }
    DGifCloseFile(gif, &error);
    return animation;
}

} // namespace agi::test
