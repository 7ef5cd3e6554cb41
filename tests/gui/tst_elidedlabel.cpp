// ElidedLabel shapes a new text once and paints from that layout: what it shows must still be what
// QLabel would show, to the pixel, with the longest part of the text that fits and never more.
#include "elidedlabel.h"

#include <QFontMetricsF>
#include <QLabel>
#include <QTest>

using namespace agi;

namespace {

const QString LongTitle
    = QStringLiteral("Flights from Zürich to Lisbon on 14 March: compare fares, baggage and seats, and book online");

} // namespace

class TestElidedLabel final : public QObject
{
    Q_OBJECT

private:
    static QImage painted(QWidget &widget) { return widget.grab().toImage().convertToFormat(QImage::Format_RGB32); }

private Q_SLOTS:
    void paintsWhatQLabelPaints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<int>("width");
        const int left = int(Qt::AlignLeft | Qt::AlignVCenter);
        QTest::newRow("fits") << QStringLiteral("Checkout") << int(Qt::ElideRight) << left << 300;
        QTest::newRow("cut at the end") << LongTitle << int(Qt::ElideRight) << left << 240;
        QTest::newRow("cut in the middle") << QStringLiteral("https://www.example.com/search?q=agent+sessions&page=12")
                                           << int(Qt::ElideMiddle) << left << 200;
        QTest::newRow("cut at the start") << LongTitle << int(Qt::ElideLeft) << left << 180;
        QTest::newRow("right-aligned") << QStringLiteral("updated 3 s ago") << int(Qt::ElideRight)
                                       << int(Qt::AlignRight | Qt::AlignVCenter) << 300;
        QTest::newRow("centred at the top")
            << QStringLiteral("Inbox") << int(Qt::ElideRight) << int(Qt::AlignHCenter | Qt::AlignTop) << 300;
        QTest::newRow("right to left") << QStringLiteral(
            "\u05d7\u05d9\u05e4\u05d5\u05e9 \u05d8\u05d9\u05e1\u05d5\u05ea "
            "\u05dc\u05dc\u05d9\u05e1\u05d1\u05d5\u05df \u05d1\u05de\u05e8\u05e5")
                                       << int(Qt::ElideRight) << left << 60;
        QTest::newRow("characters made of several")
            << QStringLiteral("Cafe\u0301 menu \U0001F600\U0001F600 and more text") << int(Qt::ElideRight) << left
            << 110;
    }

    void paintsWhatQLabelPaints()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(int, alignment);
        QFETCH(int, width);
        ElidedLabel ours(nullptr, Qt::TextElideMode(mode));
        ours.setAlignment(Qt::Alignment(alignment));
        ours.resize(width, 30);
        ours.setFullText(text);
        QLabel reference;
        reference.setTextFormat(Qt::PlainText);
        reference.setAlignment(Qt::Alignment(alignment));
        reference.resize(width, 30);
        reference.setText(ours.text());

        QCOMPARE(painted(ours), painted(reference));
        // The same after a change of font: the layout is made again for it.
        QFont larger = ours.font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        ours.setFont(larger);
        reference.setFont(larger);
        reference.setText(ours.text());
        QCOMPARE(painted(ours), painted(reference));
    }

    void showsTheLongestPartThatFits_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("end") << int(Qt::ElideRight);
        QTest::newRow("middle") << int(Qt::ElideMiddle);
        QTest::newRow("start") << int(Qt::ElideLeft);
    }

    void showsTheLongestPartThatFits()
    {
        QFETCH(int, mode);
        ElidedLabel label(nullptr, Qt::TextElideMode(mode));
        label.setFullText(LongTitle);
        label.show(); // so that a resize reaches it at once
        const QFontMetricsF metrics(label.font(), &label);
        for (const int width : {40, 120, 333, 500}) {
            label.resize(width, 30);
            const QString shown = label.text();
            QVERIFY2(metrics.horizontalAdvance(shown) <= width, qPrintable(shown));
            const auto cut = shown.indexOf(QChar(0x2026));
            QVERIFY2(cut >= 0, qPrintable(shown));
            const QString before = shown.left(cut);
            const QString after = shown.mid(cut + 1);
            QVERIFY(LongTitle.startsWith(before));
            QVERIFY(LongTitle.endsWith(after));
            QVERIFY(before.size() + after.size() < LongTitle.size());
            if (mode == Qt::ElideMiddle) {
                // Half the room for each end: both show something once there is room for it.
                QVERIFY(width < 120 || (!before.isEmpty() && !after.isEmpty()));
                continue;
            }
            // One more character would not fit.
            const QString more = mode == Qt::ElideLeft ? QString(QChar(0x2026) + LongTitle.right(after.size() + 1))
                                                       : QString(LongTitle.left(before.size() + 1) + QChar(0x2026));
            QVERIFY2(metrics.horizontalAdvance(more) > width, qPrintable(more));
        }
        // Wide enough for all of it: all of it, without an ellipsis.
        label.resize(int(metrics.horizontalAdvance(LongTitle)) + 2, 30);
        QCOMPARE(label.text(), LongTitle);
        QCOMPARE(label.sizeHint().width(), qCeil(metrics.horizontalAdvance(LongTitle)));
    }

    void marginsChangeTheRoom()
    {
        ElidedLabel label(nullptr, Qt::ElideRight);
        label.setFullText(LongTitle);
        label.show();
        const QFontMetricsF metrics(label.font(), &label);
        const int full = qCeil(metrics.horizontalAdvance(LongTitle));
        label.resize(full + 2, 30);
        QCOMPARE(label.text(), LongTitle);
        // The same width with margins leaves less room for the text: it is cut at once.
        label.setContentsMargins(40, 0, 40, 0);
        QVERIFY2(label.text().endsWith(QChar(0x2026)), qPrintable(label.text()));
        QVERIFY(metrics.horizontalAdvance(label.text()) <= full + 2 - 80);
        QCOMPARE(label.sizeHint().width(), full + 80);
        // And whole again when they go.
        label.setContentsMargins(0, 0, 0, 0);
        QCOMPARE(label.text(), LongTitle);
    }
};

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
