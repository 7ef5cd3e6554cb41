#include "live/imageheader.h"

namespace agi {

namespace {

quint32 bigEndian16(const uchar *p)
{
    return quint32(p[0]) << 8 | p[1];
}

quint32 bigEndian32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}

bool isStartOfFrame(uchar marker)
{
    // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC) which share the range.
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

QSize jpegSize(const uchar *data, qsizetype size)
{
    qsizetype pos = 2; // after SOI
    while (pos < size) {
        if (data[pos] != 0xff)
            return {};
        while (pos < size && data[pos] == 0xff) // fill bytes
            ++pos;
        if (pos >= size)
            return {};
        const uchar marker = data[pos++];
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
            continue; // stand-alone markers carry no length
        if (marker == 0xd9 || marker == 0xda || marker == 0x00)
            return {}; // end of image or scan data before any frame header
        if (pos + 2 > size)
            return {};
        const quint32 length = bigEndian16(data + pos);
        if (length < 2)
            return {};
        if (isStartOfFrame(marker)) {
            if (length < 7 || pos + 7 > size)
                return {};
            const int height = int(bigEndian16(data + pos + 3));
            const int width = int(bigEndian16(data + pos + 5));
            if (width == 0 || height == 0)
                return {};
            return {width, height};
        }
        pos += length;
    }
    return {};
}

QSize pngSize(const uchar *data, qsizetype size)
{
    // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
    if (size < 24 || QByteArrayView(data + 12, 4) != QByteArrayView("IHDR"))
        return {};
    const quint32 width = bigEndian32(data + 16);
    const quint32 height = bigEndian32(data + 20);
    if (width == 0 || height == 0 || width > 0x7fffffff || height > 0x7fffffff)
        return {};
    return {int(width), int(height)};
}

} // namespace

ImageHeader::Format ImageHeader::sniff(QByteArrayView data)
{
    if (data.startsWith(QByteArrayView("\xff\xd8\xff")))
        return Format::Jpeg;
    if (data.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n")))
        return Format::Png;
    return Format::Unknown;
}

QSize ImageHeader::readSize(QByteArrayView data, Format format)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.data());
    switch (format) {
    case Format::Jpeg:
        return jpegSize(bytes, data.size());
    case Format::Png:
        return pngSize(bytes, data.size());
    case Format::Unknown:
        break;
    }
    return {};
}

} // namespace agi
