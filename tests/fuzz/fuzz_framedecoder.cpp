// libFuzzer target for the frame decoder's parse step: the JSON scanner, the data URL, base64 on
// every vector path (they must agree), magic bytes, the header size reader and the size limits.
#include "live/base64.h"
#include "live/framepipeline.h"
#include "live/imageheader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static agi::FramePipeline pipeline;
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    QString error;
    const QByteArray image = pipeline.parseOnly(body, &error);
    if (image.isNull() == error.isEmpty())
        std::abort(); // exactly one of: image bytes, or a reason

    // The input as base64 text: all paths agree on the result and on the error offset.
    const agi::base64::Path paths[] = {agi::base64::Path::Ssse3, agi::base64::Path::Avx2};
    qsizetype scalarOffset = 0;
    const QByteArray scalar = agi::base64::decode(body, &scalarOffset, agi::base64::Path::Scalar);
    for (const auto path : paths) {
        if (!agi::base64::isSupported(path))
            continue;
        qsizetype offset = 0;
        if (agi::base64::decode(body, &offset, path) != scalar || offset != scalarOffset)
            std::abort();
    }

    // The input as image bytes.
    const auto format = agi::ImageHeader::sniff(body);
    const QSize headerSize = agi::ImageHeader::readSize(body, format);
    if (headerSize.isValid() && headerSize.isEmpty())
        std::abort();
    return 0;
}
