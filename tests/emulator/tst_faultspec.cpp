#include "emulator/faultinjector.h"

#include <QJsonObject>
#include <QTest>

using agi::emu::Endpoint;
using agi::emu::Fault;
using agi::emu::FaultInjector;
using agi::emu::FaultRule;

class TestFaultSpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoodSpecs_data();
    void parsesGoodSpecs();
    void rejectsBadSpecs_data();
    void rejectsBadSpecs();
    void ruleToJson();
    void takeAppliesInArmedOrder();
    void takeCountsTimes();
    void takeMatchesTarget();
    void takeMatchesSession();
    void controlAndUnknownAreNeverFaulted();
    void clearDisarmsEverything();
    void addSpecReportsErrors();
    void helpListsEndpointsAndKinds();
};

void TestFaultSpec::parsesGoodSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("all");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("remaining");

    const auto row = [](const char *name, const char *spec, bool all, Endpoint target, Fault::Kind kind, int value,
                         int retryAfter, int remaining) {
        QTest::newRow(name) << QString::fromLatin1(spec) << all << static_cast<int>(target) << static_cast<int>(kind)
                            << value << retryAfter << remaining;
    };
    row("latency all", "all:latency=400", true, Endpoint::Unknown, Fault::Kind::Latency, 400, 1, -1);
    row("latency max", "list:latency=120000", false, Endpoint::ListSessions, Fault::Kind::Latency, 120000, 1, -1);
    row("429 retry times", "screenshot:http=429,retry-after=3,times=2", false, Endpoint::Screenshot,
        Fault::Kind::HttpStatus, 429, 3, 2);
    row("429 default retry", "create:http=429", false, Endpoint::CreateSession, Fault::Kind::HttpStatus, 429, 1, -1);
    row("503", "status:http=503", false, Endpoint::Status, Fault::Kind::HttpStatus, 503, 1, -1);
    row("drop", "delete-all:drop", false, Endpoint::DeleteAllSessions, Fault::Kind::Drop, 0, 1, -1);
    row("truncate once", "get:truncate,times=1", false, Endpoint::GetSession, Fault::Kind::Truncate, 0, 1, 1);
    row("malformed", "messages:malformed-json", false, Endpoint::Messages, Fault::Kind::MalformedJson, 0, 1, -1);
    row("corrupt", "screenshot:corrupt-jpeg", false, Endpoint::Screenshot, Fault::Kind::CorruptJpeg, 0, 1, -1);
    row("huge", "screenshot:huge-image", false, Endpoint::Screenshot, Fault::Kind::HugeImage, 0, 1, -1);
    row("slow default", "models:slow", false, Endpoint::Models, Fault::Kind::Slow, 2048, 1, -1);
    row("slow value", "navigate:slow=100", false, Endpoint::Navigate, Fault::Kind::Slow, 100, 1, -1);
    row("stall", "events:stall", false, Endpoint::Events, Fault::Kind::Stall, 0, 1, -1);
    row("spaces", "  message : latency = 5 , times = 3 ", false, Endpoint::SendMessage, Fault::Kind::Latency, 5, 1, 3);
}

void TestFaultSpec::parsesGoodSpecs()
{
    QFETCH(QString, spec);
    QFETCH(bool, all);
    QFETCH(int, target);
    QFETCH(int, kind);
    QFETCH(int, value);
    QFETCH(int, retryAfter);
    QFETCH(int, remaining);

    QString error;
    const std::optional<FaultRule> rule = FaultRule::parse(spec, &error);
    QVERIFY2(rule.has_value(), qPrintable(error));
    QCOMPARE(rule->target.has_value(), !all);
    if (!all)
        QCOMPARE(static_cast<int>(*rule->target), target);
    QCOMPARE(static_cast<int>(rule->fault.kind), kind);
    QCOMPARE(rule->fault.value, value);
    QCOMPARE(rule->fault.retryAfterSeconds, retryAfter);
    QCOMPARE(rule->remaining, remaining);
    QCOMPARE(rule->spec, spec.trimmed());
}

void TestFaultSpec::rejectsBadSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *spec, const char *expected) {
        QTest::newRow(spec) << QString::fromLatin1(spec) << QString::fromLatin1(expected);
    };
    row("", "empty fault spec");
    row("latency=400", "missing ':'");
    row(":drop", "missing target");
    row("x:drop", "unknown endpoint 'x'");
    row("control:drop", "unknown endpoint 'control'");
    row("all:", "missing fault kind");
    row("all:explode", "unknown fault kind 'explode'");
    row("all:latency", "latency needs milliseconds");
    row("all:latency=soon", "latency needs milliseconds");
    row("all:latency=0", "latency must be between 1 and 120000 ms");
    row("all:latency=120001", "latency must be between 1 and 120000 ms");
    row("all:http", "http needs a status code");
    row("all:http=200", "http status must be between 400 and 599");
    row("all:http=600", "http status must be between 400 and 599");
    row("all:drop=3", "drop takes no value");
    row("all:stall=1", "stall takes no value");
    row("all:slow=0", "slow needs a positive number of bytes per second");
    row("all:slow=fast", "slow needs a positive number of bytes per second");
    row("all:http=429,retry-after=x", "retry-after needs seconds");
    row("all:http=503,retry-after=3", "retry-after only applies to http=429");
    row("all:drop,times=0", "times needs a count of at least 1");
    row("all:drop,times", "times needs a count of at least 1");
    row("all:drop,times=1,times=2", "times given twice");
    row("all:drop,forever", "unknown option 'forever'");
    row("all:drop,", "empty option");
    row("status:drop,session", "session needs a session id");
    row("status:drop,session=", "session needs a session id");
    row("status:drop,session=a,session=b", "session given twice");
}

void TestFaultSpec::rejectsBadSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);

    QString error;
    QVERIFY(!FaultRule::parse(spec, &error).has_value());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestFaultSpec::ruleToJson()
{
    FaultInjector injector;
    QString error;
    QVERIFY(injector.addSpec(QStringLiteral("screenshot:http=429,retry-after=3,times=2"), &error));
    QVERIFY(injector.addSpec(QStringLiteral("all:latency=400"), &error));
    const QList<FaultRule> rules = injector.rules();
    QCOMPARE(rules.size(), 2);

    const QJsonObject first = rules.at(0).toJson();
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), rules.at(0).id);
    QCOMPARE(
        first.value(QStringLiteral("spec")).toString(), QStringLiteral("screenshot:http=429,retry-after=3,times=2"));
    QCOMPARE(first.value(QStringLiteral("target")).toString(), QStringLiteral("screenshot"));
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("http"));
    QCOMPARE(first.value(QStringLiteral("value")).toInt(), 429);
    QCOMPARE(first.value(QStringLiteral("retry_after")).toInt(), 3);
    QCOMPARE(first.value(QStringLiteral("remaining")).toInt(), 2);

    const QJsonObject second = rules.at(1).toJson();
    QCOMPARE(second.value(QStringLiteral("target")).toString(), QStringLiteral("all"));
    QCOMPARE(second.value(QStringLiteral("kind")).toString(), QStringLiteral("latency"));
    QCOMPARE(second.value(QStringLiteral("remaining")).toInt(), -1);
    QVERIFY(rules.at(0).id != rules.at(1).id);
}

void TestFaultSpec::takeAppliesInArmedOrder()
{
    FaultInjector injector;
    QString error;
    QVERIFY(injector.addSpec(QStringLiteral("screenshot:corrupt-jpeg"), &error));
    QVERIFY(injector.addSpec(QStringLiteral("all:latency=50"), &error));
    QVERIFY(injector.addSpec(QStringLiteral("screenshot:slow=10"), &error));

    const QList<Fault> faults = injector.take(Endpoint::Screenshot);
    QCOMPARE(faults.size(), 3);
    QCOMPARE(faults.at(0).kind, Fault::Kind::CorruptJpeg);
    QCOMPARE(faults.at(1).kind, Fault::Kind::Latency);
    QCOMPARE(faults.at(1).value, 50);
    QCOMPARE(faults.at(2).kind, Fault::Kind::Slow);
}

void TestFaultSpec::takeCountsTimes()
{
    FaultInjector injector;
    QString error;
    QVERIFY(injector.addSpec(QStringLiteral("status:http=503,times=2"), &error));
    QVERIFY(injector.addSpec(QStringLiteral("status:latency=10"), &error));

    QCOMPARE(injector.take(Endpoint::Status).size(), 2);
    QCOMPARE(injector.rules().constFirst().remaining, 1);
    QCOMPARE(injector.take(Endpoint::Status).size(), 2);
    // The counted rule is used up and removed; the permanent one stays.
    QCOMPARE(injector.rules().size(), 1);
    const QList<Fault> third = injector.take(Endpoint::Status);
    QCOMPARE(third.size(), 1);
    QCOMPARE(third.constFirst().kind, Fault::Kind::Latency);
    QCOMPARE(injector.take(Endpoint::Status).size(), 1);
}

void TestFaultSpec::takeMatchesTarget()
{
    FaultInjector injector;
    QString error;
    QVERIFY(injector.addSpec(QStringLiteral("events:stall,times=1"), &error));
    QVERIFY(injector.addSpec(QStringLiteral("all:http=500,times=1"), &error));

    // Another endpoint gets only the `all` rule and does not use up the events rule.
    const QList<Fault> list = injector.take(Endpoint::ListSessions);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().kind, Fault::Kind::HttpStatus);
    QCOMPARE(list.constFirst().value, 500);

    const QList<Fault> events = injector.take(Endpoint::Events);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().kind, Fault::Kind::Stall);
    QVERIFY(injector.rules().isEmpty());
    QVERIFY(injector.take(Endpoint::Events).isEmpty());
}

void TestFaultSpec::takeMatchesSession()
{
    FaultInjector injector;
    QString error;
    QVERIFY(injector.addSpec(QStringLiteral("status:malformed-json,times=1,session=s-2"), &error));
    QCOMPARE(injector.rules().constFirst().sessionId, QStringLiteral("s-2"));
    QCOMPARE(
        injector.rules().constFirst().toJson().value(QStringLiteral("session_id")).toString(), QStringLiteral("s-2"));

    // Requests about another session, or about none, neither get it nor use it up.
    QVERIFY(injector.take(Endpoint::Status, QStringLiteral("s-1")).isEmpty());
    QVERIFY(injector.take(Endpoint::Status).isEmpty());
    QVERIFY(injector.take(Endpoint::Screenshot, QStringLiteral("s-2")).isEmpty());
    QCOMPARE(injector.rules().constFirst().remaining, 1);

    const QList<Fault> faults = injector.take(Endpoint::Status, QStringLiteral("s-2"));
    QCOMPARE(faults.size(), 1);
    QCOMPARE(faults.constFirst().kind, Fault::Kind::MalformedJson);
    QVERIFY(injector.rules().isEmpty());
}

void TestFaultSpec::controlAndUnknownAreNeverFaulted()
{
    FaultInjector injector;
    QString error;
    QVERIFY(injector.addSpec(QStringLiteral("all:drop,times=1"), &error));
    QVERIFY(injector.take(Endpoint::Control).isEmpty());
    QVERIFY(injector.take(Endpoint::Unknown).isEmpty());
    QCOMPARE(injector.rules().constFirst().remaining, 1);
    QCOMPARE(injector.take(Endpoint::Models).size(), 1);
}

void TestFaultSpec::clearDisarmsEverything()
{
    FaultInjector injector;
    QString error;
    QVERIFY(injector.addSpec(QStringLiteral("all:latency=5"), &error));
    QVERIFY(injector.addSpec(QStringLiteral("get:drop"), &error));
    injector.clear();
    QVERIFY(injector.rules().isEmpty());
    QVERIFY(injector.take(Endpoint::GetSession).isEmpty());
}

void TestFaultSpec::addSpecReportsErrors()
{
    FaultInjector injector;
    QString error;
    QVERIFY(!injector.addSpec(QStringLiteral("nowhere:drop"), &error));
    QCOMPARE(error, QStringLiteral("unknown endpoint 'nowhere'"));
    QVERIFY(injector.rules().isEmpty());
}

void TestFaultSpec::helpListsEndpointsAndKinds()
{
    const QString help = FaultInjector::specHelp();
    for (const char *word :
        {"TARGET:KIND", "screenshot", "delete-all", "models", "latency=MS", "http=CODE", "retry-after", "times=N",
            "session=ID", "malformed-json", "corrupt-jpeg", "huge-image", "slow", "stall", "events:stall"})
        QVERIFY2(help.contains(QLatin1String(word)), word);
    QVERIFY(!help.contains(QLatin1String("control")));
}

QTEST_GUILESS_MAIN(TestFaultSpec)
#include "tst_faultspec.moc"
