#pragma once

#include "live/frame.h"
#include "live/imagedecoder.h"

#include <QByteArray>
#include <QDateTime>
#include <QSize>
#include <QString>

namespace agi {

//! The synchronous frame pipeline: raw screenshot response bytes to a Frame at exactly the size it
//! is painted, in device pixels, so that the GUI thread only copies it to the screen.
//! Not thread-safe: FrameDecoder runs one on its worker thread; benchmarks and tests call it directly.
class FramePipeline final
{
    Q_DISABLE_COPY_MOVE(FramePipeline)

public:
    //! Refused before any pixel is decoded.
    struct Limits
    {
        int maxWidth = 8192;
        int maxHeight = 8192;
        qint64 maxDecodedBytes = qint64(256) * 1024 * 1024; // source width * height * 4
        //! A PNG cannot be decoded at a reduced size as a JPEG can: it is decoded whole, so it gets
        //! a pixel bound of its own (4096x4096, four times a 4K screen).
        qint64 maxPngPixels = qint64(4096) * 4096;
    };

    enum class Outcome {
        Decoded,   //!< frame.image holds the new image
        Unchanged, //!< same image bytes and target as the last decoded frame: frame.image is null
        Failed     //!< error holds the reason
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        Frame frame; // url, title, capturedAt and sourceSize are set for Decoded and Unchanged
        QString error;
    };

    FramePipeline() = default;

    void setLimits(const Limits &limits) { m_limits = limits; }
    //! Decoded frames also get a thumbnail fitted to `box` (device pixels), made from the decoded
    //! image on the same thread; an empty box (the default) makes none.
    void setThumbnailBox(QSize box) { m_thumbnailBox = box; }

    //! Decodes `body` to fit `target` (device pixels; aspect ratio kept, enlarged when the target
    //! is larger than the source; an empty target keeps the source size). The image carries
    //! `devicePixelRatio`: set here, while nothing else shares the image, because setting it
    //! later copies every pixel.
    Result process(const QByteArray &body, QSize target, const QDateTime &capturedAt, qreal devicePixelRatio = 1);

    //! The parse step alone (JSON scan, base64, sniffing, header size and limits), no pixel decode.
    //! For the fuzzer; returns the image bytes or a null array with *error set.
    QByteArray parseOnly(const QByteArray &body, QString *error);

    //! The next process() decodes even when the bytes repeat.
    void forgetPrevious() { m_hasPrevious = false; }

private:
    Limits m_limits;
    QSize m_thumbnailBox;
    ImageDecoder m_decoder;
    QByteArray m_image; // reused buffer for the decoded image bytes
    bool m_hasPrevious = false;
    size_t m_previousHash = 0;
    qsizetype m_previousLength = 0;
    QSize m_previousTarget;
    qreal m_previousRatio = 1;
    QSize m_previousSource;
};

} // namespace agi
