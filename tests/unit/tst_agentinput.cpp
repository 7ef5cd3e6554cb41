// What the user may send to an agent (the API's message bounds, http(s) addresses only) and how a
// stream's `step` event becomes a line of the timeline with the page of that moment.
#include "api/message.h"
#include "monitor/sessioncommand.h"

#include <QJsonObject>
#include <QTest>

using namespace agi;

class TestAgentInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageBounds_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("sendable");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral(" \n\t ") << false;
        QTest::newRow("one character") << QStringLiteral("a") << true;
        QTest::newRow("10,000") << QString(10000, u'x') << true;
        QTest::newRow("10,000 once trimmed")
            << (QStringLiteral("  ") + QString(10000, u'x') + QStringLiteral("\n")) << true;
        QTest::newRow("10,001") << QString(10001, u'x') << false;
    }

    void messageBounds()
    {
        QFETCH(QString, message);
        QFETCH(bool, sendable);
        QCOMPARE(SessionCommand::messageProblem(message).isEmpty(), sendable);
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problemHas"); // empty: allowed
        QTest::newRow("https") << QStringLiteral("https://example.com/a%20b?q=1") << QString();
        QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8080/") << QString();
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QStringLiteral("not javascript");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("not file");
        QTest::newRow("relative") << QStringLiteral("/just/a/path") << QStringLiteral("complete");
        QTest::newRow("no host") << QStringLiteral("https://") << QStringLiteral("complete");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter");
    }

    void addresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, problemHas);
        const QString problem = SessionCommand::urlProblem(QUrl(url, QUrl::StrictMode));
        if (problemHas.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(problemHas), qPrintable(problem));
    }

    void stepBecomesATimelineLine()
    {
        const Message step = Message::fromStep(
            QJsonObject {{QStringLiteral("step"), 3}, {QStringLiteral("action"), QStringLiteral("click")},
                {QStringLiteral("url"), QStringLiteral("https://shop.example/cart")},
                {QStringLiteral("title"), QStringLiteral("Cart")},
                {QStringLiteral("text"), QStringLiteral("Opened the cart")}});
        QCOMPARE(step.type, Message::Type::Step);
        QCOMPARE(step.text(), QStringLiteral("Opened the cart"));
        QCOMPARE(step.pageUrl(), QStringLiteral("https://shop.example/cart"));
        QCOMPARE(step.pageTitle(), QStringLiteral("Cart"));
        QCOMPARE(step.metadata.value(QLatin1String("step")).toInt(), 3);
        QCOMPARE(step.id, 0);

        // The Node example's `content`, else the action alone.
        QCOMPARE(Message::fromStep({{QStringLiteral("content"), QStringLiteral("Scrolled")}}).text(),
            QStringLiteral("Scrolled"));
        QCOMPARE(
            Message::fromStep({{QStringLiteral("action"), QStringLiteral("scroll")}}).text(), QStringLiteral("scroll"));
        QCOMPARE(Message::typeFromString(QStringLiteral("step")), Message::Type::Step);
    }
};

QTEST_GUILESS_MAIN(TestAgentInput)
#include "tst_agentinput.moc"
