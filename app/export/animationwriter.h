#pragma once

#include "export/exporttimeline.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace agi {

//! The delays of an animation from the frames' real capture times: each frame shows until the next
//! one changed (the last for as long as it was seen, at least LastFrameMs). With a maximum
//! duration the delays shrink in proportion, none below MinimumDelayMs.
class AnimationTiming final
{
public:
    AnimationTiming() = delete;

    static constexpr int MinimumDelayMs = 50;
    static constexpr int LastFrameMs = 1000;

    static QList<int> delaysMs(const QList<ExportFrame> &frames, qint64 maximumDurationMs);
};

//! A frame as the animation shows it: scaled into the canvas, with its time, title and URL in a
//! caption strip under the picture.
class AnimationFrame final
{
public:
    AnimationFrame() = delete;

    static constexpr int CaptionHeight = 28;

    //! The canvas of the picture (without the caption): `first` scaled down to `maximumWidth`.
    static QSize pictureSize(const QSize &first, int maximumWidth);
    static QImage compose(const QImage &picture, const QSize &pictureSize, const ExportFrame &frame);
};

//! An animated WebP (libwebpmux's WebPAnimEncoder), one frame at a time.
class WebPAnimationWriter final
{
public:
    WebPAnimationWriter(const QSize &canvas, int quality = 75);
    ~WebPAnimationWriter();
    WebPAnimationWriter(const WebPAnimationWriter &) = delete;
    WebPAnimationWriter &operator=(const WebPAnimationWriter &) = delete;

    //! Adds `image` (of the canvas' size) shown from `timestampMs`.
    bool add(const QImage &image, int timestampMs);
    //! The file's bytes; `endMs` is when the last frame ends. Empty with error() set on failure.
    QByteArray finish(int endMs);
    QString error() const { return m_error; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_error;
};

} // namespace agi
