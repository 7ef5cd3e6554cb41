#pragma once

#include <QDateTime>
#include <QList>
#include <QRect>
#include <QString>

#include <optional>

namespace agi {

struct ExportTimeline;

//! One end of an export's range: a moment, or a frame's sequence number.
struct ExportBound
{
    std::optional<QDateTime> time;
    std::optional<qint64> sequence;

    bool isSet() const { return time || sequence; }
    //! "42" is a frame's sequence number; anything else must be an ISO 8601 moment
    //! ("2026-11-30T21:04:05Z"). Empty when the text is neither.
    static std::optional<ExportBound> parse(const QString &text);
};

//! What to write and where.
struct ExportOptions
{
    enum class Format {
        Zip,
        Json,
        WebP,
        Gif
    };

    Format format = Format::Zip;
    QString path;
    ExportBound from;             //!< unset: from the first frame
    ExportBound to;               //!< unset: to the last frame
    qint64 maximumDurationMs = 0; //!< animation only: 0 keeps the real delays
    int animationWidth = 960;     //!< animation only: frames wider are scaled down to this
    QList<QRect> redactions;      //!< blacked out in every frame, in the frames' own pixels

    //! One format as a window offers it: its file name's extension, what it is, in words
    //! (untranslated: QCoreApplication::translate("agi::ExportOptions", description)), and whether
    //! it is an animation (the maximum duration applies).
    struct FormatInfo
    {
        Format format;
        const char *extension;
        const char *description;
        bool animation;
    };
    //! Every format, in the order a window offers them: the one list to extend with a new format.
    static const QList<FormatInfo> &formats();
    static FormatInfo formatInfo(Format format);
    //! Whether the format is an animated image of the frames (WebP, GIF) rather than an archive.
    static bool isAnimation(Format format) { return formatInfo(format).animation; }

    static std::optional<Format> formatFromName(const QString &name);
    static QString formatName(Format format);
    //! "30s", "2m", "1500ms", "90" (seconds); empty when the text is none of these or not positive.
    static std::optional<qint64> parseDurationMs(const QString &text);
};

//! The timeline cut to the options' range: frames whose sequence or change time lies in it, and the
//! messages and status changes whose times do.
ExportTimeline cutToRange(const ExportTimeline &timeline, const ExportBound &from, const ExportBound &to);

} // namespace agi
