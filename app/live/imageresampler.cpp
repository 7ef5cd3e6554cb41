#include "live/imageresampler.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define AGI_RESAMPLE_X86 1
#endif

namespace agi {

namespace {

// Fixed-point weights: 6 bits across a row so that they fit pmaddubsw's signed bytes (a weight of
// 1.0 is 64, and 255 * 64 still fits its 16-bit sums); 8 bits down a column, summed in 16 bits.
constexpr int RowBits = 6;
constexpr int ColumnBits = 8;

// Which source pixels make one output pixel along one axis, and with what weights.
struct Taps
{
    int span = 0;                // weights per output; the same for all outputs
    std::vector<int> first;      // first source index per output; first + span <= source length
    std::vector<qint16> weights; // span per output, summing to 1 << bits
};

// Box filter down (every source pixel counts once, as area averaging does), triangle (bilinear)
// up. `vectorSpan` pads the window to the 2 or 4 pixels a vector kernel loads: a window of 1 to 2,
// as in bilinear enlarging and in reductions by less than a half, or of 3 to 4.
Taps computeTaps(int from, int to, int bits, bool vectorSpan)
{
    const double scale = double(to) / from;
    const int one = 1 << bits;
    std::vector<std::vector<std::pair<int, double>>> raw(static_cast<size_t>(to));
    int span = vectorSpan ? 2 : 1;
    for (int i = 0; i < to; ++i) {
        auto &taps = raw[size_t(i)];
        const auto add = [&](int index, double weight) {
            index = std::clamp(index, 0, from - 1);
            if (!taps.empty() && taps.back().first == index)
                taps.back().second += weight;
            else
                taps.emplace_back(index, weight);
        };
        if (scale >= 1) {
            const double centre = (i + 0.5) / scale - 0.5;
            const int left = int(std::floor(centre));
            const double fraction = centre - left;
            add(left, 1 - fraction);
            add(left + 1, fraction);
        } else {
            const double begin = i / scale;
            const double end = std::min(double(from), (i + 1) / scale);
            for (int j = int(begin); j < end; ++j) {
                const double weight = (std::min(end, j + 1.0) - std::max(begin, double(j))) * scale;
                if (weight > 1e-9) // not a rounding error's sliver of the next pixel
                    add(j, weight);
            }
        }
        span = std::max(span, taps.back().first - taps.front().first + 1);
    }
    if (vectorSpan && span == 3)
        span = 4;
    span = std::min(span, std::max(from, 1));

    Taps result;
    result.span = span;
    result.first.resize(size_t(to));
    result.weights.assign(size_t(to) * size_t(span), 0);
    for (int i = 0; i < to; ++i) {
        const auto &taps = raw[size_t(i)];
        const int first = std::max(0, std::min(taps.front().first, from - span));
        qint16 *w = &result.weights[size_t(i) * size_t(span)];
        int sum = 0;
        int largest = 0;
        for (const auto &[index, weight] : taps) {
            const int k = index - first;
            w[k] = qint16(std::lround(weight * one));
            sum += w[k];
            if (w[k] > w[largest])
                largest = k;
        }
        w[largest] = qint16(w[largest] + one - sum); // rounding must not darken or brighten
        result.first[size_t(i)] = first;
    }
    return result;
}

// Outputs [begin, end) of one row of `Channels`-byte pixels (4: any channel order, alpha included;
// 1: a plane).
template<int Channels> void resampleRowScalar(const uchar *src, uchar *dst, int begin, int end, const Taps &taps)
{
    const int span = taps.span;
    for (int i = begin; i < end; ++i) {
        const uchar *p = src + ptrdiff_t(Channels) * taps.first[size_t(i)];
        const qint16 *w = &taps.weights[size_t(i) * size_t(span)];
        int sum[Channels];
        std::fill(std::begin(sum), std::end(sum), 1 << (RowBits - 1));
        for (int k = 0; k < span; ++k) {
            for (int c = 0; c < Channels; ++c)
                sum[c] += w[k] * p[Channels * k + c];
        }
        for (int c = 0; c < Channels; ++c)
            dst[Channels * i + c] = uchar(std::clamp(sum[c] >> RowBits, 0, 255));
    }
}

#ifdef AGI_RESAMPLE_X86

// Each output pixel is a dot product of 2 or 4 neighbouring source pixels, one channel at a time:
// pshufb puts the same channel of two pixels side by side, pmaddubsw multiplies and adds them.
// `weights` holds, per output, [w0 w1] x 4 (span 2) or [w0 w1] x 4 [w2 w3] x 4 (span 4).
// Returns outputs i and i + 1 as eight 16-bit sums.
__attribute__((target("ssse3"))) inline __m128i twoOutputs(
    const uchar *src, const int *first, const qint8 *weights, int span, int i)
{
    const __m128i pairs = _mm_setr_epi8(0, 4, 1, 5, 2, 6, 3, 7, 8, 12, 9, 13, 10, 14, 11, 15);
    const auto load = [](const void *p) { return _mm_loadu_si128(static_cast<const __m128i *>(p)); };
    const auto load8 = [](const void *p) { return _mm_loadl_epi64(static_cast<const __m128i *>(p)); };
    const qint8 *w = weights + ptrdiff_t(i) * 4 * span;
    if (span == 2) {
        const __m128i px
            = _mm_unpacklo_epi64(load8(src + ptrdiff_t(4) * first[i]), load8(src + ptrdiff_t(4) * first[i + 1]));
        return _mm_maddubs_epi16(_mm_shuffle_epi8(px, pairs), load(w));
    }
    const __m128i a = _mm_maddubs_epi16(_mm_shuffle_epi8(load(src + ptrdiff_t(4) * first[i]), pairs), load(w));
    const __m128i b = _mm_maddubs_epi16(_mm_shuffle_epi8(load(src + ptrdiff_t(4) * first[i + 1]), pairs), load(w + 16));
    return _mm_add_epi16(_mm_unpacklo_epi64(a, b), _mm_unpackhi_epi64(a, b));
}

// Four outputs per step; returns how many were done (the rest is left to the scalar loop).
__attribute__((target("ssse3"))) int resampleRowSsse3(
    const uchar *src, uchar *dst, int count, const int *first, const qint8 *weights, int span)
{
    const __m128i half = _mm_set1_epi16(1 << (RowBits - 1));
    int i = 0;
    for (; i + 4 <= count; i += 4) {
        const __m128i lo = _mm_srai_epi16(_mm_add_epi16(twoOutputs(src, first, weights, span, i), half), RowBits);
        const __m128i hi = _mm_srai_epi16(_mm_add_epi16(twoOutputs(src, first, weights, span, i + 2), half), RowBits);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + ptrdiff_t(4) * i), _mm_packus_epi16(lo, hi));
    }
    return i;
}

// The same with AVX2, eight outputs per step: four outputs per register, each 128-bit lane
// computed as twoOutputs() does, then put back in order. (Helpers, not lambdas: a lambda would
// not inherit the target.)
__attribute__((target("avx2"))) inline __m256i bothLanes(__m128i low, __m128i high)
{
    return _mm256_inserti128_si256(_mm256_castsi128_si256(low), high, 1);
}

__attribute__((target("avx2"))) inline __m256i fourOutputs(
    const uchar *src, const int *first, const qint8 *weights, int span, int i)
{
    const __m256i pairs = _mm256_setr_epi8(0, 4, 1, 5, 2, 6, 3, 7, 8, 12, 9, 13, 10, 14, 11, 15, //
        0, 4, 1, 5, 2, 6, 3, 7, 8, 12, 9, 13, 10, 14, 11, 15);
    const uchar *p[4];
    for (int k = 0; k < 4; ++k)
        p[k] = src + ptrdiff_t(4) * first[i + k];
    const auto *w = reinterpret_cast<const __m256i *>(weights + ptrdiff_t(i) * 4 * span);
    if (span == 2) {
        // Lanes: outputs i, i + 1 | i + 2, i + 3.
        const auto load8 = [](const uchar *q) { return _mm_loadl_epi64(reinterpret_cast<const __m128i *>(q)); };
        const __m256i px
            = bothLanes(_mm_unpacklo_epi64(load8(p[0]), load8(p[1])), _mm_unpacklo_epi64(load8(p[2]), load8(p[3])));
        return _mm256_maddubs_epi16(_mm256_shuffle_epi8(px, pairs), _mm256_loadu_si256(w));
    }
    // Lanes: outputs i, i + 2 | i + 1, i + 3.
    const auto load = [](const uchar *q) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(q)); };
    const __m256i a
        = _mm256_maddubs_epi16(_mm256_shuffle_epi8(bothLanes(load(p[0]), load(p[1])), pairs), _mm256_loadu_si256(w));
    const __m256i b = _mm256_maddubs_epi16(
        _mm256_shuffle_epi8(bothLanes(load(p[2]), load(p[3])), pairs), _mm256_loadu_si256(w + 1));
    return _mm256_add_epi16(_mm256_unpacklo_epi64(a, b), _mm256_unpackhi_epi64(a, b));
}

__attribute__((target("avx2"))) int resampleRowAvx2(
    const uchar *src, uchar *dst, int count, const int *first, const qint8 *weights, int span)
{
    const __m256i half = _mm256_set1_epi16(1 << (RowBits - 1));
    // After packing, the lanes hold outputs [0 1 4 5 | 2 3 6 7] (span 2) or [0 2 4 6 | 1 3 5 7].
    const __m256i order
        = span == 2 ? _mm256_setr_epi32(0, 1, 4, 5, 2, 3, 6, 7) : _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
    int i = 0;
    for (; i + 8 <= count; i += 8) {
        const __m256i lo
            = _mm256_srai_epi16(_mm256_add_epi16(fourOutputs(src, first, weights, span, i), half), RowBits);
        const __m256i hi
            = _mm256_srai_epi16(_mm256_add_epi16(fourOutputs(src, first, weights, span, i + 4), half), RowBits);
        const __m256i packed = _mm256_permutevar8x32_epi32(_mm256_packus_epi16(lo, hi), order);
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(dst + ptrdiff_t(4) * i), packed);
    }
    return i;
}

// One plane (a byte per pixel): the outputs a 16-byte load covers, 8 with two taps or 4 with
// four, gathered by pshufb into [p0 p1] (or [p0 p1][p2 p3]) per output and summed by pmaddubsw.
struct PlaneGroup
{
    int base = 0;         // the load's first source pixel
    qint8 shuffle[16] {}; // per output its taps' offsets from base
    qint8 weights[16] {}; // and their weights, in the same places
};

// Groups [0, count); returns how many outputs they made.
__attribute__((target("ssse3"))) int resamplePlaneRowSsse3(
    const uchar *src, uchar *dst, const PlaneGroup *groups, int count, int span)
{
    const __m128i half = _mm_set1_epi16(1 << (RowBits - 1));
    const auto load = [](const void *p) { return _mm_loadu_si128(static_cast<const __m128i *>(p)); };
    const int perGroup = 16 / span;
    for (int g = 0; g < count; ++g) {
        const PlaneGroup &group = groups[g];
        __m128i sums = _mm_maddubs_epi16(_mm_shuffle_epi8(load(src + group.base), load(group.shuffle)),
            load(group.weights)); // span 2: one sum per output; span 4: two
        if (span == 4)
            sums = _mm_hadd_epi16(sums, sums);
        const __m128i packed = _mm_packus_epi16(_mm_srai_epi16(_mm_add_epi16(sums, half), RowBits), sums);
        if (span == 2) {
            _mm_storel_epi64(reinterpret_cast<__m128i *>(dst + ptrdiff_t(8) * g), packed);
        } else {
            const int four = _mm_cvtsi128_si32(packed);
            std::memcpy(dst + ptrdiff_t(4) * g, &four, 4);
        }
    }
    return count * perGroup;
}

std::atomic<ImageResampler::Kernels> kernelLimit {ImageResampler::Kernels::Avx2};

bool cpuHasSsse3()
{
    static const bool has = __builtin_cpu_supports("ssse3");
    return has;
}

bool useSsse3()
{
    return cpuHasSsse3() && kernelLimit.load(std::memory_order_relaxed) >= ImageResampler::Kernels::Ssse3;
}

bool useAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has && kernelLimit.load(std::memory_order_relaxed) >= ImageResampler::Kernels::Avx2;
}

#endif

// A row resampler: the taps, and for the vector kernel the weights as bytes in its layout.
class RowResampler
{
public:
    RowResampler(int from, int to)
        : m_taps(computeTaps(from, to, RowBits, true))
        , m_count(to)
    {
#ifdef AGI_RESAMPLE_X86
        // Laid out whenever the processor has a vector kernel; which one runs is chosen per call.
        const int span = m_taps.span;
        if ((span == 2 || span == 4) && from >= span && cpuHasSsse3()) {
            m_vector.resize(size_t(to) * 4 * size_t(span));
            for (int i = 0; i < to; ++i) {
                const qint16 *w = &m_taps.weights[size_t(i) * size_t(span)];
                qint8 *out = &m_vector[size_t(i) * 4 * size_t(span)];
                for (int pair = 0; pair < span / 2; ++pair) {
                    for (int c = 0; c < 4; ++c) {
                        out[8 * pair + 2 * c] = qint8(w[ptrdiff_t(2) * pair]);
                        out[8 * pair + 2 * c + 1] = qint8(w[2 * pair + 1]);
                    }
                }
            }
        }
#endif
    }

    void run(const uchar *src, uchar *dst) const
    {
        int done = 0;
#ifdef AGI_RESAMPLE_X86
        if (!m_vector.empty() && useAvx2())
            done = resampleRowAvx2(src, dst, m_count, m_taps.first.data(), m_vector.data(), m_taps.span);
        else if (!m_vector.empty() && useSsse3())
            done = resampleRowSsse3(src, dst, m_count, m_taps.first.data(), m_vector.data(), m_taps.span);
#endif
        resampleRowScalar<4>(src, dst, done, m_count, m_taps);
    }

private:
    Taps m_taps;
    int m_count;
    std::vector<qint8> m_vector;
};

// The row resampler for a plane of one byte per pixel.
class PlaneRowResampler
{
public:
    PlaneRowResampler(int from, int to)
        : m_taps(computeTaps(from, to, RowBits, true))
        , m_count(to)
    {
#ifdef AGI_RESAMPLE_X86
        // As many whole groups from the start as fit in a 16-byte load inside the row.
        const int span = m_taps.span;
        if ((span != 2 && span != 4) || !cpuHasSsse3())
            return;
        const int perGroup = 16 / span;
        for (int start = 0; start + perGroup <= to; start += perGroup) {
            PlaneGroup group;
            group.base = m_taps.first[size_t(start)];
            const int last = m_taps.first[size_t(start + perGroup - 1)] - group.base + span - 1;
            if (last > 15 || group.base + 16 > from)
                break;
            for (int j = 0; j < perGroup; ++j) {
                const int i = start + j;
                for (int k = 0; k < span; ++k) {
                    group.shuffle[span * j + k] = qint8(m_taps.first[size_t(i)] - group.base + k);
                    group.weights[span * j + k] = qint8(m_taps.weights[size_t(i) * size_t(span) + size_t(k)]);
                }
            }
            m_groups.push_back(group);
        }
#endif
    }

    void run(const uchar *src, uchar *dst) const
    {
        int done = 0;
#ifdef AGI_RESAMPLE_X86
        if (!m_groups.empty() && useSsse3())
            done = resamplePlaneRowSsse3(src, dst, m_groups.data(), int(m_groups.size()), m_taps.span);
#endif
        resampleRowScalar<1>(src, dst, done, m_count, m_taps);
    }

private:
    Taps m_taps;
    int m_count;
#ifdef AGI_RESAMPLE_X86
    std::vector<PlaneGroup> m_groups;
#endif
};

// What resampling from one size to another needs along each axis, with rows of 4-byte pixels
// (RowResampler) or of a plane (PlaneRowResampler).
template<typename Across> struct Plan
{
    Plan(QSize source, QSize target)
        : from(source)
        , to(target)
        , across(source.width(), target.width())
        , down(computeTaps(source.height(), target.height(), ColumnBits, false))
    { }

    QSize from;
    QSize to;
    Across across;
    Taps down;
};

// The plan for resampling `from` to `to`, computed once per thread for the last few pairs of sizes:
// a frame and its thumbnail are made at the same sizes again and again.
template<typename Across> const Plan<Across> &planFor(QSize from, QSize to)
{
    constexpr size_t Kept = 4;
    thread_local std::vector<std::unique_ptr<Plan<Across>>> plans; // the most recently used last
    auto it = std::find_if(plans.begin(), plans.end(), [&](const auto &p) { return p->from == from && p->to == to; });
    if (it != plans.end()) {
        std::rotate(it, it + 1, plans.end());
    } else {
        if (plans.size() == Kept)
            plans.erase(plans.begin());
        plans.push_back(std::make_unique<Plan<Across>>(from, to));
    }
    return *plans.back();
}

// One output row as a weighted sum of source rows, in 16 bits per byte: compilers vectorise it,
// and the clone for AVX2 handles 32 bytes at a time.
__attribute__((target_clones("avx2", "default"))) void blendRows(
    const uchar *const *rows, const qint16 *weights, int taps, uchar *dst, int bytes)
{
    constexpr quint16 half = 1 << (ColumnBits - 1);
    if (taps == 2) {
        const uchar *a = rows[0];
        const uchar *b = rows[1];
        const auto wa = quint16(weights[0]);
        const auto wb = quint16(weights[1]);
        for (int i = 0; i < bytes; ++i)
            dst[i] = uchar(quint16(a[i] * wa + b[i] * wb + half) >> ColumnBits);
        return;
    }
    if (taps == 3) {
        const uchar *a = rows[0];
        const uchar *b = rows[1];
        const uchar *c = rows[2];
        const auto wa = quint16(weights[0]);
        const auto wb = quint16(weights[1]);
        const auto wc = quint16(weights[2]);
        for (int i = 0; i < bytes; ++i)
            dst[i] = uchar(quint16(a[i] * wa + b[i] * wb + c[i] * wc + half) >> ColumnBits);
        return;
    }
    // More rows (a large reduction, such as a thumbnail): one row at a time into 16-bit sums, which
    // vectorises where a loop over the rows per byte does not. The weights are non-negative and sum
    // to 1 << ColumnBits, so a sum stays below 65536.
    thread_local std::vector<quint16> sums;
    if (sums.size() < size_t(bytes))
        sums.resize(size_t(bytes));
    quint16 *sum = sums.data();
    const auto w0 = quint16(weights[0]);
    const uchar *first = rows[0];
    for (int i = 0; i < bytes; ++i)
        sum[i] = quint16(first[i] * w0 + half);
    for (int k = 1; k < taps; ++k) {
        const auto w = quint16(weights[k]);
        const uchar *row = rows[k];
        for (int i = 0; i < bytes; ++i)
            sum[i] = quint16(sum[i] + row[i] * w);
    }
    for (int i = 0; i < bytes; ++i)
        dst[i] = uchar(sum[i] >> ColumnBits);
}

// The rows of one output row with a non-zero weight (the window may be padded with zeros).
int columnTaps(const Taps &taps, int y, const uchar *const *source, const uchar **rows, qint16 *weights)
{
    int n = 0;
    for (int k = 0; k < taps.span; ++k) {
        const qint16 w = taps.weights[size_t(y) * size_t(taps.span) + size_t(k)];
        if (w != 0) {
            rows[n] = source[taps.first[size_t(y)] + k];
            weights[n++] = w;
        }
    }
    return n;
}

void finishRow(const uchar *const *rows, const qint16 *weights, int n, uchar *dst, int bytes)
{
    if (n == 1)
        std::memcpy(dst, rows[0], size_t(bytes));
    else
        blendRows(rows, weights, n, dst, bytes);
}

// `image` (32 bits per pixel) at half its width and height, each pixel the mean of four, written
// into `out` (allocated again only when its size or format differs).
void halve(const QImage &image, QImage &out)
{
    const int width = image.width() / 2;
    const int height = image.height() / 2;
    if (out.size() != QSize(width, height) || out.format() != image.format() || !out.isDetached())
        out = QImage(width, height, image.format());
    if (out.isNull())
        return;
    for (int y = 0; y < height; ++y) {
        const uchar *a = image.constScanLine(2 * y);
        const uchar *b = image.constScanLine(2 * y + 1);
        uchar *d = out.scanLine(y);
        int x = 0;
#ifdef AGI_RESAMPLE_X86
        const auto load = [](const uchar *p) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p)); };
        for (; x + 4 <= width; x += 4) {
            const __m128 top = _mm_castsi128_ps(_mm_avg_epu8(load(a + ptrdiff_t(8) * x), load(b + ptrdiff_t(8) * x)));
            const __m128 bottom
                = _mm_castsi128_ps(_mm_avg_epu8(load(a + ptrdiff_t(8) * x + 16), load(b + ptrdiff_t(8) * x + 16)));
            const __m128i even = _mm_castps_si128(_mm_shuffle_ps(top, bottom, _MM_SHUFFLE(2, 0, 2, 0)));
            const __m128i odd = _mm_castps_si128(_mm_shuffle_ps(top, bottom, _MM_SHUFFLE(3, 1, 3, 1)));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(d + ptrdiff_t(4) * x), _mm_avg_epu8(even, odd));
        }
#endif
        for (; x < width; ++x) {
            for (int c = 0; c < 4; ++c) {
                const int sum = a[8 * x + c] + a[8 * x + 4 + c] + b[8 * x + c] + b[8 * x + 4 + c];
                d[4 * x + c] = uchar((sum + 2) >> 2);
            }
        }
    }
}

// The most source rows one output row may blend (a reduction by up to 1/15).
constexpr int MaxRows = 16;

// Resamples `plan.from` pixels of `pixelBytes` bytes at `src` to `plan.to` at `dst`; the plan's
// column taps must not exceed MaxRows.
template<typename Across>
void resampleRows(
    const uchar *src, qsizetype srcStride, uchar *dst, qsizetype dstStride, int pixelBytes, const Plan<Across> &plan)
{
    const int srcWidth = plan.from.width();
    const int srcHeight = plan.from.height();
    const QSize size = plan.to;
    const Across &across = plan.across;
    const Taps &down = plan.down;
    const bool sameWidth = srcWidth == size.width();
    const qsizetype rowBytes = pixelBytes * qsizetype(size.width());
    const uchar *rows[MaxRows];
    qint16 weights[MaxRows];
    std::vector<const uchar *> source(static_cast<size_t>(srcHeight));
    for (int y = 0; y < srcHeight; ++y)
        source[size_t(y)] = src + y * srcStride;

    if (size.height() <= srcHeight) {
        // Fewer rows out than in: blend rows first, then resample the one blended row across.
        std::vector<uchar> blended(size_t(srcWidth) * size_t(pixelBytes));
        for (int y = 0; y < size.height(); ++y) {
            uchar *out = dst + y * dstStride;
            const int n = columnTaps(down, y, source.data(), rows, weights);
            if (sameWidth) {
                finishRow(rows, weights, n, out, int(rowBytes));
                continue;
            }
            const uchar *row = rows[0];
            if (n > 1) {
                blendRows(rows, weights, n, blended.data(), srcWidth * pixelBytes);
                row = blended.data();
            }
            across.run(row, out);
        }
        return;
    }

    // More rows out than in: resample each source row across once, into a ring of as many rows
    // as one output row reads (the rows needed only move forward), then blend.
    const int ringSize = down.span;
    std::vector<uchar> ring(size_t(ringSize) * size_t(rowBytes));
    std::vector<int> held(size_t(ringSize), -1);
    for (int y = 0; y < size.height(); ++y) {
        const int firstRow = down.first[size_t(y)];
        for (int r = firstRow; r < firstRow + ringSize; ++r) {
            const int slot = r % ringSize;
            uchar *heldRow = ring.data() + qsizetype(slot) * rowBytes;
            if (held[size_t(slot)] != r) {
                if (sameWidth)
                    std::memcpy(heldRow, src + r * srcStride, size_t(rowBytes));
                else
                    across.run(src + r * srcStride, heldRow);
                held[size_t(slot)] = r;
            }
            source[size_t(r)] = heldRow;
        }
        const int n = columnTaps(down, y, source.data(), rows, weights);
        finishRow(rows, weights, n, dst + y * dstStride, int(rowBytes));
    }
}

} // namespace

void ImageResampler::setKernelLimit(Kernels limit)
{
#ifdef AGI_RESAMPLE_X86
    kernelLimit.store(limit, std::memory_order_relaxed);
#else
    Q_UNUSED(limit)
#endif
}

QImage ImageResampler::thumbnail(const QImage &image, QSize size)
{
    if (image.isNull() || size.isEmpty() || image.depth() != 32)
        return {};
    // Halving first: four pixels to one is a few vector operations, where a direct reduction by
    // eight or more would weigh dozens of pixels for each one.
    // The halves are kept per thread: a fresh megabyte for each frame would be page-faulted in.
    thread_local QImage halves[2];
    const QImage *source = &image;
    for (int i = 0; source->width() >= 2 * size.width() && source->height() >= 2 * size.height(); i ^= 1) {
        halve(*source, halves[i]);
        if (halves[i].isNull())
            return {};
        source = &halves[i];
    }
    // Shared with a kept half when that is the exact size: halve() then makes that half anew.
    QImage out = resampled(*source, size);
    out.setDevicePixelRatio(image.devicePixelRatio());
    return out;
}

QImage ImageResampler::resampled(const QImage &image, QSize size, QImage into)
{
    if (image.isNull() || image.size() == size)
        return image;
    if (size.isEmpty() || image.depth() != 32)
        return {};
    const auto &plan = planFor<RowResampler>(image.size(), size);
    if (plan.down.span > MaxRows) // shrinking by more than 1/15: QImage's own filter
        return image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const bool reuse = into.size() == size && into.format() == image.format() && into.isDetached();
    QImage out = reuse ? std::move(into) : QImage(size, image.format());
    if (out.isNull())
        return out;
    out.setDevicePixelRatio(image.devicePixelRatio());
    resampleRows(image.constBits(), image.bytesPerLine(), out.bits(), out.bytesPerLine(), 4, plan);
    return out;
}

bool ImageResampler::resamplePlane(
    const uchar *src, qsizetype srcStride, QSize from, uchar *dst, qsizetype dstStride, QSize to)
{
    if (from.isEmpty() || to.isEmpty())
        return false;
    const auto &plan = planFor<PlaneRowResampler>(from, to);
    if (plan.down.span > MaxRows)
        return false;
    resampleRows(src, srcStride, dst, dstStride, 1, plan);
    return true;
}

} // namespace agi
