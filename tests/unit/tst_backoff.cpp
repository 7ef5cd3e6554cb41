// Backoff: the client's one retry schedule (jobs, frame poller, event stream).
#include "api/backoff.h"

#include <QTest>

using agi::ApiError;
using agi::Backoff;

class TestBackoff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesFromTheFirstWaitWithinTwentyPercent()
    {
        const Backoff::Tuning tuning {1000, 60000};
        for (int failures = 1; failures <= 5; ++failures) {
            const int expected = 1000 << (failures - 1);
            for (int run = 0; run < 50; ++run) {
                const int delay = Backoff::delayMs(failures, tuning, ApiError());
                QVERIFY2(delay >= expected * 8 / 10 && delay <= expected * 12 / 10,
                    qPrintable(QStringLiteral("failure %1 waited %2 ms").arg(failures).arg(delay)));
            }
        }
    }

    void neverWaitsLongerThanTheCapAllows()
    {
        const Backoff::Tuning tuning {1000, 8000};
        for (int failures : {5, 20, 1000})
            QVERIFY(Backoff::delayMs(failures, tuning, ApiError()) <= 8000 * 12 / 10);
    }

    void theServersRetryAfterWins()
    {
        ApiError limited;
        limited.kind = ApiError::Kind::RateLimited;
        limited.retryAfterSeconds = 90;
        QCOMPARE(Backoff::delayMs(1, {1000, 60000}, limited), 90000);
    }

    void neverSoonerThanTheFloor() { QVERIFY(Backoff::delayMs(1, {100, 60000}, ApiError(), 5000) >= 5000); }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
