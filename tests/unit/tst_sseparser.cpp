#include "api/sseparser.h"
#include "testdata.h"

#include <QTest>

using agi::SseEvent;
using agi::SseParser;

namespace {

QByteArray sample()
{
    return agi::test::readTestData("api/events_sample.txt");
}

QByteArray withLineEnding(QByteArray text, const QByteArray &ending)
{
    return text.replace("\n", ending);
}

QList<SseEvent> parseInChunks(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        parser.feed(stream.mid(from, cut - from));
        events += parser.takeEvents();
        from = cut;
    }
    parser.feed(stream.mid(from));
    events += parser.takeEvents();
    return events;
}

} // namespace

class TestSseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample_givesTheDocumentedEvents()
    {
        const QList<SseEvent> events = parseInChunks(sample(), {});
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.at(0).event, QStringLiteral("thought"));
        QCOMPARE(events.at(0).id, QStringLiteral("42"));
        QVERIFY(events.at(0).hasOwnId);
        QVERIFY(events.at(0).data.startsWith("{\"text\":\"Searching"));
        QCOMPARE(events.at(1).event, QStringLiteral("question"));
        QCOMPARE(events.at(2).event, QStringLiteral("heartbeat"));
        QVERIFY(!events.at(2).hasOwnId);
        QCOMPARE(events.at(2).id, QStringLiteral("43"));         // the last id carries over, as the spec says
        QCOMPARE(events.at(3).event, QStringLiteral("message")); // no event: line
        QCOMPARE(events.at(3).data, QByteArrayLiteral("first line\nsecond line"));
        QCOMPARE(events.at(4).event, QStringLiteral("done"));
        QCOMPARE(events.at(4).id, QStringLiteral("50"));
    }

    void everySplitPosition_givesTheSameEvents_data()
    {
        QTest::addColumn<QByteArray>("ending");
        QTest::newRow("LF") << QByteArrayLiteral("\n");
        QTest::newRow("CRLF") << QByteArrayLiteral("\r\n");
        QTest::newRow("CR") << QByteArrayLiteral("\r");
    }
    void everySplitPosition_givesTheSameEvents()
    {
        QFETCH(QByteArray, ending);
        const QByteArray stream = withLineEnding(sample(), ending);
        const QList<SseEvent> whole = parseInChunks(sample(), {});
        QCOMPARE(parseInChunks(stream, {}), whole);
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            const QList<SseEvent> events = parseInChunks(stream, {cut});
            if (events != whole)
                QFAIL(qPrintable(QStringLiteral("split at %1 differs").arg(cut)));
        }
        // Three pieces, every pair of positions (a few thousand parses).
        for (qsizetype a = 0; a <= stream.size(); a += 3) {
            for (qsizetype b = a; b <= stream.size(); b += 5) {
                if (parseInChunks(stream, {a, b}) != whole)
                    QFAIL(qPrintable(QStringLiteral("split at %1,%2 differs").arg(a).arg(b)));
            }
        }
        // One byte at a time.
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < stream.size(); ++i)
            everyByte.append(i);
        QCOMPARE(parseInChunks(stream, everyByte), whole);
    }

    void incompleteEvent_waitsForItsBlankLine()
    {
        SseParser parser;
        parser.feed(QByteArrayLiteral("event: thought\ndata: {\"a\":1}\n"));
        QVERIFY(!parser.hasEvents());
        parser.feed(QByteArrayLiteral("\n"));
        QCOMPARE(parser.takeEvents().size(), 1);
        QVERIFY(!parser.hasEvents());
    }

    void fieldsWithoutSpaceOrValue()
    {
        SseParser parser;
        parser.feed(QByteArrayLiteral("event:log\ndata:no space\ndata\n\nretry: 1500\n\ndata:\n\n"));
        const QList<SseEvent> events = parser.takeEvents();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).event, QStringLiteral("log"));
        QCOMPARE(events.at(0).data, QByteArrayLiteral("no space\n"));
        QCOMPARE(events.at(1).data, QByteArray());
        QCOMPARE(parser.retryMs(), 1500);
    }

    void eventWithoutData_isNotDispatched()
    {
        SseParser parser;
        parser.feed(QByteArrayLiteral("event: ping\n\n: only a comment\n\nid: 9\n\n"));
        QVERIFY(!parser.hasEvents());
        QCOMPARE(parser.lastEventId(), QStringLiteral("9"));
    }

    void byteOrderMark_isSkippedEvenWhenSplit()
    {
        const QByteArray stream = QByteArrayLiteral("\xEF\xBB\xBF"
                                                    "data: x\n\n");
        for (qsizetype cut = 0; cut <= 4; ++cut) {
            const QList<SseEvent> events = parseInChunks(stream, {cut});
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.at(0).data, QByteArrayLiteral("x"));
        }
    }

    void oversizedEvent_isDroppedAndFlagged()
    {
        SseParser parser;
        parser.setMaxEventBytes(16);
        parser.feed(QByteArrayLiteral("data: ") + QByteArray(100, 'a') + QByteArrayLiteral("\n\ndata: ok\n\n"));
        const QList<SseEvent> events = parser.takeEvents();
        QVERIFY(parser.overflowed());
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).data, QByteArrayLiteral("ok"));
    }

    void oversizedLine_dropsItsWholeEvent_whereverTheChunksSplit_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<QByteArray>>("expectedData");
        QTest::newRow("long data line after a short one")
            << (QByteArrayLiteral("data: a\ndata: ") + QByteArray(30, 'b') + QByteArrayLiteral("\n\ndata: ok\n\n"))
            << QList<QByteArray> {QByteArrayLiteral("ok")};
        QTest::newRow("long event name") << (QByteArrayLiteral("event: ") + QByteArray(30, 'e')
            + QByteArrayLiteral("\ndata: lost\n\ndata: ok\n\n"))
                                         << QList<QByteArray> {QByteArrayLiteral("ok")};
        QTest::newRow("long comment") << (QByteArrayLiteral(": ") + QByteArray(40, 'c')
            + QByteArrayLiteral("\ndata: lost\n\n"))
                                      << QList<QByteArray> {};
    }

    void oversizedLine_dropsItsWholeEvent_whereverTheChunksSplit()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<QByteArray>, expectedData);
        for (qsizetype size = 1; size <= stream.size(); ++size) {
            SseParser parser;
            parser.setMaxEventBytes(25);
            for (qsizetype at = 0; at < stream.size(); at += size)
                parser.feed(stream.mid(at, size));
            QList<QByteArray> data;
            for (const SseEvent &event : parser.takeEvents())
                data << event.data;
            QVERIFY2(parser.overflowed(), qPrintable(QStringLiteral("chunk size %1").arg(size)));
            QCOMPARE(data, expectedData);
        }
    }

    void reset_keepsLastEventId()
    {
        SseParser parser;
        parser.feed(QByteArrayLiteral("id: 5\ndata: a\n\ndata: half"));
        parser.reset();
        parser.feed(QByteArrayLiteral("\n\n"));
        QVERIFY(!parser.hasEvents()); // the half event died with the old connection
        QCOMPARE(parser.lastEventId(), QStringLiteral("5"));
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
