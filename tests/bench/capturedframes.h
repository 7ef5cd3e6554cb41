#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <string>
#include <vector>

namespace agi::bench {

//! One screenshot response captured from the emulator (tests/data/frames/*.json).
struct CapturedFrame
{
    std::string name; // the file's base name
    QByteArray body;  // the raw response
    QByteArray jpeg;  // the JPEG inside it
    QSize size;       // the JPEG's size
};

//! The JPEG frames in `dirPath`, by file name; a file that is no JPEG screenshot is skipped, and an
//! empty result is reported, on stderr.
std::vector<CapturedFrame> loadCapturedFrames(const QString &dirPath);

} // namespace agi::bench
