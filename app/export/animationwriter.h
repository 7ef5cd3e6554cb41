#pragma once

#include "export/exportoptions.h"
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

//! An animated image written one frame at a time: every frame has the canvas' size and is shown
//! from its timestamp until the next one's (the last until finish()'s `endMs`). The exporter drives
//! one through the same loop whatever the format (captions, delays, redactions, cancellation).
class AnimationWriter
{
public:
    virtual ~AnimationWriter() = default;
    AnimationWriter(const AnimationWriter &) = delete;
    AnimationWriter &operator=(const AnimationWriter &) = delete;

    //! A writer for `format` (WebP or GIF); null for formats that are no animation.
    static std::unique_ptr<AnimationWriter> create(ExportOptions::Format format, const QSize &canvas);

    //! Adds `image` (of the canvas' size) shown from `timestampMs`.
    virtual bool add(const QImage &image, int timestampMs) = 0;
    //! The file's bytes; `endMs` is when the last frame ends. Empty with error() set on failure.
    virtual QByteArray finish(int endMs) = 0;
    QString error() const { return m_error; }

protected:
    AnimationWriter() = default;
    void setError(const QString &error) { m_error = error; }

private:
    QString m_error;
};

//! An animated WebP (libwebpmux's WebPAnimEncoder).
class WebPAnimationWriter final : public AnimationWriter
{
public:
    explicit WebPAnimationWriter(const QSize &canvas, int quality = 75);
    ~WebPAnimationWriter() override;

    bool add(const QImage &image, int timestampMs) override;
    QByteArray finish(int endMs) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace agi
