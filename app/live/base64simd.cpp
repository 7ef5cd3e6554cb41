#include "live/base64simd.h"

#ifdef AGI_BASE64_X86

#include <immintrin.h>

// The classic nibble-lookup scheme: a character is in the alphabet when the bit sets chosen by its
// low and high nibble do not intersect; the offset that maps it to its 6-bit value depends only on
// its high nibble, except '/' which shares 0x2_ with '+'. Functions carry their own target
// attribute so the rest of the binary stays baseline x86-64.

namespace agi::base64::detail {

namespace {

// lut_lo[lo] & lut_hi[hi] != 0  <=>  the character (hi << 4 | lo) is not in the alphabet.
//   0x10: high nibble 0, 1, 8..F (nothing valid)   0x01: 0x2_ (only '+' 0x2B, '/' 0x2F valid)
//   0x02: 0x3_ (digits 0..9 valid)                 0x04: 0x4_, 0x6_ (0x40 / 0x60 invalid)
//   0x08: 0x5_, 0x7_ (0x5B.. / 0x7B.. invalid)
#define AGI_B64_LUT_LO 0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1a, 0x1b, 0x1b, 0x1b, 0x1a
#define AGI_B64_LUT_HI 0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10
// Offsets by high nibble; index 1 is reached by '/' (its compare mask adds -1 to the nibble 2).
#define AGI_B64_LUT_ROLL 0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0
// Per 32-bit lane the packed 24 bits sit in bytes 2, 1, 0 (big-endian order wanted).
#define AGI_B64_PACK 2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1

} // namespace

bool cpuHasSsse3()
{
    return __builtin_cpu_supports("ssse3");
}

bool cpuHasAvx2()
{
    return __builtin_cpu_supports("avx2");
}

__attribute__((target("ssse3"))) qsizetype decodeBlocksSsse3(const char *in, qsizetype length, char *out)
{
    const __m128i lutLo = _mm_setr_epi8(AGI_B64_LUT_LO);
    const __m128i lutHi = _mm_setr_epi8(AGI_B64_LUT_HI);
    const __m128i lutRoll = _mm_setr_epi8(AGI_B64_LUT_ROLL);
    const __m128i pack = _mm_setr_epi8(AGI_B64_PACK);
    const __m128i nibble = _mm_set1_epi8(0x0f);
    const __m128i slash = _mm_set1_epi8('/');
    const __m128i mergePairs = _mm_set1_epi32(0x01400140);
    const __m128i mergeQuads = _mm_set1_epi32(0x00011000);

    qsizetype i = 0;
    for (; i + 32 <= length; i += 16, out += 12) {
        const __m128i src = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        const __m128i hi = _mm_and_si128(_mm_srli_epi32(src, 4), nibble);
        const __m128i lo = _mm_and_si128(src, nibble);
        const __m128i bad = _mm_and_si128(_mm_shuffle_epi8(lutLo, lo), _mm_shuffle_epi8(lutHi, hi));
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(bad, _mm_setzero_si128())) != 0xffff)
            break;
        const __m128i roll = _mm_shuffle_epi8(lutRoll, _mm_add_epi8(_mm_cmpeq_epi8(src, slash), hi));
        const __m128i values = _mm_add_epi8(src, roll);
        const __m128i pairs = _mm_maddubs_epi16(values, mergePairs);
        const __m128i quads = _mm_madd_epi16(pairs, mergeQuads);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_shuffle_epi8(quads, pack));
    }
    return i;
}

__attribute__((target("avx2"))) qsizetype decodeBlocksAvx2(const char *in, qsizetype length, char *out)
{
    const __m256i lutLo = _mm256_setr_epi8(AGI_B64_LUT_LO, AGI_B64_LUT_LO);
    const __m256i lutHi = _mm256_setr_epi8(AGI_B64_LUT_HI, AGI_B64_LUT_HI);
    const __m256i lutRoll = _mm256_setr_epi8(AGI_B64_LUT_ROLL, AGI_B64_LUT_ROLL);
    const __m256i pack = _mm256_setr_epi8(AGI_B64_PACK, AGI_B64_PACK);
    const __m256i gather = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7);
    const __m256i nibble = _mm256_set1_epi8(0x0f);
    const __m256i slash = _mm256_set1_epi8('/');
    const __m256i mergePairs = _mm256_set1_epi32(0x01400140);
    const __m256i mergeQuads = _mm256_set1_epi32(0x00011000);

    auto block = [&](__m256i src, __m256i * result) __attribute__((target("avx2")))
    {
        const __m256i hi = _mm256_and_si256(_mm256_srli_epi32(src, 4), nibble);
        const __m256i lo = _mm256_and_si256(src, nibble);
        if (!_mm256_testz_si256(_mm256_shuffle_epi8(lutLo, lo), _mm256_shuffle_epi8(lutHi, hi)))
            return false;
        const __m256i roll = _mm256_shuffle_epi8(lutRoll, _mm256_add_epi8(_mm256_cmpeq_epi8(src, slash), hi));
        const __m256i pairs = _mm256_maddubs_epi16(_mm256_add_epi8(src, roll), mergePairs);
        const __m256i quads = _mm256_madd_epi16(pairs, mergeQuads);
        *result = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(quads, pack), gather);
        return true;
    };

    qsizetype i = 0;
    // Two blocks per step so the two dependency chains overlap; each store is checked first.
    for (; i + 96 <= length; i += 64, out += 48) {
        __m256i a;
        __m256i b;
        if (!block(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(in + i)), &a))
            return i;
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(out), a);
        if (!block(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(in + i + 32)), &b))
            return i + 32;
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(out + 24), b);
    }
    for (; i + 48 <= length; i += 32, out += 24) {
        __m256i a;
        if (!block(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(in + i)), &a))
            break;
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(out), a);
    }
    return i;
}

} // namespace agi::base64::detail

#endif // AGI_BASE64_X86
