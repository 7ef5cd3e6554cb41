#include "export/timelineexport.h"

#include "export/animationwriter.h"
#include "export/redactions.h"
#include "export/zipwriter.h"
#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <future>
#include <memory>

namespace agi {

namespace {

const QString NoFrames = QStringLiteral("no frames were recorded on this machine");

class Run
{
public:
    Run(const ExportTimeline &timeline, const ExportOptions &options, const ExportProgress &progress)
        : m_timeline(cutToRange(timeline, options.from, options.to))
        , m_options(options)
        , m_progress(progress)
    { }

    ExportResult go();

private:
    bool cancelled() const { return m_progress.cancelled && m_progress.cancelled(); }
    void report(double fraction, const QString &step) const
    {
        if (m_progress.report)
            m_progress.report(std::clamp(fraction, 0.0, 1.0), step);
    }
    //! The frame's bytes as they go into an archive: the stored bytes, or redacted and re-encoded.
    QByteArray frameFile(int index, bool *redacted) const;
    QByteArray zipWithReport(QString *error);
    QByteArray zipWithJson(QString *error);
    QByteArray animation(QString *error);
    QString markdown() const;
    QJsonObject json() const;
    ExportResult failed(const QString &error) const;
    ExportResult cancelledResult() const;

    ExportTimeline m_timeline;
    const ExportOptions &m_options;
    const ExportProgress &m_progress;
    QList<bool> m_present; // per frame: whether its bytes could be read
    QList<bool> m_redacted;
    bool m_cancelled = false;
};

QString iso(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString markdownEscaped(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QString out;
    out.reserve(text.size());
    static const QString special = QStringLiteral("\\`*_[]<>|#");
    for (const QChar c : text) {
        if (special.contains(c))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

QJsonObject messageJson(const Message &message)
{
    QJsonObject object {{QStringLiteral("id"), message.id}, {QStringLiteral("type"), message.typeText},
        {QStringLiteral("content"), message.content}, {QStringLiteral("timestamp"), iso(message.timestamp)}};
    if (!message.metadata.isEmpty())
        object.insert(QStringLiteral("metadata"), message.metadata);
    return object;
}

} // namespace

QString exportedFrameName(const ExportFrame &frame, bool redacted)
{
    const QString extension = redacted || frame.format == "png" ? QStringLiteral("png") : QStringLiteral("jpg");
    return QStringLiteral("frames/%1.%2").arg(frame.sequence, 6, 10, QLatin1Char('0')).arg(extension);
}

QString ExportResult::summary() const
{
    switch (outcome) {
    case Outcome::Cancelled:
        return QCoreApplication::translate("agi::ExportResult", "The export was cancelled; no file was written.");
    case Outcome::Failed:
        return QCoreApplication::translate("agi::ExportResult", "The export failed: %1").arg(error);
    case Outcome::Written:
        break;
    }
    QString text = QCoreApplication::translate(
        "agi::ExportResult", "Exported %n frame(s) and %1 message(s) to %2 (%3).", nullptr, frames)
                       .arg(messages)
                       .arg(QDir::toNativeSeparators(path), QLocale::c().formattedDataSize(bytes));
    if (!note.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("agi::ExportResult", "Note: %1.").arg(note);
    return text;
}

QByteArray Run::frameFile(int index, bool *redacted) const
{
    *redacted = false;
    QByteArray stored = m_timeline.bytesOf(index);
    if (stored.isEmpty() || m_options.redactions.isEmpty())
        return stored;
    const ExportFrame &frame = m_timeline.frames.at(index);
    if (frame.size.isValid() && !Redactions::touches(frame.size, m_options.redactions))
        return stored;
    QByteArray result = Redactions::applyToEncoded(stored, frame.format, m_options.redactions);
    *redacted = result != stored;
    return result;
}

QString Run::markdown() const
{
    QString md;
    md += QStringLiteral("# Session %1\n\n").arg(markdownEscaped(m_timeline.sessionId));
    if (!m_timeline.task.isEmpty())
        md += QStringLiteral("- Task: %1\n").arg(markdownEscaped(m_timeline.task));
    if (!m_timeline.status.isEmpty())
        md += QStringLiteral("- Status: %1\n").arg(markdownEscaped(m_timeline.status));
    if (m_timeline.createdAt.isValid())
        md += QStringLiteral("- Created: %1\n").arg(iso(m_timeline.createdAt));
    md += QStringLiteral("- Frames: %1\n").arg(m_timeline.frames.size());
    md += QStringLiteral("- Messages: %1\n").arg(m_timeline.messages.size());
    if (!m_options.redactions.isEmpty())
        md += QStringLiteral("- Redacted areas: %1 (blacked out in every frame)\n").arg(m_options.redactions.size());
    md += QStringLiteral("- Exported: %1\n\n").arg(iso(QDateTime::currentDateTimeUtc()));

    if (!m_timeline.statusChanges.isEmpty()) {
        md += QStringLiteral("## Status changes\n\n");
        for (const ExportStatusChange &change : m_timeline.statusChanges)
            md += QStringLiteral("- %1 %2\n").arg(iso(change.at), markdownEscaped(change.status));
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("## Messages\n\n");
    if (m_timeline.messages.isEmpty())
        md += QStringLiteral("No messages.\n");
    for (const Message &message : m_timeline.messages) {
        md += QStringLiteral("- **%1** %2\n").arg(iso(message.timestamp), markdownEscaped(message.typeText));
        const QStringList lines = message.text().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            md += QStringLiteral("  > %1\n").arg(markdownEscaped(line));
    }
    md += QLatin1Char('\n');

    md += QStringLiteral("## Frame index\n\n");
    if (m_timeline.frames.isEmpty()) {
        md += QStringLiteral("No frames: %1.\n\n").arg(NoFrames);
        return md;
    }
    md += QStringLiteral("| Frame | Time | Title | URL | File |\n|---|---|---|---|---|\n");
    for (int i = 0; i < m_timeline.frames.size(); ++i) {
        const ExportFrame &frame = m_timeline.frames.at(i);
        const QString file = m_present.value(i)
            ? QStringLiteral("[%1](%1)").arg(exportedFrameName(frame, m_redacted.value(i)))
            : QStringLiteral("(image not available)");
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(frame.sequence)
                  .arg(iso(frame.changedAt), markdownEscaped(frame.title), markdownEscaped(frame.url.toString()), file);
    }
    md += QStringLiteral("\n## Frames\n\n");
    for (int i = 0; i < m_timeline.frames.size(); ++i) {
        const ExportFrame &frame = m_timeline.frames.at(i);
        md += QStringLiteral("### Frame %1 at %2\n\n").arg(frame.sequence).arg(iso(frame.changedAt));
        md += QStringLiteral("- Title: %1\n- URL: %2\n")
                  .arg(markdownEscaped(frame.title), markdownEscaped(frame.url.toString()));
        if (frame.lastSeenAt.isValid())
            md += QStringLiteral("- Last seen: %1\n").arg(iso(frame.lastSeenAt));
        if (m_present.value(i))
            md += QStringLiteral("\n![Frame %1](%2)\n\n")
                      .arg(frame.sequence)
                      .arg(exportedFrameName(frame, m_redacted.value(i)));
        else
            md += QStringLiteral("\n(image not available)\n\n");
    }
    return md;
}

QJsonObject Run::json() const
{
    QJsonObject session {{QStringLiteral("id"), m_timeline.sessionId}, {QStringLiteral("task"), m_timeline.task},
        {QStringLiteral("status"), m_timeline.status}, {QStringLiteral("createdAt"), iso(m_timeline.createdAt)}};
    QJsonArray messages;
    for (const Message &message : m_timeline.messages)
        messages.append(messageJson(message));
    QJsonArray frames;
    for (int i = 0; i < m_timeline.frames.size(); ++i) {
        const ExportFrame &frame = m_timeline.frames.at(i);
        QJsonObject object {{QStringLiteral("sequence"), frame.sequence},
            {QStringLiteral("format"), QString::fromLatin1(frame.format)},
            {QStringLiteral("width"), frame.size.width()}, {QStringLiteral("height"), frame.size.height()},
            {QStringLiteral("url"), frame.url.toString()}, {QStringLiteral("title"), frame.title},
            {QStringLiteral("changedAt"), iso(frame.changedAt)}, {QStringLiteral("lastSeenAt"), iso(frame.lastSeenAt)},
            {QStringLiteral("messageId"), frame.messageId}, {QStringLiteral("redacted"), m_redacted.value(i)}};
        object.insert(QStringLiteral("file"),
            m_present.value(i) ? QJsonValue(exportedFrameName(frame, m_redacted.value(i))) : QJsonValue());
        frames.append(object);
    }
    QJsonArray changes;
    for (const ExportStatusChange &change : m_timeline.statusChanges)
        changes.append(QJsonObject {{QStringLiteral("at"), iso(change.at)}, {QStringLiteral("status"), change.status}});
    QJsonObject root {{QStringLiteral("format"), QStringLiteral("agi-session-timeline")},
        {QStringLiteral("version"), 1}, {QStringLiteral("session"), session}, {QStringLiteral("messages"), messages},
        {QStringLiteral("frames"), frames}, {QStringLiteral("statusChanges"), changes}};
    if (m_timeline.frames.isEmpty())
        root.insert(QStringLiteral("note"), NoFrames);
    return root;
}

QByteArray Run::zipWithReport(QString *error)
{
    ZipWriter zip;
    const int count = int(m_timeline.frames.size());
    for (int i = 0; i < count; ++i) {
        if (cancelled()) {
            m_cancelled = true;
            return {};
        }
        report(0.9 * i / std::max(1, count), QStringLiteral("Adding frame %1 of %2").arg(i + 1).arg(count));
        bool redacted = false;
        const QByteArray bytes = frameFile(i, &redacted);
        m_present.append(!bytes.isEmpty());
        m_redacted.append(redacted);
        if (!bytes.isEmpty() && !zip.add(exportedFrameName(m_timeline.frames.at(i), redacted), bytes, false)) {
            *error = zip.error();
            return {};
        }
    }
    report(0.9, QStringLiteral("Writing the report"));
    const bool withJson = m_options.format == ExportOptions::Format::Json;
    const bool added = withJson ? zip.add(QStringLiteral("timeline.json"), QJsonDocument(json()).toJson(), true)
                                : zip.add(QStringLiteral("report.md"), markdown().toUtf8(), true);
    if (!added) {
        *error = zip.error();
        return {};
    }
    if (cancelled()) {
        m_cancelled = true;
        return {};
    }
    report(0.95, QStringLiteral("Packing the archive"));
    QByteArray bytes = zip.finish();
    if (bytes.isEmpty())
        *error = QStringLiteral("the archive cannot be built: %1").arg(zip.error());
    return bytes;
}

QByteArray Run::zipWithJson(QString *error)
{
    return zipWithReport(error);
}

QByteArray Run::animation(QString *error)
{
    const int count = int(m_timeline.frames.size());
    if (count == 0) {
        *error = QStringLiteral("there are no frames to animate (%1)").arg(NoFrames);
        return {};
    }
    const QList<int> delays = AnimationTiming::delaysMs(m_timeline.frames, m_options.maximumDurationMs);
    // A frame as the animation shows it: read, decoded, redacted, scaled into the picture with its
    // caption. Made on a second thread while the frame before is encoded (each step is about half
    // of a frame's time), so the two overlap.
    const auto picture = [this](int i) {
        const ExportFrame &frame = m_timeline.frames.at(i);
        QImage image;
        const QByteArray bytes = m_timeline.bytesOf(i);
        if (!bytes.isEmpty())
            image.loadFromData(bytes, frame.format.isEmpty() ? nullptr : frame.format.constData());
        return Redactions::apply(image, m_options.redactions);
    };
    QImage first = picture(0);
    const QSize pictureSize = AnimationFrame::pictureSize(
        first.isNull() ? m_timeline.frames.at(0).size : first.size(), std::max(64, m_options.animationWidth));
    const std::unique_ptr<AnimationWriter> writer = AnimationWriter::create(
        m_options.format, QSize(pictureSize.width(), pictureSize.height() + AnimationFrame::CaptionHeight));
    if (!writer) {
        *error = QStringLiteral("%1 is not an animation").arg(ExportOptions::formatName(m_options.format));
        return {};
    }
    if (!writer->error().isEmpty()) {
        *error = writer->error();
        return {};
    }
    const auto composed
        = [&](int i) { return AnimationFrame::compose(picture(i), pictureSize, m_timeline.frames.at(i)); };
    QImage current = AnimationFrame::compose(first, pictureSize, m_timeline.frames.at(0));
    first = QImage();
    int timestamp = 0;
    for (int i = 0; i < count; ++i) {
        if (cancelled()) {
            m_cancelled = true;
            return {};
        }
        report(0.95 * i / count, QStringLiteral("Encoding frame %1 of %2").arg(i + 1).arg(count));
        std::future<QImage> next;
        if (i + 1 < count)
            next = std::async(std::launch::async, composed, i + 1);
        if (!writer->add(current, timestamp)) {
            *error = QStringLiteral("frame %1 cannot be encoded: %2")
                         .arg(m_timeline.frames.at(i).sequence)
                         .arg(writer->error());
            return {}; // the future's destructor waits for the frame under way
        }
        timestamp += delays.at(i);
        current = next.valid() ? next.get() : QImage();
    }
    report(0.95, QStringLiteral("Assembling the animation"));
    QByteArray bytes = writer->finish(timestamp);
    if (bytes.isEmpty())
        *error = QStringLiteral("the animation cannot be assembled: %1").arg(writer->error());
    return bytes;
}

ExportResult Run::failed(const QString &error) const
{
    ExportResult result;
    result.outcome = ExportResult::Outcome::Failed;
    result.path = m_options.path;
    result.error = error;
    return result;
}

ExportResult Run::cancelledResult() const
{
    ExportResult result;
    result.outcome = ExportResult::Outcome::Cancelled;
    result.path = m_options.path;
    return result;
}

ExportResult Run::go()
{
    if (m_options.path.isEmpty())
        return failed(QStringLiteral("no file was chosen."));
    report(0, QStringLiteral("Preparing"));
    QString error;
    QByteArray bytes;
    switch (m_options.format) {
    case ExportOptions::Format::Zip:
        bytes = zipWithReport(&error);
        break;
    case ExportOptions::Format::Json:
        bytes = zipWithJson(&error);
        break;
    case ExportOptions::Format::WebP:
    case ExportOptions::Format::Gif:
        bytes = animation(&error);
        break;
    }
    if (m_cancelled || cancelled())
        return cancelledResult();
    if (bytes.isEmpty())
        return failed(error.isEmpty() ? QStringLiteral("nothing could be written.") : error + QLatin1Char('.'));
    report(0.97, QStringLiteral("Writing %1").arg(QFileInfo(m_options.path).fileName()));
    if (!AtomicFile::write(m_options.path, bytes, &error))
        return failed(error);
    ExportResult result;
    result.outcome = ExportResult::Outcome::Written;
    result.path = QFileInfo(m_options.path).absoluteFilePath();
    result.bytes = bytes.size();
    result.frames = int(m_timeline.frames.size());
    result.messages = ExportOptions::isAnimation(m_options.format) ? 0 : int(m_timeline.messages.size());
    if (m_timeline.frames.isEmpty())
        result.note = NoFrames;
    report(1, QStringLiteral("Done"));
    return result;
}

ExportResult exportTimeline(
    const ExportTimeline &timeline, const ExportOptions &options, const ExportProgress &progress)
{
    Run run(timeline, options, progress);
    return run.go();
}

} // namespace agi
