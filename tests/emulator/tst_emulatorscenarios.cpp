// The scripted agent's results as a client reads them: they follow the task's numbers, route,
// price ceiling and output instructions, and they are consistent in themselves.
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace agi::test;

class TestEmulatorScenarios final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void flights_followTheTasksNumbersRouteAndCeiling();
    void flights_timesAreConsistent();
    void flights_ceilingNoFareMeets_saysSo();
    void flights_jsonWithNamedFields_isExactlyThoseFields();
    void shopping_productsFitTheTaskAndPricesAreNumbers();
    void research_readsTheTopicNotTheTaskWords();
    void research_countsSources();
    void booking_answerPicksTheOfferedSlot();

private:
    //! Runs `task` on a new session to its end; the DONE content and the question asked, if any.
    QJsonValue run(const QString &task, const QString &answer = {}, QString *question = nullptr);

    std::unique_ptr<EmulatorFixture> m_fx;
    std::unique_ptr<HttpProbe> m_probe;
    std::unique_ptr<SessionApi> m_api;
};

void TestEmulatorScenarios::initTestCase()
{
    auto config = EmulatorFixture::defaults();
    config.speed = 100;
    m_fx = std::make_unique<EmulatorFixture>(config);
    QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
    m_probe = std::make_unique<HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
    m_api = std::make_unique<SessionApi>(*m_probe);
}

void TestEmulatorScenarios::cleanupTestCase()
{
    m_api.reset();
    m_probe.reset();
    m_fx.reset();
}

QJsonValue TestEmulatorScenarios::run(const QString &task, const QString &answer, QString *question)
{
    const QString id = m_api->create().value(QStringLiteral("session_id")).toString();
    if (m_api->sendMessage(id, task).status != 200)
        return {};
    const auto ended = [&] {
        const QString status = m_api->executionStatus(id);
        if (status == QStringLiteral("waiting_for_input") && !answer.isEmpty()) {
            const QJsonArray messages = m_api->messages(id);
            if (question)
                *question = messages.last().toObject().value(QStringLiteral("content")).toString();
            m_api->sendMessage(id, answer);
        }
        return status == QStringLiteral("finished") || status == QStringLiteral("error");
    };
    if (!QTest::qWaitFor(ended, 20000))
        return {};
    const QJsonObject done = m_api->messages(id).last().toObject();
    if (done.value(QStringLiteral("type")).toString() != QStringLiteral("DONE"))
        return {};
    return done.value(QStringLiteral("content"));
}

void TestEmulatorScenarios::flights_followTheTasksNumbersRouteAndCeiling()
{
    const QJsonObject result = run(QStringLiteral("Find three nonstop flights from SFO to JFK under $450")).toObject();
    const QJsonArray flights = result.value(QStringLiteral("flights")).toArray();
    QCOMPARE(flights.size(), 3);
    double previous = 0;
    for (const QJsonValue value : flights) {
        const QJsonObject flight = value.toObject();
        QCOMPARE(flight.value(QStringLiteral("origin")).toString(), QStringLiteral("SFO"));
        QCOMPARE(flight.value(QStringLiteral("destination")).toString(), QStringLiteral("JFK"));
        QCOMPARE(flight.value(QStringLiteral("stops")).toInt(-1), 0);
        QVERIFY2(flight.value(QStringLiteral("price")).isDouble(), "prices are numbers");
        const double price = flight.value(QStringLiteral("price")).toDouble();
        QVERIFY2(price > 0 && price < 450, qPrintable(QString::number(price)));
        QVERIFY2(price >= previous, "cheapest first");
        previous = price;
        QCOMPARE(flight.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QVERIFY(!flight.value(QStringLiteral("airline")).toString().isEmpty());
    }
    const QString summary = result.value(QStringLiteral("summary")).toString();
    QVERIFY2(
        summary.startsWith(QStringLiteral("Found 3 nonstop flights from San Francisco (SFO) to New York (JFK) on ")),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("under $450")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("to to")), qPrintable(summary));
}

void TestEmulatorScenarios::flights_timesAreConsistent()
{
    const QJsonArray flights = run(QStringLiteral("Find 6 flights from Tokyo to San Francisco"))
                                   .toObject()
                                   .value(QStringLiteral("flights"))
                                   .toArray();
    QCOMPARE(flights.size(), 6);
    for (const QJsonValue value : flights) {
        const QJsonObject flight = value.toObject();
        const QDateTime departure
            = QDateTime::fromString(flight.value(QStringLiteral("departure_time")).toString(), Qt::ISODate);
        const QDateTime arrival
            = QDateTime::fromString(flight.value(QStringLiteral("arrival_time")).toString(), Qt::ISODate);
        QVERIFY2(departure.isValid() && arrival.isValid(), QJsonDocument(flight).toJson().constData());
        QVERIFY2(arrival > departure, QJsonDocument(flight).toJson().constData());
        QCOMPARE(departure.secsTo(arrival), flight.value(QStringLiteral("duration_minutes")).toInt() * 60);
        // Each end in its own time zone: Tokyo is UTC+9, San Francisco UTC-7 or -8.
        QCOMPARE(departure.offsetFromUtc(), 9 * 3600);
        QVERIFY(arrival.offsetFromUtc() < -6 * 3600);
    }
}

void TestEmulatorScenarios::flights_ceilingNoFareMeets_saysSo()
{
    const QJsonObject result = run(QStringLiteral("Find nonstop flights from SFO to JFK under $20")).toObject();
    QCOMPARE(result.value(QStringLiteral("flights")).toArray().size(), 0);
    const QString summary = result.value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.startsWith(QStringLiteral("No nonstop flights from San Francisco (SFO) to New York (JFK)")),
        qPrintable(summary));
}

void TestEmulatorScenarios::flights_jsonWithNamedFields_isExactlyThoseFields()
{
    const QStringList fields {QStringLiteral("airline"), QStringLiteral("price"), QStringLiteral("departure_time"),
        QStringLiteral("arrival_time"), QStringLiteral("stops")};
    const QJsonValue result
        = run(QStringLiteral("Find 2 flights from Lisbon to London next Friday. Return as JSON "
                             "array with fields: airline, price, departure_time, arrival_time, stops."));
    QVERIFY2(result.isArray(), QJsonDocument(result.toObject()).toJson().constData());
    const QJsonArray flights = result.toArray();
    QCOMPARE(flights.size(), 2);
    for (const QJsonValue value : flights) {
        QStringList keys = value.toObject().keys();
        QStringList expected = fields;
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QVERIFY(value.toObject().value(QStringLiteral("price")).isDouble());
        QVERIFY(!value.toObject().value(QStringLiteral("airline")).toString().isEmpty());
    }
}

void TestEmulatorScenarios::shopping_productsFitTheTaskAndPricesAreNumbers()
{
    const QJsonObject result = run(QStringLiteral("Buy three wireless mice under $30")).toObject();
    const QJsonArray products = result.value(QStringLiteral("products")).toArray();
    QCOMPARE(products.size(), 3);
    for (const QJsonValue value : products) {
        const QJsonObject product = value.toObject();
        const QString name = product.value(QStringLiteral("name")).toString();
        QVERIFY2(name.contains(QStringLiteral("Wireless Mouse")), qPrintable(name));
        QVERIFY2(name.size() < 40 && !name.contains(QStringLiteral("under")), qPrintable(name));
        QVERIFY(product.value(QStringLiteral("price")).isDouble());
        QVERIFY(product.value(QStringLiteral("price")).toDouble() < 30);
        QCOMPARE(product.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    }
    const QString summary = result.value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.startsWith(QStringLiteral("Found 3 wireless mice under $30")), qPrintable(summary));
    QVERIFY(result.value(QStringLiteral("cart")).toObject().value(QStringLiteral("price")).toDouble() < 30);
}

void TestEmulatorScenarios::research_readsTheTopicNotTheTaskWords()
{
    const QJsonObject result = run(QStringLiteral("Research the history of the espresso machine")).toObject();
    const QJsonArray sources = result.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 2);
    const QJsonObject first = sources.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Espresso machine - Wikipedia"));
    QCOMPARE(first.value(QStringLiteral("url")).toString(),
        QStringLiteral("https://en.wikipedia.org/wiki/Espresso_machine"));
    const QString summary = result.value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.startsWith(QStringLiteral("Read 2 sources on espresso machine")), qPrintable(summary));
    QCOMPARE(result.value(QStringLiteral("key_points")).toArray().size(), 3);
}

void TestEmulatorScenarios::research_countsSources()
{
    const QJsonArray sources = run(QStringLiteral("Find four articles about tidal energy"))
                                   .toObject()
                                   .value(QStringLiteral("sources"))
                                   .toArray();
    QCOMPARE(sources.size(), 4);
    QSet<QString> urls;
    for (const QJsonValue source : sources)
        urls.insert(source.toObject().value(QStringLiteral("url")).toString());
    QCOMPARE(urls.size(), 4);
}

void TestEmulatorScenarios::booking_answerPicksTheOfferedSlot()
{
    QString question;
    const QJsonObject result
        = run(QStringLiteral("Book a table for four on Friday"), QStringLiteral("the later one"), &question).toObject();
    const QJsonObject booking = result.value(QStringLiteral("booking")).toObject();
    QCOMPARE(booking.value(QStringLiteral("party")).toInt(), 4);
    const QString time = booking.value(QStringLiteral("time")).toString();
    QVERIFY2(
        question.contains(QStringLiteral("and %1.").arg(time)), qPrintable(question + QStringLiteral(" / ") + time));
    QVERIFY2(result.value(QStringLiteral("summary")).toString().contains(QStringLiteral("at %1;").arg(time)),
        qPrintable(result.value(QStringLiteral("summary")).toString()));
}

QTEST_MAIN(TestEmulatorScenarios)
#include "tst_emulatorscenarios.moc"
