// Export (docs/performance.md, "Export"): a 500-frame timeline as ZIP + Markdown within 5 s, as an
// animated image within 20 s. The timeline is a frame history kept on disk as the application keeps
// it (FrameHistory, 500 distinct frames made from the captured screenshots, 2 s apart, 200 agent
// messages), read through ExportTimeline::fromHistory, and exported in every format the exporter
// writes, one after the other, timed from the start of the export to the renamed file.
//   bench_export [--frames DIR] [--count N] [--format NAME ...]
// Prints the time, size and frames of each export; exits 1 when a goal is missed.
#include "capturedframes.h"
#include "export/exportoptions.h"
#include "export/exporttimeline.h"
#include "export/timelineexport.h"
#include "live/framehistory.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdio>

namespace {

//! The captured screenshot `index % captured` with the frame's number painted on it, as JPEG: every
//! frame of the history differs from the one before, as they do in a working session.
QByteArray distinctFrame(const std::vector<agi::bench::CapturedFrame> &captured, int index)
{
    QImage image = QImage::fromData(captured[size_t(index) % captured.size()].jpeg, "JPEG");
    QPainter painter(&image);
    painter.fillRect(QRect(16, 16, 260, 44), Qt::white);
    painter.setPen(Qt::black);
    QFont font = painter.font();
    font.setPixelSize(28);
    painter.setFont(font);
    painter.drawText(QRect(16, 16, 260, 44), Qt::AlignCenter, QStringLiteral("frame %1").arg(index + 1));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 75);
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Captured screenshot bodies"), QStringLiteral("dir"),
        QStringLiteral(AGI_TEST_DATA_DIR "/frames")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Frames in the timeline"), QStringLiteral("n"),
        QStringLiteral("500")});
    parser.addOption(
        {QStringLiteral("format"), QStringLiteral("Export only this format (repeatable)"), QStringLiteral("name")});
    parser.process(app);

    const auto captured = agi::bench::loadCapturedFrames(parser.value(QStringLiteral("frames")));
    if (captured.empty())
        return 2;
    const int count = parser.value(QStringLiteral("count")).toInt();

    // The history on disk, as the application writes it while it watches a session.
    QTemporaryDir dir;
    const QString sessionId = QStringLiteral("bench-export");
    const QString root = dir.filePath(QStringLiteral("history"));
    {
        agi::FrameHistory history(count, qint64 {1} << 40);
        QString error;
        if (!history.open(
                agi::FrameHistory::sessionDirectory(root, sessionId), agi::FrameHistory::Access::ReadWrite, &error)) {
            std::fprintf(stderr, "cannot keep the history: %s\n", qPrintable(error));
            return 2;
        }
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-2 * count);
        for (int i = 0; i < count; ++i) {
            agi::Frame frame;
            frame.encoded = distinctFrame(captured, i);
            frame.encodedFormat = "jpeg";
            frame.sourceSize = captured[size_t(i) % captured.size()].size;
            frame.image = QImage(1, 1, QImage::Format_RGB32); // the history keeps the bytes, not this
            frame.url = QUrl(QStringLiteral("https://shop.example/search?page=%1").arg(i / 5));
            frame.title = QStringLiteral("Results, page %1").arg(i / 5);
            frame.changedAt = frame.capturedAt = start.addSecs(2 * i);
            history.append(frame, i / 2);
        }
    }
    const auto history = agi::FrameHistory::openReadOnly(sessionId, root);
    if (!history || history->size() != count) {
        std::fprintf(stderr, "the history on disk holds %d frames, not %d\n", history ? history->size() : 0, count);
        return 2;
    }
    agi::ExportTimeline timeline = agi::ExportTimeline::fromHistory(sessionId, *history);
    timeline.task = QStringLiteral("Find noise-cancelling headphones under $200 and compare the top three");
    timeline.status = QStringLiteral("running");
    timeline.createdAt = history->at(0).changedAt;
    for (int i = 0; i < count / 2 - 50; ++i) {
        agi::Message message;
        message.id = i + 1;
        message.type = agi::Message::Type::Thought;
        message.typeText = QStringLiteral("THOUGHT");
        message.content = QStringLiteral("Looking at result %1: the price and the ratings are on the page.").arg(i);
        message.timestamp = history->at(qMin(count - 1, 2 * i)).changedAt;
        timeline.messages.append(message);
    }

    QStringList formats = parser.values(QStringLiteral("format"));
    if (formats.isEmpty()) {
        for (const auto *name : {"zip", "json", "webp", "gif"}) {
            if (agi::ExportOptions::formatFromName(QLatin1String(name)))
                formats.append(QLatin1String(name));
        }
    }
    bool met = true;
    for (const QString &name : std::as_const(formats)) {
        const auto format = agi::ExportOptions::formatFromName(name);
        if (!format) {
            std::fprintf(stderr, "no such format: %s\n", qPrintable(name));
            return 2;
        }
        agi::ExportOptions options;
        options.format = *format;
        options.path = dir.filePath(QStringLiteral("export.") + name);
        QElapsedTimer timer;
        timer.start();
        const agi::ExportResult result = agi::exportTimeline(timeline, options);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!result.ok()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(result.error));
            return 2;
        }
        const bool animated = *format != agi::ExportOptions::Format::Zip && *format != agi::ExportOptions::Format::Json;
        const double goal = animated ? 20.0 : (*format == agi::ExportOptions::Format::Zip ? 5.0 : 0.0);
        met = met && (goal == 0.0 || seconds <= goal);
        std::printf("export %-5s %d frames, %d messages: %.2f s, %.1f MB%s\n", qPrintable(name), result.frames,
            result.messages, seconds, double(result.bytes) / 1e6,
            goal > 0.0 ? qPrintable(QStringLiteral(" (goal <= %1 s)").arg(goal)) : "");
    }
    return met ? 0 : 1;
}
