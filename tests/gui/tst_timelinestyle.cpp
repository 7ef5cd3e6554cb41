// Every message type's tint reads as text on the palette's base, light and dark, whatever colour
// the palette's scheme picked for its highlight (the user's own messages wear it).
#include "timelinestyle.h"

#include <QTest>

using namespace agi;

class TestTimelineStyle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tintsReadOnTheBase_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("highlight");
        QTest::newRow("light, Breeze") << QColor(0xff, 0xff, 0xff) << QColor(0x3d, 0xae, 0xe9);
        QTest::newRow("light, Fusion") << QColor(0xff, 0xff, 0xff) << QColor(0x30, 0x8c, 0xc6);
        QTest::newRow("dark, qt6ct darker") << QColor(0x3d, 0x3d, 0x3d) << QColor(0x12, 0x60, 0x8a);
        QTest::newRow("dark, Breeze Dark") << QColor(0x1b, 0x1e, 0x20) << QColor(0x3d, 0xae, 0xe9);
        QTest::newRow("black, navy highlight") << QColor(Qt::black) << QColor(0x00, 0x00, 0x80);
    }

    void tintsReadOnTheBase()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, highlight);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Highlight, highlight);
        palette.setColor(
            QPalette::PlaceholderText, base.lightness() < 128 ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x70, 0x70, 0x70));
        for (const Message::Type type : {Message::Type::User, Message::Type::Thought, Message::Type::Log,
                 Message::Type::Step, Message::Type::Question, Message::Type::Done, Message::Type::Error}) {
            const QColor tint = timelinestyle::tint(type, palette);
            QVERIFY2(timelinestyle::contrast(tint, base) >= 4.5,
                qPrintable(QStringLiteral("%1 on %2: %3")
                               .arg(tint.name(), base.name())
                               .arg(timelinestyle::contrast(tint, base))));
        }
    }

    void contrastIsWcags()
    {
        QCOMPARE(timelinestyle::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(timelinestyle::contrast(Qt::white, Qt::white), 1.0);
        // #767676 on white is the lightest grey WCAG's examples give for 4.5:1.
        QVERIFY(qAbs(timelinestyle::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }
};

QTEST_MAIN(TestTimelineStyle)
#include "tst_timelinestyle.moc"
