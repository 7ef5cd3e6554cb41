#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace agi::base64 {

//! The implementations of the strict decoder; Auto picks the fastest one this CPU runs.
enum class Path {
    Auto,
    Scalar, //!< portable, table driven; the only path on non-x86 builds
    Ssse3,  //!< 16 characters per step
    Avx2    //!< 32 characters per step
};

//! The outcome of one decode: on failure `errorOffset` is the index of the first offending character
//! (or the input length when the input ends too early).
struct Result
{
    bool ok = false;
    qsizetype size = 0;
    qsizetype errorOffset = -1;
};

//! Whether `path` can run on this machine (Auto and Scalar always can).
bool isSupported(Path path);
//! The path Auto resolves to.
Path bestPath();
const char *pathName(Path path);

//! Bytes `decode` may write for `length` input characters.
constexpr qsizetype maxDecodedSize(qsizetype length)
{
    return (length / 4) * 3 + 2;
}

//! Decodes the standard alphabet strictly: no whitespace, no URL alphabet; '=' only as final
//! padding, which must then be complete (length a multiple of 4). Missing padding is accepted.
//! `out` must hold maxDecodedSize(length) bytes.
Result decode(const char *in, qsizetype length, char *out, Path path = Path::Auto);

//! Convenience wrapper; returns a null QByteArray on failure and sets *errorOffset when given.
QByteArray decode(QByteArrayView in, qsizetype *errorOffset = nullptr, Path path = Path::Auto);

} // namespace agi::base64
