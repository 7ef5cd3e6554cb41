#include "export/exportoptions.h"

#include "export/exporttimeline.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agi {

std::optional<ExportBound> ExportBound::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 sequence = trimmed.toLongLong(&isNumber);
    if (isNumber && sequence >= 0)
        return ExportBound {std::nullopt, sequence};
    QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!moment.isValid())
        return std::nullopt;
    return ExportBound {moment.toUTC(), std::nullopt};
}

std::optional<ExportOptions::Format> ExportOptions::formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("zip") || lower == QLatin1String("markdown"))
        return Format::Zip;
    if (lower == QLatin1String("json"))
        return Format::Json;
    if (lower == QLatin1String("webp"))
        return Format::WebP;
    if (lower == QLatin1String("gif"))
        return Format::Gif;
    return std::nullopt;
}

QString ExportOptions::formatName(Format format)
{
    switch (format) {
    case Format::Zip:
        return QStringLiteral("zip");
    case Format::Json:
        return QStringLiteral("json");
    case Format::WebP:
        return QStringLiteral("webp");
    case Format::Gif:
        return QStringLiteral("gif");
    }
    return {};
}

const QList<ExportOptions::FormatInfo> &ExportOptions::formats()
{
    static const QList<FormatInfo> list = {
        {Format::Zip, "zip", QT_TRANSLATE_NOOP("agi::ExportOptions", "Markdown report with the frames (ZIP)"), false},
        {Format::Json, "json.zip", QT_TRANSLATE_NOOP("agi::ExportOptions", "JSON timeline with the frames (ZIP)"),
            false},
        {Format::WebP, "webp", QT_TRANSLATE_NOOP("agi::ExportOptions", "Animated image (WebP)"), true},
        {Format::Gif, "gif", QT_TRANSLATE_NOOP("agi::ExportOptions", "Animated image (GIF)"), true},
    };
    return list;
}

ExportOptions::FormatInfo ExportOptions::formatInfo(Format format)
{
    for (const FormatInfo &info : formats()) {
        if (info.format == format)
            return info;
    }
    return formats().constFirst();
}

std::optional<qint64> ExportOptions::parseDurationMs(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min)?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    double factor = 1000.0;
    if (unit == QLatin1String("ms"))
        factor = 1.0;
    else if (unit == QLatin1String("m") || unit == QLatin1String("min"))
        factor = 60000.0;
    const auto ms = qint64(value * factor);
    if (ms <= 0)
        return std::nullopt;
    return ms;
}

namespace {

bool afterStart(const ExportBound &from, const ExportFrame &frame)
{
    if (from.sequence)
        return frame.sequence >= *from.sequence;
    if (from.time)
        return frame.changedAt >= *from.time;
    return true;
}

bool beforeEnd(const ExportBound &to, const ExportFrame &frame)
{
    if (to.sequence)
        return frame.sequence <= *to.sequence;
    if (to.time)
        return frame.changedAt <= *to.time;
    return true;
}

} // namespace

ExportTimeline cutToRange(const ExportTimeline &timeline, const ExportBound &from, const ExportBound &to)
{
    if (!from.isSet() && !to.isSet())
        return timeline;
    ExportTimeline cut = timeline;
    cut.frames.clear();
    QList<int> kept;
    for (int i = 0; i < timeline.frames.size(); ++i) {
        const ExportFrame &frame = timeline.frames.at(i);
        if (afterStart(from, frame) && beforeEnd(to, frame)) {
            cut.frames.append(frame);
            kept.append(i);
        }
    }
    const auto source = timeline.frameBytes;
    cut.frameBytes = [source, kept](int index) {
        return source && index >= 0 && index < kept.size() ? source(kept.at(index)) : QByteArray();
    };
    // Messages and status changes: the window of time the kept frames span, or the bounds' times.
    QDateTime start = from.time.value_or(QDateTime());
    QDateTime end = to.time.value_or(QDateTime());
    if (from.sequence && !cut.frames.isEmpty())
        start = cut.frames.constFirst().changedAt;
    if (to.sequence && !cut.frames.isEmpty())
        end = cut.frames.constLast().lastSeenAt.isValid() ? cut.frames.constLast().lastSeenAt
                                                          : cut.frames.constLast().changedAt;
    auto inside = [&](const QDateTime &at) {
        if (!at.isValid())
            return true;
        return (!start.isValid() || at >= start) && (!end.isValid() || at <= end);
    };
    cut.messages.clear();
    for (const Message &message : timeline.messages) {
        if (inside(message.timestamp))
            cut.messages.append(message);
    }
    cut.statusChanges.clear();
    for (const ExportStatusChange &change : timeline.statusChanges) {
        if (inside(change.at))
            cut.statusChanges.append(change);
    }
    return cut;
}

} // namespace agi
