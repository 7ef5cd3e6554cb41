// The resources compiled in: the icons the UI shows (agi_ui) and the German translation (agi_core).

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// How many pixels of an icon rendered at `size` are not fully transparent.
int visiblePixels(const QString &path, int size)
{
    QSvgRenderer renderer(path);
    if (!renderer.isValid())
        return -1;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    int visible = 0;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            visible += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return visible;
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            current.finished = type.isEmpty() && !text.trimmed().isEmpty();
            if (type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
                messages.append(current);
        }
    }
    return messages;
}

} // namespace

class TestResources final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applicationIconReadsAtEverySize_data();
    void applicationIconReadsAtEverySize();
    void actionIconsArePresent_data();
    void actionIconsArePresent();
    void germanLocaleFindsTheTranslation();
    void otherLocalesFallBackToEnglish();
    void germanTranslationIsComplete();
};

void TestResources::applicationIconReadsAtEverySize_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%d px", size) << size;
}

void TestResources::applicationIconReadsAtEverySize()
{
    QFETCH(int, size);
    const QString path = QStringLiteral(":/icons/" AGI_APP_ID ".svg");
    QVERIFY2(QFile::exists(path), qPrintable(path));
    // Most of the square is covered: a window-manager icon that is mostly empty looks broken.
    QVERIFY(visiblePixels(path, size) > size * size / 2);
    QVERIFY(!QIcon(path).pixmap(size).isNull());
}

void TestResources::actionIconsArePresent_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"new-session", "refresh", "end-session", "save-frame", "copy-url", "pause", "resume",
             "cancel", "open-in-browser", "settings", "zoom-fit", "zoom-original"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestResources::actionIconsArePresent()
{
    QFETCH(QString, name);
    const QString path = QStringLiteral(":/icons/actions/%1.svg").arg(name);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    // Something is drawn at toolbar size, but it is a line icon, not a filled square.
    const int visible = visiblePixels(path, 16);
    QVERIFY2(visible > 16, qPrintable(QString::number(visible)));
    QVERIFY2(visible < 16 * 16 * 3 / 4, qPrintable(QString::number(visible)));
}

void TestResources::germanLocaleFindsTheTranslation()
{
    // What the application does under LANG=de_DE.UTF-8: the de_DE lookup falls back to _de.
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("agi-monitor"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.language(), QStringLiteral("de"));
    QVERIFY(!translator.isEmpty());
}

void TestResources::otherLocalesFallBackToEnglish()
{
    QTranslator translator;
    QVERIFY(!translator.load(QLocale(QLocale::Japanese, QLocale::Japan), QStringLiteral("agi-monitor"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
}

void TestResources::germanTranslationIsComplete()
{
    const QList<Message> messages = readTs(QStringLiteral(AGI_TS_DIR "/agi-monitor_de.ts"));
    QVERIFY(!messages.isEmpty());
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/agi-monitor_de.qm")));
    for (const Message &message : messages) {
        const QString where = message.context + QLatin1String(": ") + message.source;
        QVERIFY2(message.finished, qPrintable(QLatin1String("not translated: ") + where));
        // The embedded .qm is the one built from this .ts, not a stale copy.
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const QString translated = translator.translate(context.constData(), source.constData(),
            comment.isEmpty() ? nullptr : comment.constData(), message.numerus ? 2 : -1);
        QVERIFY2(!translated.isEmpty(), qPrintable(QLatin1String("missing from the .qm: ") + where));
    }
}

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
