// The colours the widgets add to the desktop's palette: error and warning text stays readable
// (WCAG 4.5:1) and recognisably red or orange on light, dark and mid-grey windows.
#include "tones.h"

#include <QPalette>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace agi;

class TestTones final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatio_matchesWcagReferenceValues()
    {
        QVERIFY(qFuzzyCompare(tones::contrastRatio(Qt::black, Qt::white), 21.0));
        QVERIFY(qFuzzyCompare(tones::contrastRatio(Qt::white, Qt::black), 21.0));
        QVERIFY(qFuzzyCompare(tones::contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0));
        // #767676 is the lightest grey that passes 4.5:1 on white, #777777 the first that fails.
        QVERIFY(tones::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(tones::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void mix_goesFromOneColourToTheOther()
    {
        const QColor from(0x20, 0x40, 0x60);
        const QColor to(0xe0, 0xc0, 0xa0);
        QCOMPARE(tones::mix(from, to, 0).rgb(), from.rgb());
        QCOMPARE(tones::mix(from, to, 1).rgb(), to.rgb());
        QCOMPARE(tones::mix(from, to, 0.5).rgb(), QColor(0x80, 0x80, 0x80).rgb());
    }

    void statusText_isReadableAndKeepsItsHue_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::newRow("white") << QColor(Qt::white);
        QTest::newRow("Fusion light") << QColor(0xef, 0xef, 0xef);
        QTest::newRow("mid grey") << QColor(0x80, 0x80, 0x80);
        QTest::newRow("dark grey") << QColor(0x42, 0x42, 0x42);
        QTest::newRow("Adwaita dark") << QColor(0x24, 0x24, 0x24);
        QTest::newRow("black") << QColor(Qt::black);
        QTest::newRow("red-tinted dark") << QColor(0x3a, 0x10, 0x14);
    }

    void statusText_isReadableAndKeepsItsHue()
    {
        QFETCH(QColor, window);
        const QPalette palette(window);
        const auto hueDistance = [](const QColor &a, const QColor &b) {
            const int d = std::abs(a.hslHue() - b.hslHue());
            return std::min(d, 360 - d);
        };

        const QColor negative = tones::negativeText(palette);
        QVERIFY2(tones::contrastRatio(negative, window) >= 4.5, qPrintable(negative.name()));
        if (negative.hslSaturation() > 0)
            QVERIFY2(hueDistance(negative, QColor::fromRgb(tones::negativeHue)) <= 10, qPrintable(negative.name()));

        const QColor neutral = tones::neutralText(palette);
        QVERIFY2(tones::contrastRatio(neutral, window) >= 4.5, qPrintable(neutral.name()));
        if (neutral.hslSaturation() > 0)
            QVERIFY2(hueDistance(neutral, QColor::fromRgb(tones::neutralHue)) <= 10, qPrintable(neutral.name()));
    }

    void statusText_isDarkerOnLightWindowsAndLighterOnDarkOnes()
    {
        const QColor onLight = tones::negativeText(QPalette(QColor(0xef, 0xef, 0xef)));
        const QColor onDark = tones::negativeText(QPalette(QColor(0x24, 0x24, 0x24)));
        QVERIFY(onLight.lightnessF() < QColor::fromRgb(tones::negativeHue).lightnessF());
        QVERIFY(onDark.lightnessF() > onLight.lightnessF());
    }
};

QTEST_MAIN(TestTones)
#include "tst_tones.moc"
