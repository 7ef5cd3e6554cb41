#include "emulator/framerenderer.h"

#include <QImage>
#include <QTest>

#include <array>

using namespace agi::emu;
using Kind = PageElement::Kind;
using Layout = PageView::Layout;

Q_DECLARE_METATYPE(agi::emu::PageView)

namespace {

PageElement element(Kind kind, const char *text, const char *detail = "")
{
    return {kind, QString::fromUtf8(text), QString::fromUtf8(detail)};
}

// A contact form the agent is filling in: the page most frames of a form scenario show.
PageView formPage()
{
    PageView v;
    v.url = QUrl(QStringLiteral("https://forms.acme.example/contact"));
    v.title = QStringLiteral("Contact us - Acme");
    v.layout = Layout::Form;
    v.seed = 8;
    v.elements = {element(Kind::Heading, "Contact us"), element(Kind::TextField, "Full name", "Ada Lovelace"),
        element(Kind::TextField, "City", "Lisb"), element(Kind::Checkbox, "Subscribe to the newsletter", "checked"),
        element(Kind::Button, "Send message")};
    v.highlighted = 2;
    v.agentAction = QStringLiteral("type \"Lisbon\"");
    return v;
}

QList<PageElement> manyElements(int count)
{
    const std::array kinds = {Kind::Heading, Kind::Paragraph, Kind::Link, Kind::Button, Kind::TextField, Kind::Checkbox,
        Kind::Image, Kind::ResultCard, Kind::ProductCard, Kind::TableRow, Kind::Notice};
    QList<PageElement> list;
    for (int i = 0; i < count; ++i) {
        const Kind k = kinds.at(size_t(i) % kinds.size());
        const QString text = k == Kind::TableRow ? QStringLiteral("Airline %1\t07:%1\t$%1").arg(i)
                                                 : QStringLiteral("Element number %1 with some words").arg(i);
        list.append({k, text, QStringLiteral("$%1.99").arg(i)});
    }
    return list;
}

// Mean colour of a rectangle, to tell what a viewer would see there.
QColor meanColour(const QImage &image, QRect r)
{
    qint64 red = 0, green = 0, blue = 0, n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb px = image.pixel(x, y);
            red += qRed(px);
            green += qGreen(px);
            blue += qBlue(px);
            ++n;
        }
    }
    return QColor(int(red / n), int(green / n), int(blue / n));
}

int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

class TestFrameRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jpegDecodesAtConfiguredSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("default 1280x800") << QSize(1280, 800);
        QTest::newRow("small 640x400") << QSize(640, 400);
        QTest::newRow("full hd 1920x1080") << QSize(1920, 1080);
    }
    void jpegDecodesAtConfiguredSize()
    {
        QFETCH(QSize, size);
        const FrameRenderer renderer(size, 75);
        QCOMPARE(renderer.size(), size);
        const QByteArray jpeg = renderer.renderJpeg(formPage());
        QVERIFY(jpeg.startsWith(QByteArrayLiteral("\xff\xd8\xff")));
        QImage decoded;
        QVERIFY(decoded.loadFromData(jpeg, "JPEG"));
        QCOMPARE(decoded.size(), size);
    }

    void higherQualityGivesLargerFiles()
    {
        const QByteArray low = FrameRenderer(QSize(1280, 800), 30).renderJpeg(formPage());
        const QByteArray high = FrameRenderer(QSize(1280, 800), 95).renderJpeg(formPage());
        QVERIFY2(high.size() > low.size(), qPrintable(QStringLiteral("%1 vs %2").arg(high.size()).arg(low.size())));
    }

    void sameViewGivesIdenticalBytes()
    {
        const PageView view = formPage();
        const QByteArray first = FrameRenderer().renderJpeg(view);
        const FrameRenderer other;
        QCOMPARE(other.renderJpeg(view), first);
        QCOMPARE(other.renderJpeg(view), first);
    }

    void visibleChangesChangePixels_data()
    {
        QTest::addColumn<PageView>("changed");
        PageView v = formPage();
        v.highlighted = 1;
        QTest::newRow("highlight moves") << v;
        v = formPage();
        v.highlighted = -1;
        QTest::newRow("no highlight") << v;
        v = formPage();
        v.agentAction = QStringLiteral("click");
        QTest::newRow("other action") << v;
        v = formPage();
        v.url = QUrl(QStringLiteral("https://forms.acme.example/contact?step=2"));
        QTest::newRow("url") << v;
        v = formPage();
        v.elements[2].detail = QStringLiteral("Lisbon");
        QTest::newRow("typed text") << v;
        v = formPage();
        v.elements[3].detail.clear();
        QTest::newRow("checkbox unticked") << v;
        v = formPage();
        v.restoredFrom = QStringLiteral("Restored from session 7f3a2c");
        QTest::newRow("restored") << v;
        v = formPage();
        v.title = QStringLiteral("Thank you - Acme");
        QTest::newRow("title") << v;
        v = formPage();
        v.seed = 9;
        QTest::newRow("seed") << v;
        v = formPage();
        v.scroll = 120;
        QTest::newRow("scroll") << v;
    }
    void visibleChangesChangePixels()
    {
        QFETCH(PageView, changed);
        const FrameRenderer renderer;
        const QImage base = renderer.render(formPage());
        const QImage other = renderer.render(changed);
        QCOMPARE(other.size(), base.size());
        QVERIFY(other != base);
        QVERIFY(renderer.renderJpeg(changed) != renderer.renderJpeg(formPage()));
    }

    void scrollMovesThePageButNotTheBrowser()
    {
        const FrameRenderer renderer;
        PageView scrolled = formPage();
        scrolled.scroll = 150;
        const QImage a = renderer.render(formPage());
        const QImage b = renderer.render(scrolled);
        const QRect toolbar(0, 0, 1280, 80);
        QCOMPARE(a.copy(toolbar), b.copy(toolbar));
        QVERIFY(a.copy(0, 200, 1280, 500) != b.copy(0, 200, 1280, 500));
    }

    void highlightIsClearlyVisible()
    {
        const FrameRenderer renderer;
        PageView plain = formPage();
        plain.highlighted = -1;
        const QImage with = renderer.render(formPage());
        const QImage without = renderer.render(plain);
        // The highlight is a saturated orange outline: count such pixels, none exist without it.
        auto orangePixels = [](const QImage &img) {
            int n = 0;
            for (int y = 0; y < img.height(); y += 2)
                for (int x = 0; x < img.width(); x += 2) {
                    const QColor c = img.pixelColor(x, y);
                    n += c.red() > 230 && c.green() > 80 && c.green() < 140 && c.blue() < 40;
                }
            return n;
        };
        QCOMPARE(orangePixels(without), 0);
        QVERIFY2(orangePixels(with) > 300, qPrintable(QString::number(orangePixels(with))));
    }

    void restoredBannerIsObvious_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("640x400") << QSize(640, 400);
    }
    void restoredBannerIsObvious()
    {
        QFETCH(QSize, size);
        const FrameRenderer renderer(size);
        PageView restored = formPage();
        restored.restoredFrom = QStringLiteral("Restored from snapshot of session 7f3a2c");
        const QImage with = renderer.render(restored);
        const QImage without = renderer.render(formPage());
        // Just below the address bar, across the whole width: a tinted bar instead of the page.
        const int top = size.height() * 112 / 800;
        const int h = std::max(4, size.height() * 20 / 800);
        for (const QRect r : {QRect(size.width() / 2, top, size.width() / 3, h),
                 QRect(size.width() - size.width() / 8, top, size.width() / 10, h)}) {
            const QColor bar = meanColour(with, r);
            const QColor page = meanColour(without, r);
            QVERIFY2(colourDistance(bar, page) > 40,
                qPrintable(QStringLiteral("banner %1 page %2").arg(bar.name(), page.name())));
            QVERIFY2(bar.green() > bar.red() + 15, qPrintable(bar.name()));
        }
    }

    void everyLayoutSurvivesHostileViews_data()
    {
        QTest::addColumn<PageView>("view");
        QTest::addColumn<QSize>("size");
        const QString huge = QString(5000, QLatin1Char('W')) + QStringLiteral(" end");
        for (int l = int(Layout::Blank); l <= int(Layout::ErrorPage); ++l) {
            PageView v;
            v.layout = Layout(l);
            v.seed = quint32(l) * 977u;
            QTest::addRow("layout %d empty", l) << v << QSize(1280, 800);
            PageView many = v;
            many.url = QUrl(QStringLiteral("https://many.example/list"));
            many.title = QStringLiteral("Many elements");
            many.elements = manyElements(48);
            many.highlighted = 47;
            many.agentAction = QStringLiteral("click");
            QTest::addRow("layout %d many", l) << many << QSize(1280, 800);
            many.scroll = 2500;
            many.highlighted = 30;
            QTest::addRow("layout %d many scrolled small", l) << many << QSize(640, 400);
            PageView longText = many;
            longText.title = huge;
            longText.url = QUrl(QStringLiteral("https://long.example/") + huge + QStringLiteral("?q=") + huge);
            longText.agentAction = QStringLiteral("type \"%1\"").arg(huge);
            longText.restoredFrom = huge;
            longText.elements = manyElements(11);
            for (PageElement &e : longText.elements) {
                e.text = huge;
                e.detail = huge;
            }
            longText.highlighted = 4;
            QTest::addRow("layout %d long texts", l) << longText << QSize(1920, 1080);
            for (int bad : {-7, 11, 1000000}) {
                PageView outOfRange = many;
                outOfRange.scroll = 0;
                outOfRange.highlighted = bad;
                QTest::addRow("layout %d highlighted %d", l, bad) << outOfRange << QSize(640, 400);
            }
            PageView negative = many;
            negative.scroll = -300;
            QTest::addRow("layout %d negative scroll", l) << negative << QSize(160, 100);
        }
    }
    void everyLayoutSurvivesHostileViews()
    {
        QFETCH(PageView, view);
        QFETCH(QSize, size);
        const FrameRenderer renderer(size);
        const QImage image = renderer.render(view);
        QCOMPARE(image.size(), size);
        QImage decoded;
        QVERIFY(decoded.loadFromData(renderer.renderJpeg(view), "JPEG"));
        QCOMPARE(decoded.size(), size);
    }

    void layoutsLookDifferent()
    {
        const FrameRenderer renderer(QSize(640, 400));
        QList<QImage> seen;
        for (int l = int(Layout::Blank); l <= int(Layout::ErrorPage); ++l) {
            PageView v;
            v.url = QUrl(QStringLiteral("https://shop.example/page"));
            v.layout = Layout(l);
            v.elements = manyElements(12);
            const QImage image = renderer.render(v);
            QVERIFY2(!seen.contains(image), qPrintable(QStringLiteral("layout %1 looks like another").arg(l)));
            seen.append(image);
        }
    }
};

QTEST_MAIN(TestFrameRenderer)
#include "tst_framerenderer.moc"
