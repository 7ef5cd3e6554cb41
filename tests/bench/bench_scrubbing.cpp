// Scrubbing (docs/performance.md, "Scrubbing"): moving to any frame of a 500-frame history shows
// it within 30 ms. The history is 500 stored frames on disk (the captured screenshots, each file
// a frame's bytes as the server sent them); one move reads the frame's file, decodes it at the
// view's size and paints the view, as the live pane does when the user goes back in time.
//   bench_scrubbing [--frames DIR] [--view WxH] [--moves N]
// Prints the median, 95th percentile and slowest move; exits 1 when the median exceeds 30 ms.
#include "capturedframes.h"
#include "frameview.h"
#include "live/imagedecoder.h"
#include "live/imageheader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Captured screenshot bodies"), QStringLiteral("dir"),
        QStringLiteral(AGI_TEST_DATA_DIR "/frames")});
    parser.addOption({QStringLiteral("view"), QStringLiteral("The frame view's size"), QStringLiteral("WxH"),
        QStringLiteral("1000x640")});
    parser.addOption(
        {QStringLiteral("moves"), QStringLiteral("Moves to time"), QStringLiteral("n"), QStringLiteral("500")});
    parser.process(app);

    const auto captured = agi::bench::loadCapturedFrames(parser.value(QStringLiteral("frames")));
    if (captured.empty())
        return 2;
    const QStringList view = parser.value(QStringLiteral("view")).split(QLatin1Char('x'));
    const QSize viewSize(view.value(0).toInt(), view.value(1).toInt());

    // 500 frames on disk, as a history kept there holds them.
    constexpr int historyFrames = 500;
    QTemporaryDir dir;
    for (int i = 0; i < historyFrames; ++i) {
        QFile file(dir.filePath(QString::number(i) + QStringLiteral(".jpg")));
        if (!file.open(QIODevice::WriteOnly) || file.write(captured[size_t(i) % captured.size()].jpeg) < 0)
            return 2;
    }

    agi::FrameView frameView;
    frameView.resize(viewSize);
    frameView.show();
    QCoreApplication::processEvents();
    agi::ImageDecoder decoder;
    const QSize target = frameView.viewportDeviceSize();

    const int moves = parser.value(QStringLiteral("moves")).toInt();
    std::vector<double> ms;
    ms.reserve(size_t(moves));
    QRandomGenerator random(15);
    QElapsedTimer timer;
    for (int move = 0; move < moves; ++move) {
        const int index = int(random.bounded(historyFrames));
        timer.start();
        QFile file(dir.filePath(QString::number(index) + QStringLiteral(".jpg")));
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        const QByteArray bytes = file.readAll();
        const agi::ImageHeader::Format format = agi::ImageHeader::sniff(bytes);
        const QSize source = agi::ImageHeader::readSize(bytes, format);
        QString error;
        QImage image = decoder.decode(bytes, format, source, agi::ImageDecoder::fittedSize(source, target), &error);
        if (image.isNull()) {
            std::fprintf(stderr, "frame %d: %s\n", index, qPrintable(error));
            return 2;
        }
        frameView.setImage(image);
        frameView.viewport()->repaint();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const double p95 = ms[ms.size() * 95 / 100];
    std::printf("scrubbing: %d moves over %d frames (%dx%d JPEG) to a %dx%d view: median %.2f ms, p95 %.2f ms, "
                "slowest %.2f ms (goal <= 30 ms)\n",
        moves, historyFrames, captured.front().size.width(), captured.front().size.height(), target.width(),
        target.height(), median, p95, ms.back());
    return median <= 30.0 ? 0 : 1;
}
