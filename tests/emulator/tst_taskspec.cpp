// What the scripted agent reads from a task text: counts, price ceilings, routes, days, parties
// and output instructions, and the numbers it must not mistake for a count.
#include "emulator/taskspec.h"

#include <QTest>

using agi::emu::TaskSpec;

class TestTaskSpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void count_data();
    void count();
    void priceCeiling_data();
    void priceCeiling();
    void route_data();
    void route();
    void days();
    void partySize();
    void outputFields_data();
    void outputFields();

private:
    const QDate m_monday {2026, 11, 30};
};

void TestTaskSpec::count_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<int>("count");
    QTest::newRow("word") << QStringLiteral("Find three nonstop flights from SFO to JFK under $450") << 3;
    QTest::newRow("digits") << QStringLiteral("Find 5 flights to Lisbon") << 5;
    QTest::newRow("top") << QStringLiteral("Show me the top 4 laptops") << 4;
    QTest::newRow("none") << QStringLiteral("Find flights to Lisbon in June") << 0;
    QTest::newRow("price is no count") << QStringLiteral("Buy a charger under $40") << 0;
    QTest::newRow("bare price is no count") << QStringLiteral("Buy a charger under 40 dollars") << 0;
    QTest::newRow("party is no count") << QStringLiteral("Book a table for two on Friday") << 0;
    QTest::newRow("date is no count") << QStringLiteral("Fly to Rome on 2026-06-04 please") << 0;
    QTest::newRow("time is no count") << QStringLiteral("Book dinner at 7 pm") << 0;
    QTest::newRow("model is no count") << QStringLiteral("Buy an iPhone 15 case") << 0;
    QTest::newRow("measure is no count") << QStringLiteral("Find flights with 1 stop") << 0;
}

void TestTaskSpec::count()
{
    QFETCH(QString, task);
    QFETCH(int, count);
    QCOMPARE(TaskSpec::parse(task, m_monday).count, count);
}

void TestTaskSpec::priceCeiling_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<double>("ceiling"); // 0: none
    QTest::addColumn<QString>("currency");
    QTest::newRow("under $") << QStringLiteral("flights under $450") << 450.0 << QStringLiteral("USD");
    QTest::newRow("below euros") << QStringLiteral("a kettle below 39.90 euros") << 39.9 << QStringLiteral("EUR");
    QTest::newRow("or less") << QStringLiteral("a lamp, £25 or less") << 25.0 << QStringLiteral("GBP");
    QTest::newRow("thousands") << QStringLiteral("a laptop under $1,200") << 1200.0 << QStringLiteral("USD");
    QTest::newRow("minutes are no price") << QStringLiteral("a walk under 40 minutes") << 0.0 << QStringLiteral("USD");
    QTest::newRow("none") << QStringLiteral("the cheapest flight") << 0.0 << QStringLiteral("USD");
}

void TestTaskSpec::priceCeiling()
{
    QFETCH(QString, task);
    QFETCH(double, ceiling);
    QFETCH(QString, currency);
    const TaskSpec spec = TaskSpec::parse(task, m_monday);
    QCOMPARE(spec.maxPrice.value_or(0.0), ceiling);
    QCOMPARE(spec.currency, currency);
}

void TestTaskSpec::route_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<bool>("nonstop");
    QTest::newRow("codes") << QStringLiteral("three nonstop flights from SFO to JFK next week") << QStringLiteral("SFO")
                           << QStringLiteral("JFK") << true;
    QTest::newRow("code pair") << QStringLiteral("direct flights LIS-LHR") << QStringLiteral("LIS")
                               << QStringLiteral("LHR") << true;
    QTest::newRow("places") << QStringLiteral("Find flights from New York to Lisbon in June")
                            << QStringLiteral("New York to") << QStringLiteral("Lisbon in June") << false;
    QTest::newRow("verb after to") << QStringLiteral("I want to fly to Tokyo") << QString() << QStringLiteral("Tokyo")
                                   << false;
}

void TestTaskSpec::route()
{
    QFETCH(QString, task);
    QFETCH(QString, origin);
    QFETCH(QString, destination);
    QFETCH(bool, nonstop);
    const TaskSpec spec = TaskSpec::parse(task, m_monday);
    // Places keep the words that follow; the flights scenario takes the longest known prefix.
    QCOMPARE(spec.origin, origin);
    QCOMPARE(spec.destination, destination);
    QCOMPARE(spec.nonstop, nonstop);
}

void TestTaskSpec::days()
{
    QCOMPARE(TaskSpec::parse(QStringLiteral("on 2027-01-15"), m_monday).date, QDate(2027, 1, 15));
    QCOMPARE(TaskSpec::parse(QStringLiteral("tomorrow"), m_monday).date, QDate(2026, 12, 1));
    QCOMPARE(TaskSpec::parse(QStringLiteral("on Friday evening"), m_monday).date, QDate(2026, 12, 4));
    QCOMPARE(TaskSpec::parse(QStringLiteral("next Monday"), m_monday).date, QDate(2026, 12, 7));
    QCOMPARE(TaskSpec::parse(QStringLiteral("on June 4"), m_monday).date, QDate(2027, 6, 4));
    QCOMPARE(TaskSpec::parse(QStringLiteral("4th of December"), m_monday).date, QDate(2026, 12, 4));
    QCOMPARE(TaskSpec::parse(QStringLiteral("next week"), m_monday).week, QDate(2026, 12, 7));
    const TaskSpec june = TaskSpec::parse(QStringLiteral("flights in June"), m_monday);
    QVERIFY(!june.date.isValid());
    QCOMPARE(june.month, 6);
}

void TestTaskSpec::partySize()
{
    QCOMPARE(TaskSpec::parse(QStringLiteral("a table for two on Friday"), m_monday).partySize, 2);
    QCOMPARE(TaskSpec::parse(QStringLiteral("dinner for 6 people"), m_monday).partySize, 6);
    QCOMPARE(TaskSpec::parse(QStringLiteral("a table for 7 pm"), m_monday).partySize, 0);
}

void TestTaskSpec::outputFields_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<bool>("json");
    QTest::newRow("colon list") << QStringLiteral("Find flights. Return as JSON array with fields: airline, price, "
                                                  "departure_time, arrival_time.")
                                << QStringList {QStringLiteral("airline"), QStringLiteral("price"),
                                       QStringLiteral("departure_time"), QStringLiteral("arrival_time")}
                                << true;
    QTest::newRow("and, quotes, ellipsis")
        << QStringLiteral("Return JSON with keys `name`, \"price\" and rating, ...")
        << QStringList {QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("rating")} << true;
    QTest::newRow("no format") << QStringLiteral("Find car keys with a ring") << QStringList() << false;
    QTest::newRow("json only") << QStringLiteral("List laptops as JSON") << QStringList() << true;
}

void TestTaskSpec::outputFields()
{
    QFETCH(QString, task);
    QFETCH(QStringList, fields);
    QFETCH(bool, json);
    const TaskSpec spec = TaskSpec::parse(task, m_monday);
    QCOMPARE(spec.outputFields, fields);
    QCOMPARE(spec.wantsJson, json);
}

QTEST_MAIN(TestTaskSpec)
#include "tst_taskspec.moc"
