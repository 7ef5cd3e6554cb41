// The frame pipeline at the sizes a frame is painted at (docs/performance.md, "Display sizes"):
// the whole pipeline, its power-of-two decode alone, the finishing resample (ours, ours without
// AVX2, and QImage's), and libturbojpeg alone at the cheapest of its scaling factors that covers
// the displayed size (the floor "a bare decode at the displayed size" is measured against); and
// the response fetched over HTTP from a local server with Qt's HTTP client as the application asks
// for it, alone and followed by the pipeline (process CPU: Qt's network thread included).
//   bench_display_size [--frames DIR] [--size WxH]... [Google Benchmark flags]
#include "api/apiclient.h"
#include "api/screenshotjob.h"
#include "bodyserver.h"
#include "capturedframes.h"
#include "live/base64.h"
#include "live/framepipeline.h"
#include "live/imagedecoder.h"
#include "live/imageheader.h"
#include "live/imageresampler.h"
#include "live/screenshotpayload.h"
#include "runbenchmarks.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <benchmark/benchmark.h>
#include <turbojpeg.h>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace {

using agi::bench::CapturedFrame;
using Kernels = agi::ImageResampler::Kernels;

std::string sizeName(QSize s)
{
    return std::to_string(s.width()) + 'x' + std::to_string(s.height());
}

// Of libjpeg's n/8 factors (up to 16/8), the one that covers `fitted` fastest on this frame.
tjscalingfactor cheapestCovering(const CapturedFrame &f, QSize fitted)
{
    tjhandle handle = tjInitDecompress();
    int count = 0;
    const tjscalingfactor *factors = tjGetScalingFactors(&count);
    tjscalingfactor best {1, 1};
    double bestSeconds = 1e9;
    for (int i = 0; i < count; ++i) {
        const int w = TJSCALED(f.size.width(), factors[i]);
        const int h = TJSCALED(f.size.height(), factors[i]);
        if (w < fitted.width() || h < fitted.height())
            continue;
        std::vector<unsigned char> out(size_t(w) * size_t(h) * 4);
        const auto *bytes = reinterpret_cast<const unsigned char *>(f.jpeg.constData());
        double seconds = 1e9;
        for (int round = 0; round < 5; ++round) {
            const clock_t start = std::clock();
            tjDecompress2(handle, bytes, f.jpeg.size(), out.data(), w, w * 4, h, TJPF_BGRX, 0);
            seconds = std::min(seconds, double(std::clock() - start) / CLOCKS_PER_SEC);
        }
        if (seconds < bestSeconds) {
            bestSeconds = seconds;
            best = factors[i];
        }
    }
    tjDestroy(handle);
    return best;
}

void pipeline(benchmark::State &state, const CapturedFrame *f, QSize target)
{
    agi::FramePipeline p;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto _ : state) {
        p.forgetPrevious();
        auto result = p.process(f->body, target, now);
        if (result.frame.image.size() != agi::ImageDecoder::fittedSize(f->size, target))
            state.SkipWithError("wrong size");
        benchmark::DoNotOptimize(result.frame.image.constBits());
    }
}

void bareTurbo(benchmark::State &state, const CapturedFrame *f, tjscalingfactor factor)
{
    tjhandle handle = tjInitDecompress();
    const int w = TJSCALED(f->size.width(), factor);
    const int h = TJSCALED(f->size.height(), factor);
    std::vector<unsigned char> out(size_t(w) * size_t(h) * 4);
    const auto *bytes = reinterpret_cast<const unsigned char *>(f->jpeg.constData());
    for (auto _ : state) {
        if (tjDecompress2(handle, bytes, f->jpeg.size(), out.data(), w, w * 4, h, TJPF_BGRX, 0) != 0)
            state.SkipWithError("tjDecompress2 failed");
        benchmark::DoNotOptimize(out.data());
    }
    state.SetLabel(std::to_string(factor.num) + '/' + std::to_string(factor.denom) + ' ' + sizeName({w, h}));
    tjDestroy(handle);
}

// Ours with row kernels up to `kernels` (the widest the CPU has by default), or QImage's smooth scaling.
void resample(benchmark::State &state, const CapturedFrame *f, QSize target, std::optional<Kernels> kernels)
{
    const QSize fitted = agi::ImageDecoder::fittedSize(f->size, target);
    const QSize decoded = agi::ImageDecoder::dctScaledSize(f->size, fitted);
    agi::ImageDecoder decoder;
    QString error;
    const QImage source = decoder.decode(f->jpeg, agi::ImageHeader::Format::Jpeg, f->size, decoded, &error);
    if (kernels)
        agi::ImageResampler::setKernelLimit(*kernels);
    for (auto _ : state) {
        const QImage out = kernels ? agi::ImageResampler::resampled(source, fitted)
                                   : source.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        benchmark::DoNotOptimize(out.constBits());
    }
    agi::ImageResampler::setKernelLimit(Kernels::Avx2);
    state.SetLabel(sizeName(decoded) + " -> " + sizeName(fitted));
}

// The filmstrip's thumbnail made from the frame as decoded for `target` (the decoding thread's extra
// work per new frame), fitted to `box`: the strip's 76x48 at scale 1, 152x96 at scale 2.
void thumbnail(benchmark::State &state, const CapturedFrame *f, QSize target, QSize box)
{
    const QSize fitted = agi::ImageDecoder::fittedSize(f->size, target);
    agi::ImageDecoder decoder;
    QString error;
    const QImage frame = decoder.decode(f->jpeg, agi::ImageHeader::Format::Jpeg, f->size, fitted, &error);
    box = agi::ImageDecoder::fittedSize(f->size, box);
    for (auto _ : state) {
        const QImage out = agi::ImageResampler::thumbnail(frame, box);
        benchmark::DoNotOptimize(out.constBits());
    }
    state.SetLabel(sizeName(fitted) + " -> " + sizeName(box));
}

// One screenshot response from the body server, requested as the frame poller requests it (the
// same headers, attributes and guards; never resent by Qt), then, with a target, the pipeline.
void fetch(benchmark::State &state, const agi::bench::BodyServer *server, int index, const CapturedFrame *f,
    std::optional<QSize> target)
{
    QNetworkAccessManager network;
    const agi::ApiClient::Recipe recipe {server->url(index), QByteArrayLiteral("bench-key")};
    agi::FramePipeline pipeline;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto _ : state) {
        const QNetworkRequest request
            = agi::ApiClient::makeRequest(recipe, recipe.baseUrl, agi::ScreenshotJob::TimeoutMs);
        QNetworkReply *reply = agi::ApiClient::sendWith(&network, QByteArrayLiteral("GET"), request, {},
            recipe.maxResponseBytes, nullptr, agi::ApiClient::Resend::Forbidden);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        delete reply;
        if (body.size() != f->body.size()) {
            state.SkipWithError("the body server answered something else");
            break;
        }
        if (target) {
            pipeline.forgetPrevious();
            const auto result = pipeline.process(body, *target, now);
            benchmark::DoNotOptimize(result.frame.image.constBits());
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QString framesDir = QStringLiteral(AGI_TEST_DATA_DIR "/frames");
    // The painted sizes measured in the running application (docs/performance.md): a 1280x800
    // frame in the default window at scale 1 and maximised at scale 2.
    std::vector<QSize> targets;
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == QByteArrayView("--frames") && i + 1 < argc) {
            framesDir = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == QByteArrayView("--size") && i + 1 < argc) {
            const QList<QByteArray> wh = QByteArray(argv[++i]).split('x');
            if (wh.size() == 2)
                targets.emplace_back(wh[0].toInt(), wh[1].toInt());
        } else {
            args.push_back(argv[i]);
        }
    }
    if (targets.empty())
        targets = {QSize(718, 448), QSize(1768, 1104)};
    int qtArgc = 1;
    if (args.size() == 3 && args[1] == QByteArrayView("--serve")) {
        QCoreApplication app(qtArgc, argv);
        return agi::bench::BodyServer::serve(QString::fromLocal8Bit(args[2]));
    }
    QGuiApplication app(qtArgc, argv);
    agi::bench::BodyServer server;
    QString error;
    if (!server.start(QCoreApplication::applicationFilePath(), framesDir, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    const std::vector<CapturedFrame> frames = agi::bench::loadCapturedFrames(framesDir);
    if (frames.empty())
        return 1;
    for (int index = 0; index < int(frames.size()); ++index) {
        const CapturedFrame &f = frames.at(size_t(index));
        benchmark::RegisterBenchmark((f.name + "/fetch").c_str(), fetch, &server, index, &f, std::nullopt)
            ->MeasureProcessCPUTime();
        for (const QSize target : targets) {
            const QSize fitted = agi::ImageDecoder::fittedSize(f.size, target);
            const QSize decoded = agi::ImageDecoder::dctScaledSize(f.size, fitted);
            const std::string n = f.name + '/' + sizeName(target) + '/';
            benchmark::RegisterBenchmark((n + "pipeline").c_str(), pipeline, &f, target);
            benchmark::RegisterBenchmark((n + "fetch_pipeline").c_str(), fetch, &server, index, &f, target)
                ->MeasureProcessCPUTime();
            const tjscalingfactor pow2 {1, f.size.width() / decoded.width()};
            benchmark::RegisterBenchmark((n + "decode_pow2").c_str(), bareTurbo, &f, pow2);
            benchmark::RegisterBenchmark(
                (n + "bare_turbo_displayed").c_str(), bareTurbo, &f, cheapestCovering(f, fitted));
            benchmark::RegisterBenchmark((n + "resample_ours").c_str(), resample, &f, target, Kernels::Avx2);
            benchmark::RegisterBenchmark((n + "resample_ssse3").c_str(), resample, &f, target, Kernels::Ssse3);
            benchmark::RegisterBenchmark((n + "resample_qt").c_str(), resample, &f, target, std::nullopt);
            benchmark::RegisterBenchmark((n + "thumbnail_1x").c_str(), thumbnail, &f, target, QSize(76, 48));
            benchmark::RegisterBenchmark((n + "thumbnail_2x").c_str(), thumbnail, &f, target, QSize(152, 96));
        }
    }

    return agi::bench::runRegisteredBenchmarks(args);
}
