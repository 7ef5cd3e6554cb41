#include "live/base64.h"

#include "live/base64simd.h"

#include <array>
#include <cstdint>

namespace agi::base64 {

namespace {

constexpr std::uint8_t Invalid = 0xff;

constexpr std::array<std::uint8_t, 256> makeTable()
{
    std::array<std::uint8_t, 256> table {};
    for (auto &v : table)
        v = Invalid;
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::uint8_t i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = i;
    return table;
}

constexpr std::array<std::uint8_t, 256> Table = makeTable();

inline std::uint8_t value(const char *p)
{
    return Table[static_cast<unsigned char>(*p)];
}

// Index of the first character of in[0, length) that is not in the alphabet, or -1.
qsizetype firstInvalid(const char *in, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        if (value(in + i) == Invalid)
            return i;
    }
    return -1;
}

// Decodes whole quads; returns the characters consumed (stops at the first quad with a bad character).
qsizetype decodeQuadsScalar(const char *in, qsizetype length, char *out)
{
    qsizetype i = 0;
    // Two quads per step: fewer loop branches, and the validity test folds into one OR.
    for (; i + 8 <= length; i += 8, out += 6) {
        const std::uint32_t a = value(in + i);
        const std::uint32_t b = value(in + i + 1);
        const std::uint32_t c = value(in + i + 2);
        const std::uint32_t d = value(in + i + 3);
        const std::uint32_t e = value(in + i + 4);
        const std::uint32_t f = value(in + i + 5);
        const std::uint32_t g = value(in + i + 6);
        const std::uint32_t h = value(in + i + 7);
        if ((a | b | c | d | e | f | g | h) & 0x80)
            break;
        const std::uint32_t x = a << 18 | b << 12 | c << 6 | d;
        const std::uint32_t y = e << 18 | f << 12 | g << 6 | h;
        out[0] = static_cast<char>(x >> 16);
        out[1] = static_cast<char>(x >> 8);
        out[2] = static_cast<char>(x);
        out[3] = static_cast<char>(y >> 16);
        out[4] = static_cast<char>(y >> 8);
        out[5] = static_cast<char>(y);
    }
    for (; i + 4 <= length; i += 4, out += 3) {
        const std::uint32_t a = value(in + i);
        const std::uint32_t b = value(in + i + 1);
        const std::uint32_t c = value(in + i + 2);
        const std::uint32_t d = value(in + i + 3);
        if ((a | b | c | d) & 0x80)
            break;
        const std::uint32_t x = a << 18 | b << 12 | c << 6 | d;
        out[0] = static_cast<char>(x >> 16);
        out[1] = static_cast<char>(x >> 8);
        out[2] = static_cast<char>(x);
    }
    return i;
}

using BlockDecoder = qsizetype (*)(const char *, qsizetype, char *);

BlockDecoder blockDecoder(Path path)
{
    switch (path) {
    case Path::Auto:
        return blockDecoder(bestPath());
#ifdef AGI_BASE64_X86
    case Path::Ssse3:
        return detail::decodeBlocksSsse3;
    case Path::Avx2:
        return detail::decodeBlocksAvx2;
#else
    case Path::Ssse3:
    case Path::Avx2:
#endif
    case Path::Scalar:
        break;
    }
    return nullptr;
}

} // namespace

bool isSupported(Path path)
{
    switch (path) {
    case Path::Auto:
    case Path::Scalar:
        return true;
#ifdef AGI_BASE64_X86
    case Path::Ssse3:
        return detail::cpuHasSsse3();
    case Path::Avx2:
        return detail::cpuHasAvx2();
#else
    case Path::Ssse3:
    case Path::Avx2:
        return false;
#endif
    }
    return false;
}

Path bestPath()
{
    static const Path best = isSupported(Path::Avx2) ? Path::Avx2
        : isSupported(Path::Ssse3)                   ? Path::Ssse3
                                                     : Path::Scalar;
    return best;
}

const char *pathName(Path path)
{
    switch (path) {
    case Path::Auto:
        return "auto";
    case Path::Scalar:
        return "scalar";
    case Path::Ssse3:
        return "ssse3";
    case Path::Avx2:
        return "avx2";
    }
    return "?";
}

Result decode(const char *in, qsizetype length, char *out, Path path)
{
    if (!isSupported(path))
        path = Path::Scalar;

    qsizetype padding = 0;
    while (padding < 2 && padding < length && in[length - 1 - padding] == '=')
        ++padding;
    const qsizetype body = length - padding;
    const qsizetype quadChars = body - body % 4;

    qsizetype done = 0;
    char *o = out;
    if (const BlockDecoder vector = blockDecoder(path)) {
        done = vector(in, quadChars, o);
        o += done / 4 * 3;
    }
    const qsizetype scalarDone = decodeQuadsScalar(in + done, quadChars - done, o);
    o += scalarDone / 4 * 3;
    done += scalarDone;
    if (done < quadChars) {
        // A bad character stopped the fast loops inside the quad that starts at `done`.
        return {false, 0, done + firstInvalid(in + done, 4)};
    }

    const qsizetype tail = body - quadChars;
    if (const qsizetype bad = firstInvalid(in + quadChars, tail); bad >= 0)
        return {false, 0, quadChars + bad};
    if (tail == 1)
        return {false, 0, length}; // six bits cannot make a byte: the input was cut short
    if (tail >= 2) {
        const std::uint32_t a = value(in + quadChars);
        const std::uint32_t b = value(in + quadChars + 1);
        *o++ = static_cast<char>(a << 2 | b >> 4);
        if (tail == 3) {
            const std::uint32_t c = value(in + quadChars + 2);
            *o++ = static_cast<char>((b & 0x0f) << 4 | c >> 2);
        }
    }
    // Padding, when present, must complete the last quad exactly.
    if (padding > 0 && (length % 4 != 0 || tail + padding != 4))
        return {false, 0, body};
    return {true, o - out, -1};
}

QByteArray decode(QByteArrayView in, qsizetype *errorOffset, Path path)
{
    QByteArray out(maxDecodedSize(in.size()), Qt::Uninitialized);
    const Result r = decode(in.data(), in.size(), out.data(), path);
    if (errorOffset)
        *errorOffset = r.errorOffset;
    if (!r.ok)
        return {};
    out.truncate(r.size);
    return out;
}

} // namespace agi::base64
