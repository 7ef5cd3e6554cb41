#include "live/framedecoder.h"
#include "live/framepipeline.h"
#include "live/imagedecoder.h"
#include "live/imageresampler.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <turbojpeg.h>

using agi::Frame;
using agi::FrameDecoder;
using agi::FramePipeline;
using Outcome = agi::FramePipeline::Outcome;

namespace {

// Four solid quadrants and some text, so a scaled result can be checked by colour.
QImage testImage(QSize size = {1280, 800})
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    const int w = size.width() / 2, h = size.height() / 2;
    p.fillRect(0, 0, w, h, Qt::red);
    p.fillRect(w, 0, size.width() - w, h, Qt::green);
    p.fillRect(0, h, w, size.height() - h, Qt::blue);
    p.fillRect(w, h, size.width() - w, size.height() - h, Qt::white);
    p.drawText(10, 20, QStringLiteral("agi session monitor"));
    return image;
}

QByteArray encode(const QImage &image, const char *format, int quality = 75)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

QByteArray jsonBody(const QByteArray &screenshotValue, const QByteArray &extra = {})
{
    return QByteArrayLiteral("{\"url\": \"https://example.com/a\", \"title\": \"Example\", \"screenshot\": \"")
        + screenshotValue + QByteArrayLiteral("\"") + extra + QByteArrayLiteral("}");
}

QByteArray dataUrl(const QByteArray &imageBytes, const QByteArray &type = QByteArrayLiteral("image/jpeg"))
{
    return QByteArrayLiteral("data:") + type + QByteArrayLiteral(";base64,") + imageBytes.toBase64();
}

// `image` as a JPEG with the given chroma subsampling (TJSAMP_*), which QImage's writer does not choose.
QByteArray encodeJpeg(const QImage &image, int subsampling)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    tjhandle handle = tjInitCompress();
    unsigned char *out = nullptr;
    unsigned long size = 0;
    const int ok = tjCompress2(handle, rgb.constBits(), rgb.width(), int(rgb.bytesPerLine()), rgb.height(), TJPF_BGRX,
        &out, &size, subsampling, 90, 0);
    QByteArray bytes = ok == 0 ? QByteArray(reinterpret_cast<const char *>(out), qsizetype(size)) : QByteArray();
    tjFree(out);
    tjDestroy(handle);
    return bytes;
}

// The mean difference per channel between two images of the same size.
double meanDifference(const QImage &a, const QImage &b)
{
    qint64 total = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            total += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q));
        }
    }
    return double(total) / (3.0 * a.width() * a.height());
}

bool near(QRgb a, QColor b)
{
    return qAbs(qRed(a) - b.red()) < 24 && qAbs(qGreen(a) - b.green()) < 24 && qAbs(qBlue(a) - b.blue()) < 24;
}

void verifyQuadrants(const QImage &image)
{
    const int w = image.width(), h = image.height();
    QVERIFY(near(image.pixel(w / 4, h / 4 + h / 8), Qt::red));
    QVERIFY(near(image.pixel(3 * w / 4, h / 4), Qt::green));
    QVERIFY(near(image.pixel(w / 4, 3 * h / 4), Qt::blue));
    QVERIFY(near(image.pixel(3 * w / 4, 3 * h / 4), Qt::white));
}

// Replaces the size in a JPEG's first SOF segment.
//! A PNG whose header claims `width` x `height` (its IHDR checksum no longer matches: the size is
//! refused before any decoding).
QByteArray patchPngSize(QByteArray png, quint32 width, quint32 height)
{
    for (int i = 0; i < 4; ++i) {
        png[16 + i] = char((width >> (24 - 8 * i)) & 0xff);
        png[20 + i] = char((height >> (24 - 8 * i)) & 0xff);
    }
    return png;
}

QByteArray patchJpegSize(QByteArray jpeg, quint16 width, quint16 height)
{
    for (qsizetype i = 2; i + 9 < jpeg.size(); ++i) {
        const auto m = uchar(jpeg.at(i + 1));
        if (uchar(jpeg.at(i)) == 0xff && (m == 0xc0 || m == 0xc2)) {
            jpeg[i + 5] = char(height >> 8);
            jpeg[i + 6] = char(height & 0xff);
            jpeg[i + 7] = char(width >> 8);
            jpeg[i + 8] = char(width & 0xff);
            return jpeg;
        }
    }
    return {};
}

} // namespace

class TestFrameDecoder final : public QObject
{
    Q_OBJECT

private:
    QByteArray m_jpeg = encode(testImage(), "JPEG");
    FramePipeline m_pipeline;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

    FramePipeline::Result run(const QByteArray &body, QSize target = {})
    {
        m_pipeline.forgetPrevious();
        return m_pipeline.process(body, target, m_now);
    }

private Q_SLOTS:
    void decodesAtFullAndReducedSizes_data()
    {
        QTest::addColumn<QSize>("target");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("no target: source size") << QSize() << QSize(1280, 800);
        QTest::newRow("full") << QSize(1280, 800) << QSize(1280, 800);
        QTest::newRow("half") << QSize(640, 400) << QSize(640, 400);
        QTest::newRow("quarter") << QSize(320, 200) << QSize(320, 200);
        QTest::newRow("odd box, width bound") << QSize(700, 600) << QSize(700, 437);
        QTest::newRow("odd box, height bound") << QSize(1000, 333) << QSize(532, 333);
        QTest::newRow("larger pane at scale 2: enlarged") << QSize(2560, 1600) << QSize(2560, 1600);
        QTest::newRow("larger odd box: fitted, enlarged") << QSize(1768, 1104) << QSize(1766, 1104);
        QTest::newRow("wider than the source, lower") << QSize(4000, 500) << QSize(800, 500);
        QTest::newRow("default window at scale 1") << QSize(718, 448) << QSize(716, 448);
        QTest::newRow("between 1/4 and 1/2") << QSize(500, 400) << QSize(500, 312);
        QTest::newRow("tiny") << QSize(16, 16) << QSize(16, 10);
    }

    void decodesAtFullAndReducedSizes()
    {
        QFETCH(QSize, target);
        QFETCH(QSize, expected);
        const auto r = run(jsonBody(dataUrl(m_jpeg)), target);
        QCOMPARE(r.error, QString());
        QCOMPARE(r.outcome, Outcome::Decoded);
        QCOMPARE(r.frame.image.size(), expected);
        QCOMPARE(r.frame.sourceSize, QSize(1280, 800));
        QCOMPARE(r.frame.url, QUrl(QStringLiteral("https://example.com/a")));
        QCOMPARE(r.frame.title, QStringLiteral("Example"));
        QCOMPARE(r.frame.capturedAt, m_now);
        // The server's bytes travel with the frame, whatever size it is shown at.
        QCOMPARE(r.frame.encoded, m_jpeg);
        QCOMPARE(r.frame.encodedFormat, QByteArrayLiteral("jpeg"));
        if (expected.width() >= 64)
            verifyQuadrants(r.frame.image);
    }

    // libjpeg-turbo's SIMD covers only 1/1, 1/2, 1/4 and 1/8: the other n/8 scales cost more than
    // a full decode, so the decode stops at the power of two at or above the painted size.
    void decodesAtThePowerOfTwoScaleAtOrAboveTheTarget_data()
    {
        QTest::addColumn<QSize>("fitted");
        QTest::addColumn<QSize>("decoded");
        QTest::newRow("exact full") << QSize(1280, 800) << QSize(1280, 800);
        QTest::newRow("5/8 would do: 1/1") << QSize(800, 500) << QSize(1280, 800);
        QTest::newRow("just above half: 1/1") << QSize(641, 400) << QSize(1280, 800);
        QTest::newRow("exact half") << QSize(640, 400) << QSize(640, 400);
        QTest::newRow("below half: 1/2") << QSize(500, 312) << QSize(640, 400);
        QTest::newRow("exact quarter") << QSize(320, 200) << QSize(320, 200);
        QTest::newRow("below an eighth: 1/8") << QSize(16, 10) << QSize(160, 100);
        QTest::newRow("enlarged: 1/1") << QSize(1766, 1104) << QSize(1280, 800);
    }

    void decodesAtThePowerOfTwoScaleAtOrAboveTheTarget()
    {
        QFETCH(QSize, fitted);
        QFETCH(QSize, decoded);
        QCOMPARE(agi::ImageDecoder::dctScaledSize(QSize(1280, 800), fitted), decoded);
        // libjpeg rounds scaled sizes up.
        QCOMPARE(agi::ImageDecoder::dctScaledSize(QSize(1281, 801), QSize(320, 200)), QSize(321, 201));
    }

    // The finishing step: exact size, colours where they were, close to QImage's smooth scaling.
    void resamplesToTheExactSize_data()
    {
        QTest::addColumn<QSize>("from");
        QTest::addColumn<QSize>("to");
        QTest::newRow("down to 0.56, vector span 4") << QSize(1280, 800) << QSize(716, 448);
        QTest::newRow("down to 0.99, vector span 2") << QSize(1280, 800) << QSize(1272, 795);
        QTest::newRow("up to 1.38, vector span 2") << QSize(1280, 800) << QSize(1766, 1104);
        QTest::newRow("down across, up along") << QSize(640, 400) << QSize(500, 600);
        QTest::newRow("rows only") << QSize(640, 400) << QSize(640, 300);
        QTest::newRow("columns only") << QSize(640, 400) << QSize(1000, 400);
        QTest::newRow("far down: scalar taps") << QSize(1280, 800) << QSize(100, 62);
        QTest::newRow("odd widths, scalar tail") << QSize(331, 207) << QSize(223, 141);
        QTest::newRow("tiny source") << QSize(3, 2) << QSize(7, 5);
    }

    void resamplesToTheExactSize()
    {
        QFETCH(QSize, from);
        QFETCH(QSize, to);
        // A smooth photograph-like gradient plus the quadrants: a sum of weights off by one shows.
        QImage source = testImage(from);
        for (int y = 0; y < from.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(source.scanLine(y));
            for (int x = 0; x < from.width() / 8; ++x)
                line[x] = qRgb(x * 255 / std::max(1, from.width() / 8), y * 255 / from.height(), 128);
        }
        source.setDevicePixelRatio(2);
        const QImage out = agi::ImageResampler::resampled(source, to);
        QCOMPARE(out.size(), to);
        QCOMPARE(out.format(), source.format());
        QCOMPARE(out.devicePixelRatio(), 2.0);
        if (to.width() >= 64)
            verifyQuadrants(out);

        const QImage reference = source.scaled(to, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        qint64 total = 0;
        for (int y = 0; y < to.height(); ++y) {
            for (int x = 0; x < to.width(); ++x) {
                const QRgb a = out.pixel(x, y);
                const QRgb b = reference.pixel(x, y);
                QCOMPARE(qAlpha(a), 255);
                total += qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b)) + qAbs(qBlue(a) - qBlue(b));
            }
        }
        const double mean = double(total) / (3.0 * to.width() * to.height());
        QVERIFY2(mean < 4, qPrintable(QStringLiteral("mean difference to QImage::scaled: %1").arg(mean)));
    }

    // The vector kernels compute what the scalar one does, to the bit, at every span they take.
    void everyKernelGivesTheSamePixels_data() { resamplesToTheExactSize_data(); }

    void everyKernelGivesTheSamePixels()
    {
        QFETCH(QSize, from);
        QFETCH(QSize, to);
        // Noise, so that every output weighs different values and a rounding difference shows.
        QImage source(from, QImage::Format_RGB32);
        quint32 state = 12345;
        for (int y = 0; y < from.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(source.scanLine(y));
            for (int x = 0; x < from.width(); ++x) {
                state = state * 1664525u + 1013904223u;
                line[x] = 0xff000000u | (state >> 8);
            }
        }
        const auto resampledWith = [&](agi::ImageResampler::Kernels limit) {
            agi::ImageResampler::setKernelLimit(limit);
            return agi::ImageResampler::resampled(source, to);
        };
        const QImage scalar = resampledWith(agi::ImageResampler::Kernels::Scalar);
        const QImage ssse3 = resampledWith(agi::ImageResampler::Kernels::Ssse3);
        const QImage avx2 = resampledWith(agi::ImageResampler::Kernels::Avx2);
        QCOMPARE(ssse3, scalar);
        QCOMPARE(avx2, scalar);
    }

    // The plane kernel (a JPEG's Y, Cb or Cr, a byte per pixel) too.
    void everyPlaneKernelGivesTheSamePixels_data() { resamplesToTheExactSize_data(); }

    void everyPlaneKernelGivesTheSamePixels()
    {
        QFETCH(QSize, from);
        QFETCH(QSize, to);
        // Rows wider than the pixels, as libjpeg's planes may be.
        const int stride = from.width() + 5;
        std::vector<uchar> plane(size_t(stride) * size_t(from.height()));
        quint32 state = 777;
        for (uchar &byte : plane) {
            state = state * 1664525u + 1013904223u;
            byte = uchar(state >> 24);
        }
        const auto resampledWith = [&](agi::ImageResampler::Kernels limit) {
            agi::ImageResampler::setKernelLimit(limit);
            std::vector<uchar> out(size_t(to.width()) * size_t(to.height()));
            const bool done
                = agi::ImageResampler::resamplePlane(plane.data(), stride, from, out.data(), to.width(), to);
            return done ? out : std::vector<uchar>();
        };
        const std::vector<uchar> scalar = resampledWith(agi::ImageResampler::Kernels::Scalar);
        const std::vector<uchar> ssse3 = resampledWith(agi::ImageResampler::Kernels::Ssse3);
        agi::ImageResampler::setKernelLimit(agi::ImageResampler::Kernels::Avx2);
        QVERIFY(!scalar.empty());
        QVERIFY(ssse3 == scalar);

        // And a flat plane stays flat: the weights of every output sum to one.
        std::fill(plane.begin(), plane.end(), uchar(201));
        for (const uchar byte : resampledWith(agi::ImageResampler::Kernels::Avx2))
            QCOMPARE(int(byte), 201);
    }

    // A colour JPEG that has to be resampled is decoded to its planes, which are resampled before
    // the colours are converted: the picture must be the one the whole frame, resampled, shows.
    void planesShowWhatTheFrameResampledShows_data()
    {
        QTest::addColumn<int>("subsampling");
        QTest::addColumn<QSize>("source");
        QTest::addColumn<QSize>("fitted");
        const struct
        {
            const char *name;
            int value;
        } samplings[] = {{"4:2:0", TJSAMP_420}, {"4:2:2", TJSAMP_422}, {"4:4:4", TJSAMP_444}, {"4:4:0", TJSAMP_440},
            {"grey", TJSAMP_GRAY}};
        for (const auto &sampling : samplings) {
            QTest::addRow("%s at scale 1", sampling.name) << sampling.value << QSize(1280, 800) << QSize(358, 224);
            QTest::addRow("%s at scale 2", sampling.name) << sampling.value << QSize(1280, 800) << QSize(1272, 795);
            QTest::addRow("%s enlarged", sampling.name) << sampling.value << QSize(1280, 800) << QSize(1766, 1104);
            QTest::addRow("%s odd sizes", sampling.name) << sampling.value << QSize(1281, 803) << QSize(357, 223);
            // Beyond what the plane resampler takes after libjpeg's 1/8: decoded the other way.
            QTest::addRow("%s tiny", sampling.name) << sampling.value << QSize(1280, 800) << QSize(8, 5);
        }
    }

    void planesShowWhatTheFrameResampledShows()
    {
        QFETCH(int, subsampling);
        QFETCH(QSize, source);
        QFETCH(QSize, fitted);
        QImage picture = testImage(source);
        if (subsampling == TJSAMP_GRAY)
            picture = picture.convertToFormat(QImage::Format_Grayscale8);
        const QByteArray jpeg = encodeJpeg(picture, subsampling);
        QVERIFY(!jpeg.isEmpty());

        agi::ImageDecoder decoder;
        QString error;
        const QImage whole = decoder.decode(jpeg, agi::ImageHeader::Format::Jpeg, source, source, &error);
        QVERIFY2(!whole.isNull(), qPrintable(error));
        const QImage reference = agi::ImageResampler::resampled(whole, fitted);
        const QImage out = decoder.decode(jpeg, agi::ImageHeader::Format::Jpeg, source, fitted, &error);
        QVERIFY2(!out.isNull(), qPrintable(error));
        QCOMPARE(out.size(), fitted);
        QCOMPARE(out.format(), QImage::Format_RGB32);
        if (subsampling != TJSAMP_GRAY)
            verifyQuadrants(out);
        // Colour is resampled at its own resolution, so the edges between the quadrants differ a
        // little; a plane misplaced, swapped or scaled wrong differs everywhere.
        const double mean = meanDifference(out, reference);
        QVERIFY2(mean < 2, qPrintable(QStringLiteral("mean difference to the resampled frame: %1").arg(mean)));
    }

    void resamplingKeepsFlatColoursAndTheSameSize()
    {
        QImage flat(QSize(97, 61), QImage::Format_ARGB32_Premultiplied);
        flat.fill(qRgba(10, 200, 255, 255));
        for (const QSize to : {QSize(50, 31), QSize(200, 130), QSize(97, 30)}) {
            const QImage out = agi::ImageResampler::resampled(flat, to);
            for (int y = 0; y < to.height(); ++y) {
                for (int x = 0; x < to.width(); ++x)
                    QCOMPARE(out.pixel(x, y), flat.pixel(0, 0));
            }
        }
        // A thumbnail (halved, then resampled) keeps the colour and gets the size asked for.
        const QImage small = agi::ImageResampler::thumbnail(flat, {20, 12});
        QCOMPARE(small.size(), QSize(20, 12));
        for (int y = 0; y < small.height(); ++y) {
            for (int x = 0; x < small.width(); ++x)
                QCOMPARE(small.pixel(x, y), flat.pixel(0, 0));
        }
        // Nothing to do: the same image, not a copy.
        QCOMPARE(agi::ImageResampler::resampled(flat, flat.size()).cacheKey(), flat.cacheKey());
    }

    void decodedImageCarriesTheDevicePixelRatio()
    {
        FramePipeline pipeline;
        const QByteArray body = jsonBody(dataUrl(m_jpeg));
        auto r = pipeline.process(body, {1768, 1104}, m_now, 2.0);
        QCOMPARE(r.outcome, Outcome::Decoded);
        QCOMPARE(r.frame.image.size(), QSize(1766, 1104));
        QCOMPARE(r.frame.image.devicePixelRatio(), 2.0);
        QCOMPARE(r.frame.image.deviceIndependentSize(), QSizeF(883, 552));
        verifyQuadrants(r.frame.image);
        // Another ratio needs another image even for the same bytes and box.
        QCOMPARE(pipeline.process(body, {1768, 1104}, m_now, 2.0).outcome, Outcome::Unchanged);
        r = pipeline.process(body, {1768, 1104}, m_now, 1.0);
        QCOMPARE(r.outcome, Outcome::Decoded);
        QCOMPARE(r.frame.image.devicePixelRatio(), 1.0);
    }

    void thumbnailIsMadeWithTheFrameOnlyWhenAsked()
    {
        FramePipeline pipeline;
        const QByteArray body = jsonBody(dataUrl(m_jpeg));
        auto r = pipeline.process(body, {800, 500}, m_now, 2.0);
        QCOMPARE(r.outcome, Outcome::Decoded);
        QVERIFY(r.frame.thumbnail.isNull());

        pipeline.setThumbnailBox({152, 96});
        pipeline.forgetPrevious();
        r = pipeline.process(body, {800, 500}, m_now, 2.0);
        QCOMPARE(r.outcome, Outcome::Decoded);
        // Fitted to the box as the filmstrip fits it, at the frame's pixel ratio, the same picture.
        QCOMPARE(r.frame.thumbnail.size(), agi::ImageDecoder::fittedSize(testImage().size(), {152, 96}));
        QCOMPARE(r.frame.thumbnail.devicePixelRatio(), 2.0);
        verifyQuadrants(r.frame.thumbnail);

        // Not larger than the frame it is made from: a thumbnail box above the view's size is left
        // to whoever asked (the frame is the better source then).
        pipeline.forgetPrevious();
        r = pipeline.process(body, {100, 62}, m_now, 1.0);
        QCOMPARE(r.outcome, Outcome::Decoded);
        QVERIFY(r.frame.thumbnail.isNull());
    }

    void refusesATargetBeyondTheLimits()
    {
        FramePipeline pipeline;
        pipeline.setLimits({2000, 2000, qint64(2000) * 2000 * 4});
        // The source is within the limits, an enlargement to 4000x2500 is not: the source size.
        const auto r = pipeline.process(jsonBody(dataUrl(m_jpeg)), {4000, 4000}, m_now);
        QCOMPARE(r.outcome, Outcome::Decoded);
        QCOMPARE(r.frame.image.size(), QSize(1280, 800));
    }

    void acceptsBareBase64AndPng()
    {
        auto r = run(jsonBody(m_jpeg.toBase64()), {640, 400});
        QCOMPARE(r.outcome, Outcome::Decoded);
        verifyQuadrants(r.frame.image);

        const QByteArray png = encode(testImage({400, 300}), "PNG");
        r = run(jsonBody(png.toBase64()), {200, 200});
        QCOMPARE(r.error, QString());
        QCOMPARE(r.frame.image.size(), QSize(200, 150));
        QCOMPARE(r.frame.sourceSize, QSize(400, 300));
        QCOMPARE(r.frame.encoded, png);
        QCOMPARE(r.frame.encodedFormat, QByteArrayLiteral("png"));
        verifyQuadrants(r.frame.image);

        // The data URL's media type is not trusted: the magic bytes decide.
        r = run(jsonBody(dataUrl(png, QByteArrayLiteral("image/jpeg"))));
        QCOMPARE(r.outcome, Outcome::Decoded);
        QCOMPARE(r.frame.image.size(), QSize(400, 300));
    }

    void acceptsEscapedSlashesAndSpacing()
    {
        QByteArray escaped = dataUrl(m_jpeg);
        QVERIFY(escaped.contains('/'));
        escaped.replace("/", "\\/");
        auto r = run(jsonBody(escaped), {640, 400});
        QCOMPARE(r.error, QString());
        QCOMPARE(r.frame.image.size(), QSize(640, 400));

        const QByteArray spaced = QByteArrayLiteral("\r\n {\n\t\"screenshot\" :\t\"") + m_jpeg.toBase64()
            + QByteArrayLiteral("\" ,\n \"extra\": [1, -2.5e3, {\"a\": null}, true, false, \"x\\\"y\"] } \n");
        r = run(spaced);
        QCOMPARE(r.error, QString());
        QCOMPARE(r.outcome, Outcome::Decoded);
        QVERIFY(r.frame.url.isEmpty());
    }

    void unescapesUrlAndTitle()
    {
        const QByteArray body
            = QByteArrayLiteral("{\"title\": \"<b>Tom &amp; \\\"Jerry\\\"</b> caf\\u00e9 \\ud83d\\ude00 \\\\ "
                                "\\/ \\t end\", \"url\": \"https:\\/\\/example.com\\/search?q=a%20b&x=\\u00fc\", "
                                "\"screenshot\": \"")
            + m_jpeg.toBase64() + QByteArrayLiteral("\"}");
        const auto r = run(body);
        QCOMPARE(r.error, QString());
        QCOMPARE(r.frame.title, QString::fromUtf8("<b>Tom &amp; \"Jerry\"</b> café \xF0\x9F\x98\x80 \\ / \t end"));
        QCOMPARE(r.frame.url.host(), QStringLiteral("example.com"));
        QCOMPARE(r.frame.url.path(), QStringLiteral("/search"));
        QCOMPARE(r.frame.url.query(QUrl::FullyDecoded), QString::fromUtf8("q=a b&x=ü"));
    }

    void reportsWhyAFrameIsUnusable_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        const QByteArray b64 = m_jpeg.toBase64();
        const QByteArray good = jsonBody(b64);
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("malformed JSON");
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("malformed JSON");
        QTest::newRow("no closing brace") << good.chopped(1) << QStringLiteral("malformed JSON");
        QTest::newRow("trailing garbage") << good + QByteArrayLiteral("x") << QStringLiteral("malformed JSON");
        QTest::newRow("html error page") << QByteArrayLiteral("<html>502 Bad Gateway</html>")
                                         << QStringLiteral("malformed JSON");
        QTest::newRow("array") << QByteArrayLiteral("[\"screenshot\"]") << QStringLiteral("malformed JSON");
        QTest::newRow("missing comma") << QByteArrayLiteral("{\"url\": \"a\" \"screenshot\": \"QQ==\"}")
                                       << QStringLiteral("malformed JSON");
        QTest::newRow("bad escape in title")
            << QByteArrayLiteral("{\"title\": \"\\x\", \"screenshot\": \"QQ==\"}") << QStringLiteral("malformed JSON");
        QTest::newRow("no screenshot") << QByteArrayLiteral("{\"url\": \"https://a\", \"title\": \"t\"}")
                                       << QStringLiteral("no screenshot in the response");
        QTest::newRow("null screenshot") << QByteArrayLiteral("{\"screenshot\": null}")
                                         << QStringLiteral("no screenshot in the response");
        QTest::newRow("numeric screenshot")
            << QByteArrayLiteral("{\"screenshot\": 42}") << QStringLiteral("the screenshot is not a string");
        QTest::newRow("empty screenshot") << jsonBody({}) << QStringLiteral("the screenshot is empty");
        QTest::newRow("data URL without base64") << jsonBody(QByteArrayLiteral("data:image/jpeg,abc"))
                                                 << QStringLiteral("the screenshot is not a base64 data URL");
        QByteArray badChar = b64;
        badChar[1000] = '*';
        QTest::newRow("bad base64") << jsonBody(badChar) << QStringLiteral("bad base64 at offset 1000");
        QTest::newRow("bad base64 in data URL") << jsonBody(QByteArrayLiteral("data:image/jpeg;base64,") + badChar)
                                                << QStringLiteral("bad base64 at offset 1000");
        QTest::newRow("not an image") << jsonBody(QByteArrayLiteral("GIF89a and more bytes").toBase64())
                                      << QStringLiteral("not a JPEG or PNG image");
        QTest::newRow("huge dimensions") << jsonBody(patchJpegSize(m_jpeg, 60000, 60000).toBase64())
                                         << QStringLiteral("image too large: 60000x60000 pixels");
        QTest::newRow("over the memory limit") << jsonBody(patchJpegSize(m_jpeg, 8192, 8193).toBase64())
                                               << QStringLiteral("image too large: 8192x8193 pixels");
        const QByteArray png = encode(testImage({64, 40}), "PNG");
        QTest::newRow("png decoded whole: 8192x8192")
            << jsonBody(patchPngSize(png, 8192, 8192).toBase64())
            << QStringLiteral("image too large: 8192x8192 pixels (a PNG frame is decoded whole; at most 16 million "
                              "pixels)");
        QTest::newRow("jpeg header only")
            << jsonBody(m_jpeg.left(4).toBase64()) << QStringLiteral("corrupt image: no readable size in its header");
    }

    void reportsWhyAFrameIsUnusable()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const auto r = run(body, {640, 400});
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.error, reason);
        QVERIFY(r.frame.image.isNull());
    }

    void refusesACorruptJpegBody()
    {
        // Keep the headers, damage the entropy-coded data after them.
        QByteArray broken = m_jpeg;
        const qsizetype sos = broken.indexOf("\xff\xda");
        QVERIFY(sos > 0);
        for (qsizetype i = sos + 200; i < broken.size() - 2; i += 97)
            broken[i] = char(0xff);
        broken.truncate(broken.size() * 2 / 3);
        const auto r = run(jsonBody(broken.toBase64()), {640, 400});
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.error.startsWith(QStringLiteral("corrupt image")), qPrintable(r.error));
    }

    void skipsDecodingWhenTheBytesRepeat()
    {
        FramePipeline pipeline;
        const QByteArray body = jsonBody(dataUrl(m_jpeg));
        auto r = pipeline.process(body, {640, 400}, m_now);
        QCOMPARE(r.outcome, Outcome::Decoded);

        const QByteArray sameImageNewPage = QByteArrayLiteral("{\"screenshot\": \"") + dataUrl(m_jpeg)
            + QByteArrayLiteral("\", \"url\": \"https://example.com/b\", \"title\": \"B\"}");
        const QDateTime later = m_now.addSecs(2);
        r = pipeline.process(sameImageNewPage, {640, 400}, later);
        QCOMPARE(r.outcome, Outcome::Unchanged);
        QVERIFY(r.frame.image.isNull());
        QCOMPARE(r.frame.title, QStringLiteral("B"));
        QCOMPARE(r.frame.url, QUrl(QStringLiteral("https://example.com/b")));
        QCOMPARE(r.frame.capturedAt, later);
        QCOMPARE(r.frame.sourceSize, QSize(1280, 800));

        // A new pane size needs new pixels even for the same bytes.
        r = pipeline.process(body, {320, 200}, later);
        QCOMPARE(r.outcome, Outcome::Decoded);
        QCOMPARE(r.frame.image.size(), QSize(320, 200));

        // A failed frame in between does not make the last good one look new.
        QCOMPARE(pipeline.process(jsonBody(QByteArrayLiteral("!!!!")), {320, 200}, later).outcome, Outcome::Failed);
        QCOMPARE(pipeline.process(body, {320, 200}, later).outcome, Outcome::Unchanged);

        const QByteArray other = encode(testImage().mirrored(true, false), "JPEG");
        QCOMPARE(pipeline.process(jsonBody(dataUrl(other)), {320, 200}, later).outcome, Outcome::Decoded);
    }

    void reusesAFramesPixelsOnlyOnceNothingElseHoldsIt_data()
    {
        QTest::addColumn<QSize>("target");
        QTest::newRow("decoded at the size shown") << QSize(640, 400); // libjpeg's 1/2 scale
        QTest::newRow("resampled to the size shown") << QSize(704, 440);
    }

    void reusesAFramesPixelsOnlyOnceNothingElseHoldsIt()
    {
        QFETCH(QSize, target);
        FramePipeline pipeline;
        const QByteArray first = jsonBody(dataUrl(m_jpeg));
        const QByteArray second = jsonBody(dataUrl(encode(testImage().mirrored(true, false), "JPEG")));

        auto shown = pipeline.process(first, target, m_now);
        QCOMPARE(shown.outcome, Outcome::Decoded);
        const QImage pixels = shown.frame.image.copy();
        // While the first frame is held (shown, queued...), the next one never writes into it.
        for (const QByteArray &body : {second, first, second}) {
            const auto next = pipeline.process(body, target, m_now);
            QCOMPARE(next.outcome, Outcome::Decoded);
            QVERIFY(next.frame.image.constBits() != shown.frame.image.constBits());
        }
        QCOMPARE(shown.frame.image, pixels);
        verifyQuadrants(shown.frame.image);

        // Once let go, its buffer is decoded into again instead of a new one.
        const uchar *const released = shown.frame.image.constBits();
        shown = {};
        auto again = pipeline.process(first, target, m_now);
        QCOMPARE(again.outcome, Outcome::Decoded);
        QCOMPARE(again.frame.image.size(), target);
        QVERIFY(again.frame.image.constBits() != nullptr);
        const auto later = pipeline.process(second, target, m_now);
        QVERIFY(later.frame.image.constBits() == released || again.frame.image.constBits() == released);
        verifyQuadrants(again.frame.image);
        QCOMPARE(again.frame.image.pixel(4, 4), pixels.pixel(4, 4)); // not overwritten by `later`
    }

    void decodesCapturedEmulatorFrames()
    {
        const QDir dir(QStringLiteral(AGI_TEST_DATA_DIR "/frames"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("no captured frames in tests/data/frames");
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray body = file.readAll();
            for (const QSize target : {QSize(), QSize(640, 400)}) {
                const auto r = run(body, target);
                QVERIFY2(r.outcome == Outcome::Decoded, qPrintable(name + QStringLiteral(": ") + r.error));
                QVERIFY(!r.frame.sourceSize.isEmpty());
                QCOMPARE(r.frame.image.size(), agi::ImageDecoder::fittedSize(r.frame.sourceSize, target));
                QVERIFY(r.frame.url.isValid());
                QVERIFY(!r.frame.title.isEmpty());
            }
        }
    }

    // The threaded facade: results arrive in the caller's thread, stale ones never do.
    void decoderDeliversOnlyTheNewestResult()
    {
        FrameDecoder decoder;
        QSignalSpy decoded(&decoder, &FrameDecoder::decoded);
        QSignalSpy failed(&decoder, &FrameDecoder::failed);
        decoder.decode(jsonBody(dataUrl(m_jpeg)), {640, 400}, 1);
        decoder.decode(jsonBody(dataUrl(encode(testImage({800, 600}), "JPEG"))), {640, 400}, 2);
        QVERIFY(decoded.wait(10000));
        QCOMPARE(decoded.size(), 1);
        QCOMPARE(decoded.at(0).at(0).value<quint64>(), quint64(2));
        const auto frame = decoded.at(0).at(1).value<Frame>();
        QCOMPARE(frame.sourceSize, QSize(800, 600));
        QCOMPARE(frame.image.size(), QSize(533, 400));
        QCOMPARE(frame.image.devicePixelRatio(), 1.0);

        decoder.decode(jsonBody(QByteArrayLiteral("data:image/png;base64,AAAA")), {640, 400}, 3);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<quint64>(), quint64(3));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("not a JPEG or PNG image"));
        QCOMPARE(decoded.size(), 1);
    }

    void decoderReportsUnchangedFrames()
    {
        FrameDecoder decoder;
        QSignalSpy decoded(&decoder, &FrameDecoder::decoded);
        QSignalSpy unchanged(&decoder, &FrameDecoder::unchanged);
        const QByteArray body = jsonBody(dataUrl(m_jpeg));
        decoder.decode(body, {640, 400}, 1);
        QVERIFY(decoded.wait(10000));
        decoder.decode(body, {640, 400}, 2);
        QVERIFY(unchanged.wait(10000));
        QCOMPARE(unchanged.at(0).at(0).value<quint64>(), quint64(2));
        decoder.forgetPrevious();
        decoder.decode(body, {640, 400}, 3);
        QVERIFY(decoded.wait(10000));
        QCOMPARE(decoded.size(), 2);
    }
};

QTEST_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
