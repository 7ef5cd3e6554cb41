#include "capturedframes.h"

#include "live/base64.h"
#include "live/imageheader.h"
#include "live/screenshotpayload.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace agi::bench {

std::vector<CapturedFrame> loadCapturedFrames(const QString &dirPath)
{
    std::vector<CapturedFrame> frames;
    const QDir dir(dirPath);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        CapturedFrame f;
        f.name = info.completeBaseName().toStdString();
        f.body = file.readAll();
        ScreenshotPayload payload;
        QString error;
        if (!payload.parse(f.body, &error)) {
            std::fprintf(stderr, "skipping %s: %s\n", qPrintable(info.fileName()), qPrintable(error));
            continue;
        }
        f.jpeg = base64::decode(payload.base64());
        f.size = ImageHeader::readSize(f.jpeg, ImageHeader::sniff(f.jpeg));
        if (ImageHeader::sniff(f.jpeg) != ImageHeader::Format::Jpeg || f.size.isEmpty()) {
            std::fprintf(stderr, "skipping %s: not a JPEG\n", qPrintable(info.fileName()));
            continue;
        }
        frames.push_back(std::move(f));
    }
    if (frames.empty())
        std::fprintf(stderr, "no JPEG frames in %s\n", qPrintable(dirPath));
    return frames;
}

} // namespace agi::bench
