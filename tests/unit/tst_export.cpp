// app/export: what a user finds in an exported file (every frame, the exact bytes, redacted pixels,
// the animation's frames and delays) and that a cancelled export leaves nothing behind.
#include "export/animationwriter.h"
#include "export/gifanimationwriter.h"
#include "export/redactions.h"
#include "export/sessionexporter.h"
#include "export/timelineexport.h"
#include "exportfiles.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace agi;
using agi::test::Animation;
using agi::test::ExportFiles;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 95);
    return bytes;
}

//! `count` frames, alternately PNG and JPEG, a second apart (frame 3 two seconds), with messages.
ExportTimeline sample(int count)
{
    ExportTimeline timeline;
    timeline.sessionId = QStringLiteral("sess-1");
    timeline.task = QStringLiteral("Find a flight");
    timeline.status = QStringLiteral("running");
    QList<QByteArray> bytes;
    QDateTime at = Start;
    for (int i = 0; i < count; ++i) {
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((i * 37) % 360, 200, 230));
        ExportFrame frame;
        frame.sequence = i + 1;
        frame.format = i % 2 ? "jpeg" : "png";
        frame.size = image.size();
        frame.url = QUrl(QStringLiteral("https://example.test/page%1").arg(i));
        frame.title = QStringLiteral("Page %1").arg(i);
        frame.changedAt = at;
        frame.lastSeenAt = at.addMSecs(900);
        at = at.addMSecs(i == 2 ? 2000 : 1000);
        timeline.frames.append(frame);
        bytes.append(encode(image, i % 2 ? "JPEG" : "PNG"));
    }
    timeline.frameBytes = [bytes](int index) { return bytes.value(index); };
    for (int i = 0; i < 3; ++i) {
        Message message;
        message.id = i + 1;
        message.type = Message::Type::Thought;
        message.typeText = QStringLiteral("THOUGHT");
        message.content = QStringLiteral("Thinking step %1").arg(i);
        message.timestamp = Start.addMSecs(i * 700);
        timeline.messages.append(message);
    }
    timeline.statusChanges.append({Start, QStringLiteral("running")});
    return timeline;
}

bool isBlack(const QImage &image, const QRect &area, int tolerance = 24)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > tolerance || c.green() > tolerance || c.blue() > tolerance)
                return false;
        }
    }
    return true;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zipListsEveryFrameWithTheStoredBytes()
    {
        QTemporaryDir dir;
        const ExportTimeline timeline = sample(6);
        ExportOptions options;
        options.path = dir.filePath(QStringLiteral("out.zip"));
        const ExportResult result = exportTimeline(timeline, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.frames, 6);
        const auto files = ExportFiles::unzip(options.path);
        QVERIFY(files.contains(QStringLiteral("report.md")));
        const QString report = QString::fromUtf8(files.value(QStringLiteral("report.md")));
        for (int i = 0; i < timeline.frames.size(); ++i) {
            const QString name = exportedFrameName(timeline.frames.at(i));
            QVERIFY2(report.contains(QStringLiteral("](%1)").arg(name)), qPrintable(name));
            QCOMPARE(files.value(name), timeline.bytesOf(i));
            QVERIFY(report.contains(QStringLiteral("page%1").arg(i)));
        }
        QVERIFY(report.contains(QStringLiteral("Thinking step 2")));
        QVERIFY(report.indexOf(QStringLiteral("step 0")) < report.indexOf(QStringLiteral("step 1")));
    }

    void jsonRoundTrips()
    {
        QTemporaryDir dir;
        const ExportTimeline timeline = sample(4);
        ExportOptions options;
        options.format = ExportOptions::Format::Json;
        options.path = dir.filePath(QStringLiteral("out.zip"));
        QVERIFY(exportTimeline(timeline, options).ok());
        const auto files = ExportFiles::unzip(options.path);
        const QJsonObject root = QJsonDocument::fromJson(files.value(QStringLiteral("timeline.json"))).object();
        QCOMPARE(root.value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toString(),
            timeline.sessionId);
        const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), timeline.messages.size());
        for (int i = 0; i < messages.size(); ++i) {
            const auto parsed = Message::fromJson(messages.at(i).toObject());
            QVERIFY(parsed);
            QCOMPARE(parsed->id, timeline.messages.at(i).id);
            QCOMPARE(parsed->text(), timeline.messages.at(i).text());
            QCOMPARE(parsed->timestamp, timeline.messages.at(i).timestamp);
        }
        const QJsonArray frames = root.value(QStringLiteral("frames")).toArray();
        QCOMPARE(frames.size(), timeline.frames.size());
        for (int i = 0; i < frames.size(); ++i) {
            const QJsonObject frame = frames.at(i).toObject();
            QCOMPARE(frame.value(QStringLiteral("sequence")).toInteger(), timeline.frames.at(i).sequence);
            QCOMPARE(QUrl(frame.value(QStringLiteral("url")).toString()), timeline.frames.at(i).url);
            QCOMPARE(frame.value(QStringLiteral("title")).toString(), timeline.frames.at(i).title);
            QCOMPARE(QDateTime::fromString(frame.value(QStringLiteral("changedAt")).toString(), Qt::ISODateWithMs),
                timeline.frames.at(i).changedAt);
            QCOMPARE(files.value(frame.value(QStringLiteral("file")).toString()), timeline.bytesOf(i));
        }
        QCOMPARE(root.value(QStringLiteral("statusChanges")).toArray().size(), 1);
    }

    void animationHasEveryFrameWithRealDelays()
    {
        QTemporaryDir dir;
        const ExportTimeline timeline = sample(5);
        ExportOptions options;
        options.format = ExportOptions::Format::WebP;
        options.path = dir.filePath(QStringLiteral("out.webp"));
        QVERIFY(exportTimeline(timeline, options).ok());
        QFile file(options.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Animation animation = ExportFiles::decodeWebP(file.readAll());
        QCOMPARE(animation.frames, 5);
        QCOMPARE(animation.delays, (QList<int> {1000, 1000, 2000, 1000, 1000}));
        QCOMPARE(animation.images.constFirst().height(), 200 + AnimationFrame::CaptionHeight);
    }

    void maximumDurationCompressesTheDelays()
    {
        const ExportTimeline timeline = sample(5); // 1 + 1 + 2 + 1 + 1 (last) = 6 s
        const QList<int> delays = AnimationTiming::delaysMs(timeline.frames, 3000);
        QCOMPARE(delays, (QList<int> {500, 500, 1000, 500, 500}));
        // A floor: never below MinimumDelayMs, however short the maximum.
        for (const int delay : AnimationTiming::delaysMs(timeline.frames, 60))
            QCOMPARE(delay, AnimationTiming::MinimumDelayMs);

        QTemporaryDir dir;
        ExportOptions options;
        options.format = ExportOptions::Format::WebP;
        options.maximumDurationMs = 3000;
        options.path = dir.filePath(QStringLiteral("short.webp"));
        QVERIFY(exportTimeline(timeline, options).ok());
        QFile file(options.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Animation animation = ExportFiles::decodeWebP(file.readAll());
        QCOMPARE(animation.frames, 5);
        QCOMPARE(animation.delays, (QList<int> {500, 500, 1000, 500, 500}));
    }

    void redactionBlacksOutEveryFrameInEveryFormat()
    {
        QTemporaryDir dir;
        const ExportTimeline timeline = sample(4);
        const QRect secret(40, 40, 64, 48);
        ExportOptions options;
        options.redactions = {secret};
        for (const auto format : {ExportOptions::Format::Zip, ExportOptions::Format::Json}) {
            options.format = format;
            options.path = dir.filePath(ExportOptions::formatName(format) + QStringLiteral(".zip"));
            QVERIFY(exportTimeline(timeline, options).ok());
            const auto files = ExportFiles::unzip(options.path);
            for (const ExportFrame &frame : timeline.frames) {
                const QImage image = QImage::fromData(files.value(exportedFrameName(frame, true)));
                QVERIFY(!image.isNull());
                QVERIFY2(isBlack(image, secret, 0), qPrintable(exportedFrameName(frame, true)));
                QVERIFY(!isBlack(image, QRect(200, 150, 10, 10)));
            }
        }
        options.format = ExportOptions::Format::WebP;
        options.path = dir.filePath(QStringLiteral("r.webp"));
        QVERIFY(exportTimeline(timeline, options).ok());
        QFile file(options.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Animation animation = ExportFiles::decodeWebP(file.readAll());
        QCOMPARE(animation.images.size(), 4);
        for (const QImage &image : animation.images)
            QVERIFY(isBlack(image, secret.adjusted(2, 2, -2, -2), 40));
    }

    void gifHasEveryFrameWithRealDelaysAndLoops()
    {
        QTemporaryDir dir;
        const ExportTimeline timeline = sample(5);
        ExportOptions options;
        options.format = ExportOptions::Format::Gif;
        options.path = dir.filePath(QStringLiteral("out.gif"));
        const ExportResult result = exportTimeline(timeline, options);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(result.frames, 5);
        const Animation animation = ExportFiles::decodeGif(ExportFiles::read(options.path));
        QCOMPARE(animation.frames, 5);
        QCOMPARE(animation.delays, (QList<int> {1000, 1000, 2000, 1000, 1000}));
        QVERIFY(animation.loopsForever);
        QCOMPARE(animation.images.constFirst().size(), QSize(320, 200 + AnimationFrame::CaptionHeight));
        // Each frame keeps its own colours (a palette per frame): the middle of frame 3 is its hue.
        const QColor expected = QColor::fromHsv((2 * 37) % 360, 200, 230);
        const QColor shown = animation.images.at(2).pixelColor(160, 100);
        QVERIFY2(std::abs(shown.red() - expected.red()) <= 12 && std::abs(shown.green() - expected.green()) <= 12
                && std::abs(shown.blue() - expected.blue()) <= 12,
            qPrintable(shown.name()));

        // --max-duration shortens the GIF's delays by the same rule as the WebP's.
        options.maximumDurationMs = 3000;
        options.path = dir.filePath(QStringLiteral("short.gif"));
        QVERIFY(exportTimeline(timeline, options).ok());
        QCOMPARE(
            ExportFiles::decodeGif(ExportFiles::read(options.path)).delays, (QList<int> {500, 500, 1000, 500, 500}));
    }

    void gifDelaysRoundOnTheWholeTimeline()
    {
        // Three frames of 1234 ms: 123, 124 and 123 cs, so the animation ends at 370 cs as it should.
        QCOMPARE(GifAnimationWriter::delayCentiseconds(0, 1234), 123);
        QCOMPARE(GifAnimationWriter::delayCentiseconds(1234, 2468), 124);
        QCOMPARE(GifAnimationWriter::delayCentiseconds(2468, 3702), 123);
        QCOMPARE(GifAnimationWriter::delayCentiseconds(0, 0), 2);
    }

    void gifRedactionIsBlackInEveryFrame()
    {
        QTemporaryDir dir;
        const ExportTimeline timeline = sample(4);
        const QRect secret(40, 40, 64, 48);
        ExportOptions options;
        options.redactions = {secret};
        options.format = ExportOptions::Format::Gif;
        options.path = dir.filePath(QStringLiteral("r.gif"));
        QVERIFY(exportTimeline(timeline, options).ok());
        const Animation animation = ExportFiles::decodeGif(ExportFiles::read(options.path));
        QCOMPARE(animation.images.size(), 4);
        for (const QImage &image : animation.images) {
            QVERIFY(isBlack(image, secret, 16));
            QVERIFY(!isBlack(image, QRect(200, 150, 10, 10), 16));
        }
    }

    void gifCancelLeavesNoFile()
    {
        QTemporaryDir dir;
        ExportOptions options;
        options.format = ExportOptions::Format::Gif;
        options.path = dir.filePath(QStringLiteral("cancelled.gif"));
        ExportProgress progress;
        int reports = 0;
        progress.report = [&reports](double, const QString &) { ++reports; };
        progress.cancelled = [&reports] { return reports >= 3; };
        QCOMPARE(exportTimeline(sample(10), options, progress).outcome, ExportResult::Outcome::Cancelled);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void redactionsAreKeptPerSession()
    {
        QTemporaryDir dir;
        const QList<QRect> rectangles {QRect(1, 2, 30, 40), QRect(100, 100, 5, 5)};
        QString error;
        QVERIFY(Redactions::save(QStringLiteral("abc"), rectangles, &error, dir.path()));
        QCOMPARE(Redactions::load(QStringLiteral("abc"), &error, dir.path()), rectangles);
        QVERIFY(Redactions::load(QStringLiteral("other"), &error, dir.path()).isEmpty());
        QVERIFY(Redactions::save(QStringLiteral("abc"), {}, &error, dir.path()));
        QVERIFY(!QFile::exists(Redactions::pathFor(QStringLiteral("abc"), dir.path())));
    }

    void rangeKeepsFramesBetweenSequencesOrTimes()
    {
        const ExportTimeline timeline = sample(8);
        const ExportTimeline bySequence
            = cutToRange(timeline, *ExportBound::parse(QStringLiteral("3")), *ExportBound::parse(QStringLiteral("5")));
        QCOMPARE(bySequence.frames.size(), 3);
        QCOMPARE(bySequence.frames.constFirst().sequence, 3);
        QCOMPARE(bySequence.bytesOf(0), timeline.bytesOf(2));
        const ExportTimeline byTime
            = cutToRange(timeline, *ExportBound::parse(Start.addSecs(4).toString(Qt::ISODate)), ExportBound {});
        QCOMPARE(byTime.frames.constFirst().sequence, 4);
        QCOMPARE(byTime.frames.size(), 5);
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        ExportOptions options;
        options.path = dir.filePath(QStringLiteral("cancelled.zip"));
        ExportProgress progress;
        int reports = 0;
        progress.report = [&reports](double, const QString &) { ++reports; };
        progress.cancelled = [&reports] { return reports >= 3; };
        const ExportResult result = exportTimeline(sample(10), options, progress);
        QCOMPARE(result.outcome, ExportResult::Outcome::Cancelled);
        QVERIFY(!QFile::exists(options.path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void exporterReportsProgressAndFinishesOffTheGuiThread()
    {
        QTemporaryDir dir;
        SessionExporter exporter;
        QSignalSpy progressed(&exporter, &SessionExporter::progressed);
        QSignalSpy finished(&exporter, &SessionExporter::finished);
        ExportOptions options;
        options.path = dir.filePath(QStringLiteral("a.zip"));
        exporter.start(sample(5), options);
        QVERIFY(finished.wait());
        QVERIFY(exporter.result().ok());
        QVERIFY(progressed.size() >= 5);
        QVERIFY(QFile::exists(options.path));
    }

    void unwritablePathFailsWithAClearError()
    {
        ExportOptions options;
        options.path = QStringLiteral("/proc/agi-export-test/out.zip");
        const ExportResult result = exportTimeline(sample(2), options);
        QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.summary().contains(QStringLiteral("failed")));
    }

    void noFramesStillExportsTheMessages()
    {
        QTemporaryDir dir;
        ExportTimeline timeline = sample(0);
        ExportOptions options;
        options.path = dir.filePath(QStringLiteral("m.zip"));
        const ExportResult result = exportTimeline(timeline, options);
        QVERIFY(result.ok());
        QCOMPARE(result.note, QStringLiteral("no frames were recorded on this machine"));
        QVERIFY(QString::fromUtf8(ExportFiles::unzip(options.path).value(QStringLiteral("report.md")))
                    .contains(QStringLiteral("Thinking step 1")));
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_export.moc"
