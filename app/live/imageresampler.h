#pragma once

#include <QImage>
#include <QSize>

namespace agi {

//! Resizes 32-bit images (and single planes) to an exact size, for frames and their thumbnails: area averaging down,
//! bilinear up, in fixed point with SSSE3 and AVX2 where the CPU has them. Safe to call from any
//! thread; what it precomputes for a pair of sizes is kept per thread.
class ImageResampler final
{
public:
    ImageResampler() = delete;

    //! `image` (32 bits per pixel) resampled to `size`. Returns `image` itself when the size is
    //! already right. Writes into `into` when it has that size and format and nothing else shares it.
    static QImage resampled(const QImage &image, QSize size, QImage into = {});

    //! One plane of a byte per pixel (such as a JPEG's Y, Cb or Cr), `from` pixels with rows
    //! `srcStride` bytes apart, resampled with the same filter to `to` pixels at `dst`. False, with
    //! nothing written, for a reduction by more than 1/15.
    static bool resamplePlane(
        const uchar *src, qsizetype srcStride, QSize from, uchar *dst, qsizetype dstStride, QSize to);

    //! A small copy of `image` (32 bits per pixel) of exactly `size`: halved while it stays at least
    //! twice the size, then resampled. Cheaper than resampled() for large reductions, a little
    //! softer; for thumbnails.
    static QImage thumbnail(const QImage &image, QSize size);

    //! The row kernels, from the plainest to the widest.
    enum class Kernels {
        Scalar,
        Ssse3,
        Avx2
    };
    //! Uses no wider kernel than `limit`, for every thread, so that tests and benchmarks reach each
    //! one; by default the widest the CPU has.
    static void setKernelLimit(Kernels limit);
};

} // namespace agi
