#pragma once

#include "export/animationwriter.h"

#include <QByteArray>
#include <QImage>
#include <QSize>

#include <memory>

namespace agi {

//! An animated GIF (giflib): each frame quantised to a palette of its own (GifQuantizeBuffer, a
//! local colour table of 256 entries), its delay in centiseconds, looping forever (the
//! NETSCAPE2.0 application extension). A frame is written once the next one says when it ends.
class GifAnimationWriter final : public AnimationWriter
{
public:
    explicit GifAnimationWriter(const QSize &canvas);
    ~GifAnimationWriter() override;

    bool add(const QImage &image, int timestampMs) override;
    QByteArray finish(int endMs) override;

    //! The centiseconds a frame shown from `startMs` to `endMs` lasts, rounded on the whole
    //! timeline so the rounding of many frames never adds up; at least 2 (browsers show shorter
    //! delays as 10).
    static int delayCentiseconds(int startMs, int endMs);

private:
    bool writePending(int endMs);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace agi
