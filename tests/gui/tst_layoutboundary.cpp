// A label behind a LayoutBoundary: a new text does not lay the window out again (the session view's
// title and URL change with every frame), while a change the layout needs (a taller font) still
// reaches it.
#include "elidedlabel.h"
#include "layoutboundary.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace agi;

namespace {

//! Counts the layout requests a widget receives.
class LayoutRequests final : public QObject
{
public:
    explicit LayoutRequests(QWidget *watched) { watched->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestLayoutBoundary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newText_repaintsWithoutLayingOutTheWindow_data()
    {
        QTest::addColumn<bool>("bounded");
        QTest::newRow("behind a boundary") << true;
        QTest::newRow("in the layout itself") << false;
    }

    void newText_repaintsWithoutLayingOutTheWindow()
    {
        QFETCH(bool, bounded);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *title = new ElidedLabel;
        title->setFullText(QStringLiteral("Example Domain"));
        auto *boundary = bounded ? new LayoutBoundary(title) : nullptr;
        layout->addWidget(bounded ? static_cast<QWidget *>(boundary) : title);
        layout->addWidget(new QLabel(QStringLiteral("below")));
        layout->addStretch(1); // each row as tall as its hint
        window.resize(300, 100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::sendPostedEvents();
        LayoutRequests requests(&window);

        title->setFullText(QStringLiteral("A much longer title of the next page, longer than the window is wide"));
        QCoreApplication::sendPostedEvents();
        QVERIFY(title->text().endsWith(QChar(0x2026))); // elided to the width it has
        QCOMPARE(title->width(),
            window.contentsRect().width() - layout->contentsMargins().left() - layout->contentsMargins().right());
        if (!bounded) {
            QVERIFY(requests.count > 0); // what the boundary saves
            return;
        }
        QCOMPARE(requests.count, 0);

        // A larger font needs a taller row: that does reach the window.
        QFont large = title->font();
        large.setPointSizeF(large.pointSizeF() * 2);
        title->setFont(large);
        QTRY_VERIFY(requests.count > 0);
        QTRY_COMPARE(boundary->height(), title->sizeHint().height());
        QCOMPARE(title->geometry(), boundary->rect());
    }
};

QTEST_MAIN(TestLayoutBoundary)
#include "tst_layoutboundary.moc"
