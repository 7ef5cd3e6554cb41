// The frame pipeline against its floor (a bare JPEG decode at the same size) and against the naive
// Qt pipeline, per frame captured from the emulator (tests/data/frames/*.json).
//   bench_frame_pipeline [--frames DIR] [Google Benchmark flags, e.g. --benchmark_filter=half]
#include "capturedframes.h"
#include "live/base64.h"
#include "live/framepipeline.h"
#include "live/imagedecoder.h"
#include "live/imageheader.h"
#include "live/screenshotpayload.h"
#include "runbenchmarks.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <vector>

namespace {

using agi::bench::CapturedFrame;

QSize sizeFor(const CapturedFrame &f, int divisor)
{
    return f.size / divisor;
}

void pipeline(benchmark::State &state, const CapturedFrame *f, int divisor)
{
    agi::FramePipeline p;
    const QSize target = sizeFor(*f, divisor);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto _ : state) {
        p.forgetPrevious(); // every iteration pays for the whole pipeline, hash included
        auto result = p.process(f->body, target, now);
        if (result.outcome != agi::FramePipeline::Outcome::Decoded)
            state.SkipWithError(qPrintable(result.error));
        benchmark::DoNotOptimize(result.frame.image.constBits());
    }
    state.SetBytesProcessed(state.iterations() * f->body.size());
}

void bareDecode(benchmark::State &state, const CapturedFrame *f, int divisor)
{
    agi::ImageDecoder decoder;
    const QSize fitted = agi::ImageDecoder::fittedSize(f->size, sizeFor(*f, divisor));
    for (auto _ : state) {
        QString error;
        QImage image = decoder.decode(f->jpeg, agi::ImageHeader::Format::Jpeg, f->size, fitted, &error);
        if (image.isNull())
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(image.constBits());
    }
}

// What Qt's scaled JPEG reader costs, to justify libturbojpeg (design.md: "use the faster one").
void qtReaderDecode(benchmark::State &state, const CapturedFrame *f, int divisor)
{
    for (auto _ : state) {
        QBuffer buffer;
        buffer.setData(f->jpeg);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "jpeg");
        if (divisor != 1)
            reader.setScaledSize(sizeFor(*f, divisor));
        QImage image = reader.read();
        if (image.isNull())
            state.SkipWithError("QImageReader failed");
        benchmark::DoNotOptimize(image.constBits());
    }
}

// The pipeline a Qt programmer writes first: a whole QJsonDocument, QStrings, fromBase64, loadFromData.
void naiveQt(benchmark::State &state, const CapturedFrame *f)
{
    for (auto _ : state) {
        const QJsonObject object = QJsonDocument::fromJson(f->body).object();
        QString shot = object.value(QLatin1String("screenshot")).toString();
        const qsizetype comma = shot.indexOf(QLatin1Char(','));
        if (shot.startsWith(QLatin1String("data:")) && comma > 0)
            shot.remove(0, comma + 1);
        QImage image;
        image.loadFromData(QByteArray::fromBase64(shot.toLatin1()));
        if (image.isNull())
            state.SkipWithError("loadFromData failed");
        benchmark::DoNotOptimize(image.constBits());
        benchmark::DoNotOptimize(object.value(QLatin1String("title")).toString().size());
    }
}

void base64Ours(benchmark::State &state, const CapturedFrame *f, agi::base64::Path path)
{
    const QByteArray text = f->jpeg.toBase64();
    QByteArray out(agi::base64::maxDecodedSize(text.size()), Qt::Uninitialized);
    for (auto _ : state) {
        auto r = agi::base64::decode(text.constData(), text.size(), out.data(), path);
        benchmark::DoNotOptimize(r.size);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

void base64Qt(benchmark::State &state, const CapturedFrame *f)
{
    const QByteArray text = f->jpeg.toBase64();
    for (auto _ : state) {
        QByteArray out = QByteArray::fromBase64(text);
        benchmark::DoNotOptimize(out.constData());
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

void scanAndHash(benchmark::State &state, const CapturedFrame *f)
{
    for (auto _ : state) {
        agi::ScreenshotPayload payload;
        QString error;
        const bool ok = payload.parse(f->body, &error);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(qHash(payload.base64(), size_t(0x9e3779b9)));
    }
    state.SetBytesProcessed(state.iterations() * f->body.size());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QString framesDir = QStringLiteral(AGI_TEST_DATA_DIR "/frames");
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (QByteArrayView(argv[i]) == QByteArrayView("--frames") && i + 1 < argc)
            framesDir = QString::fromLocal8Bit(argv[++i]);
        else
            args.push_back(argv[i]);
    }
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);

    const std::vector<CapturedFrame> frames = agi::bench::loadCapturedFrames(framesDir);
    if (frames.empty())
        return 1;
    for (const CapturedFrame &f : frames) {
        const std::string n = f.name + '/';
        benchmark::RegisterBenchmark((n + "pipeline/full").c_str(), pipeline, &f, 1);
        benchmark::RegisterBenchmark((n + "pipeline/half").c_str(), pipeline, &f, 2);
        benchmark::RegisterBenchmark((n + "bare_decode/full").c_str(), bareDecode, &f, 1);
        benchmark::RegisterBenchmark((n + "bare_decode/half").c_str(), bareDecode, &f, 2);
        benchmark::RegisterBenchmark((n + "qimagereader/full").c_str(), qtReaderDecode, &f, 1);
        benchmark::RegisterBenchmark((n + "qimagereader/half").c_str(), qtReaderDecode, &f, 2);
        benchmark::RegisterBenchmark((n + "naive_qt/full").c_str(), naiveQt, &f);
        benchmark::RegisterBenchmark((n + "part/scan_and_hash").c_str(), scanAndHash, &f);
        benchmark::RegisterBenchmark((n + "part/base64_qt").c_str(), base64Qt, &f);
        for (auto path : {agi::base64::Path::Scalar, agi::base64::Path::Ssse3, agi::base64::Path::Avx2}) {
            if (agi::base64::isSupported(path))
                benchmark::RegisterBenchmark(
                    (n + "part/base64_" + agi::base64::pathName(path)).c_str(), base64Ours, &f, path);
        }
    }

    return agi::bench::runRegisteredBenchmarks(args);
}
