#include "live/base64.h"

#include <QRandomGenerator>
#include <QTest>

using agi::base64::Path;

namespace {

QList<Path> supportedPaths()
{
    QList<Path> paths;
    for (Path p : {Path::Auto, Path::Scalar, Path::Ssse3, Path::Avx2}) {
        if (agi::base64::isSupported(p))
            paths.append(p);
    }
    return paths;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = static_cast<char>(rng.bounded(256));
    return bytes;
}

// Characters that are never part of standard base64 (a sample of each kind).
const QByteArray NotAlphabet = QByteArrayLiteral("-_ .:@[`{\\\"\n\r\t\x00\x7f\x80\xff*");

} // namespace

class TestBase64 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsTheVectorPathsThisMachineHas()
    {
        qInfo("best path: %s", agi::base64::pathName(agi::base64::bestPath()));
        QVERIFY(agi::base64::isSupported(agi::base64::bestPath()));
    }

    void everyLengthMatchesQt_data()
    {
        QTest::addColumn<int>("path");
        for (Path p : supportedPaths())
            QTest::newRow(agi::base64::pathName(p)) << static_cast<int>(p);
    }

    void everyLengthMatchesQt()
    {
        QFETCH(int, path);
        for (int length = 0; length <= 300; ++length) {
            const QByteArray raw = randomBytes(length, quint32(length) + 1);
            for (const auto option : {QByteArray::Base64Encoding, QByteArray::OmitTrailingEquals}) {
                const QByteArray text = raw.toBase64(option);
                qsizetype offset = 0;
                const QByteArray decoded = agi::base64::decode(text, &offset, static_cast<Path>(path));
                QVERIFY2(!decoded.isNull(), qPrintable(QStringLiteral("length %1 offset %2").arg(length).arg(offset)));
                QCOMPARE(offset, -1);
                QCOMPARE(decoded, QByteArray::fromBase64(text));
                QCOMPARE(decoded, raw);
            }
        }
    }

    void largeInputsMatchQt_data() { everyLengthMatchesQt_data(); }

    void largeInputsMatchQt()
    {
        QFETCH(int, path);
        for (qsizetype size : {4096, 65'537, 309'000, 1'000'003}) {
            const QByteArray raw = randomBytes(size, quint32(size));
            const QByteArray text = raw.toBase64();
            QCOMPARE(agi::base64::decode(text, nullptr, static_cast<Path>(path)), raw);
        }
    }

    void everyByteValueRoundTrips()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(static_cast<char>(i));
        all = all.repeated(3);
        for (Path p : supportedPaths())
            QCOMPARE(agi::base64::decode(all.toBase64(), nullptr, p), all);
    }

    // A bad character anywhere, found by any path, is reported at its own offset.
    void invalidCharacterAtEveryPosition_data() { everyLengthMatchesQt_data(); }

    void invalidCharacterAtEveryPosition()
    {
        QFETCH(int, path);
        for (int length : {5, 31, 96, 200}) {
            const QByteArray text = randomBytes(length, 99).toBase64(QByteArray::OmitTrailingEquals);
            for (qsizetype pos = 0; pos < text.size(); ++pos) {
                for (char bad : NotAlphabet) {
                    QByteArray broken = text;
                    broken[pos] = bad;
                    qsizetype offset = 0;
                    const QByteArray decoded = agi::base64::decode(broken, &offset, static_cast<Path>(path));
                    QVERIFY2(decoded.isNull(), qPrintable(QStringLiteral("length %1 pos %2").arg(length).arg(pos)));
                    QCOMPARE(offset, pos);
                }
            }
        }
    }

    void paddingRules_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("errorOffset");
        QTest::newRow("empty") << QByteArray() << true << QByteArray() << -1;
        QTest::newRow("two pads") << QByteArrayLiteral("QQ==") << true << QByteArrayLiteral("A") << -1;
        QTest::newRow("one pad") << QByteArrayLiteral("QUI=") << true << QByteArrayLiteral("AB") << -1;
        QTest::newRow("no pad, 2 left") << QByteArrayLiteral("QQ") << true << QByteArrayLiteral("A") << -1;
        QTest::newRow("no pad, 3 left") << QByteArrayLiteral("QUI") << true << QByteArrayLiteral("AB") << -1;
        QTest::newRow("half padding") << QByteArrayLiteral("QQ=") << false << QByteArray() << 2;
        QTest::newRow("pad after full quad") << QByteArrayLiteral("QUJD=") << false << QByteArray() << 4;
        QTest::newRow("two pads after quad") << QByteArrayLiteral("QUJD==") << false << QByteArray() << 4;
        QTest::newRow("three pads") << QByteArrayLiteral("Q===") << false << QByteArray() << 1;
        QTest::newRow("only pads") << QByteArrayLiteral("====") << false << QByteArray() << 0;
        QTest::newRow("single pad") << QByteArrayLiteral("=") << false << QByteArray() << 0;
        QTest::newRow("pad inside") << QByteArrayLiteral("QQ==QUJD") << false << QByteArray() << 2;
        QTest::newRow("one dangling char") << QByteArrayLiteral("QUJDR") << false << QByteArray() << 5;
        QTest::newRow("wrong pad count") << QByteArrayLiteral("QUI==") << false << QByteArray() << 3;
        QTest::newRow("url alphabet") << QByteArrayLiteral("-_-_") << false << QByteArray() << 0;
        QTest::newRow("space") << QByteArrayLiteral("QUJD QUJD") << false << QByteArray() << 4;
    }

    void paddingRules()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        QFETCH(QByteArray, expected);
        QFETCH(int, errorOffset);
        for (Path p : supportedPaths()) {
            qsizetype offset = 0;
            const QByteArray decoded = agi::base64::decode(input, &offset, p);
            QCOMPARE(!decoded.isNull(), ok);
            QCOMPARE(offset, qsizetype(errorOffset));
            if (ok)
                QCOMPARE(decoded, expected);
        }
    }

    // The vector loops must never write beyond what the decoded data occupies.
    void doesNotWritePastTheOutput()
    {
        for (Path p : supportedPaths()) {
            for (int length = 0; length < 400; length += 7) {
                const QByteArray raw = randomBytes(length, 5);
                const QByteArray text = raw.toBase64();
                QByteArray buffer(agi::base64::maxDecodedSize(text.size()) + 64, '\xAA');
                const auto r = agi::base64::decode(text.constData(), text.size(), buffer.data(), p);
                QVERIFY(r.ok);
                QCOMPARE(buffer.left(r.size), raw);
                const qsizetype limit = r.size;
                for (qsizetype i = limit; i < buffer.size(); ++i)
                    QCOMPARE(buffer.at(i), '\xAA');
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestBase64)
#include "tst_base64.moc"
