// Text from pages and the server shown on one line, without reordering tricks (DisplayText).
#include "model/displaytext.h"

#include <QTest>

using namespace agi;

class TestDisplayText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("Flights to Paris | Kayak")
                               << QStringLiteral("Flights to Paris | Kayak");
        QTest::newRow("non-latin text stays")
            << QStringLiteral("مرحبا – 東京 – Ωmega") << QStringLiteral("مرحبا – 東京 – Ωmega");
        QTest::newRow("right-to-left override")
            << QStringLiteral("invoice\u202Etxt.exe") << QStringLiteral("invoice<U+202E>txt.exe");
        QTest::newRow("isolates and marks")
            << QStringLiteral("a\u2066b\u2069c\u200Fd") << QStringLiteral("a<U+2066>b<U+2069>c<U+200F>d");
        QTest::newRow("zero width") << QStringLiteral("pay\u200Bpal") << QStringLiteral("pay<U+200B>pal");
        QTest::newRow("newlines") << QStringLiteral("Line one\nLine two\r\nthree")
                                  << QStringLiteral("Line one⏎Line two⏎three");
        QTest::newRow("tab and controls")
            << QStringLiteral("a\tb\u0007c\u009Bd") << QStringLiteral("a b<U+0007>c<U+009B>d");
    }

    void oneLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(DisplayText::oneLine(text), shown);
        QCOMPARE(DisplayText::needsEscaping(text), text != shown);
    }

    void url_showsAnEncodedOverrideVisibly()
    {
        const QUrl spoof(QStringLiteral("https://files.example.com/invoice%E2%80%AEtxt.exe"));
        const QString shown = DisplayText::url(spoof);
        QVERIFY2(shown.contains(QLatin1String("invoice<U+202E>txt.exe")), qPrintable(shown)); // QUrl decodes %E2%80%AE
        QVERIFY(!shown.contains(QChar(0x202E)));
        QCOMPARE(DisplayText::url(QUrl(QStringLiteral("https://example.com/a b"))),
            QStringLiteral("https://example.com/a b"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
