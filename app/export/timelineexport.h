#pragma once

#include "export/exportoptions.h"
#include "export/exporttimeline.h"

#include <QString>

#include <functional>

namespace agi {

//! How an export went: the file written (path, size, frames) or why there is none.
struct ExportResult
{
    enum class Outcome {
        Written,
        Cancelled,
        Failed
    };

    Outcome outcome = Outcome::Failed;
    QString path;
    qint64 bytes = 0;
    int frames = 0;
    int messages = 0;
    QString error; //!< one sentence, when Failed
    QString note;  //!< e.g. "no frames were recorded on this machine"

    bool ok() const { return outcome == Outcome::Written; }
    //! The outcome in words: "Exported 12 frames and 30 messages to /x/y.zip (1.2 MB)." ...
    QString summary() const;
};

//! Reports progress (a fraction from 0 to 1 and what is being done) and asks whether to stop.
struct ExportProgress
{
    std::function<void(double fraction, const QString &step)> report;
    std::function<bool()> cancelled;
};

//! Writes one export synchronously (run it off the GUI thread): the whole file or nothing, written
//! atomically once complete; a cancelled or failed export leaves no file.
ExportResult exportTimeline(
    const ExportTimeline &timeline, const ExportOptions &options, const ExportProgress &progress = {});

//! The file name of a frame inside the archives: frames/000042.jpg (the server's format), or .png
//! when it was redacted (re-encoded losslessly so the blacked-out pixels stay exactly black).
QString exportedFrameName(const ExportFrame &frame, bool redacted = false);

} // namespace agi
