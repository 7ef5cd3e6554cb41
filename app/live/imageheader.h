#pragma once

#include <QByteArrayView>
#include <QSize>

namespace agi {

//! Recognises JPEG and PNG data by magic bytes and reads their pixel size from the header alone.
class ImageHeader final
{
public:
    enum class Format {
        Unknown,
        Jpeg,
        Png
    };

    static Format sniff(QByteArrayView data);
    //! Width and height from the JPEG SOF segment or the PNG IHDR chunk; an invalid QSize when the
    //! header is missing, cut short or claims a zero size. Never decodes pixels.
    static QSize readSize(QByteArrayView data, Format format);
};

} // namespace agi
