#include "api/backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace agi {

int Backoff::delayMs(int failures, Tuning tuning, const ApiError &error, int floorMs)
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    const qint64 first = std::max(1, tuning.firstMs);
    const qint64 exponential = std::min<qint64>(first << exponent, std::max(tuning.firstMs, tuning.maxMs));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    auto delay = qint64(double(exponential) * jitter);
    delay = std::max<qint64>(delay, floorMs);
    if (error.retryAfterSeconds > 0)
        delay = std::max<qint64>(delay, qint64(error.retryAfterSeconds) * 1000);
    return int(std::min<qint64>(delay, std::numeric_limits<int>::max()));
}

} // namespace agi
