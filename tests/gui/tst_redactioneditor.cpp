// Marking the areas to black out in a session's exports, in the window as main() wires it, against
// the emulator: a rectangle dragged over the viewed frame is kept in the frame's own pixels, shown
// again when the editor reopens, removed with Delete, discarded by Cancel, blacked out in every
// frame of an export; a damaged redaction file is said so and replaced only when the user agrees.
#include "appactions.h"
#include "dialogseam.h"
#include "export/redactions.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "exportfiles.h"
#include "live/livesession.h"
#include "livepane.h"
#include "mainwindow.h"
#include "monitorapp.h"
#include "redactioncanvas.h"
#include "redactioneditor.h"
#include "settings/settings.h"
#include "statusbanner.h"

#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "testappfolder.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace agi;

namespace {

constexpr int WaitMs = 30000;

//! Whether two rectangles differ by at most `slack` pixels on each edge (the screen's scale rounds).
bool near(const QRect &a, const QRect &b, int slack = 2)
{
    return std::abs(a.left() - b.left()) <= slack && std::abs(a.top() - b.top()) <= slack
        && std::abs(a.right() - b.right()) <= slack && std::abs(a.bottom() - b.bottom()) <= slack;
}

} // namespace

class TestRedactionEditor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestAppFolder> m_folder;
    std::unique_ptr<MonitorApp> m_app;
    QString m_sessionId;

    //! A running session with at least `frames` frames in its history, shown in the window.
    LivePane *showRunningSession(int frames)
    {
        emu::EmulatorConfig config = test::EmulatorFixture::defaults();
        config.frameSize = QSize(320, 200);
        config.speed = 4;
        m_fx = std::make_unique<test::EmulatorFixture>(config);
        if (!m_fx->isRunning())
            return nullptr;
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_sessionId = test::SessionApi(*m_probe).start(QStringLiteral("Find a flat to rent near the station"));
        m_folder = std::make_unique<test::TestAppFolder>(*m_fx, [](Settings &settings) {
            settings.setListRefreshMs(1000);
            settings.setFrameIntervalMs(250);
        });
        m_app = m_folder->startApp();
        m_app->showWindow(m_sessionId);
        LivePane *pane = m_app->window().livePane();
        const auto enough = [&] {
            const LiveSession *live = pane->liveSession();
            return live && live->history().size() >= frames && !pane->frame().isNull();
        };
        if (!QTest::qWaitFor(enough, WaitMs))
            return nullptr;
        return pane;
    }

    QString dataFolder() const { return m_folder->paths().dataDirectory; }
    ExportController *exports() const { return m_app->window().exports(); }

    RedactionEditor *openEditor()
    {
        m_app->window().actions()->redactFrames->trigger();
        RedactionEditor *editor = exports()->redactionEditor();
        if (editor && !QTest::qWaitForWindowExposed(editor))
            return nullptr;
        return editor;
    }

    //! Drags over the frame's pixels `area` on the editor's canvas.
    static void drag(RedactionCanvas *canvas, const QRect &area)
    {
        const QRect shown = canvas->toWidget(area);
        const QPoint from = shown.topLeft();
        const QPoint to = shown.topLeft() + QPoint(shown.width(), shown.height());
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas, (from + to) / 2);
        QTest::mouseMove(canvas, to);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
    }

    static void press(RedactionEditor *editor, QDialogButtonBox::StandardButton which)
    {
        editor->findChild<QDialogButtonBox *>()->button(which)->click();
    }

    QList<QRect> saved() const
    {
        QString error;
        const QList<QRect> rectangles = Redactions::load(m_sessionId, &error, dataFolder());
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return rectangles;
    }

private Q_SLOTS:
    void initTestCase() { DialogSeam::setScripted(true); }

    void cleanup()
    {
        m_app.reset();
        m_probe.reset();
        m_folder.reset(); // before the emulator it refers to
        m_fx.reset();
        DialogSeam::setScripted(false);
        DialogSeam::setScripted(true);
    }

    void drawnRectangleIsKeptInFramePixels()
    {
        LivePane *pane = showRunningSession(2);
        QVERIFY(pane);
        RedactionEditor *editor = openEditor();
        QVERIFY(editor);
        RedactionCanvas *canvas = editor->canvas();
        // The viewed frame at the size the server sent it, shown larger than that.
        QCOMPARE(canvas->image().size(), QSize(320, 200));
        QVERIFY(canvas->imageArea().width() > 320);
        const QRect area(40, 30, 80, 60);
        drag(canvas, area);
        QCOMPARE(canvas->rectangles().size(), 1);
        QVERIFY2(near(canvas->rectangles().constFirst(), area),
            qPrintable(QStringLiteral("%1,%2 %3x%4")
                           .arg(canvas->rectangles().constFirst().x())
                           .arg(canvas->rectangles().constFirst().y())
                           .arg(canvas->rectangles().constFirst().width())
                           .arg(canvas->rectangles().constFirst().height())));
        press(editor, QDialogButtonBox::Ok);
        QTRY_VERIFY(!exports()->redactionEditor());
        const QList<QRect> kept = saved();
        QCOMPARE(kept.size(), 1);
        QVERIFY(near(kept.constFirst(), area));

        // Reopened, it shows them again; Delete removes the selected one, Cancel keeps the file.
        editor = openEditor();
        QVERIFY(editor);
        QCOMPARE(editor->canvas()->rectangles(), kept);
        const QRect shown = editor->canvas()->toWidget(kept.constFirst());
        QTest::mouseClick(editor->canvas(), Qt::LeftButton, {}, shown.center());
        QCOMPARE(editor->canvas()->selectedIndex(), 0);
        QTest::keyClick(editor->canvas(), Qt::Key_Delete);
        QVERIFY(editor->canvas()->rectangles().isEmpty());
        press(editor, QDialogButtonBox::Cancel);
        QTRY_VERIFY(!exports()->redactionEditor());
        QCOMPARE(saved(), kept);
    }

    void keyboardAddsMovesAndClears()
    {
        QVERIFY(showRunningSession(1));
        RedactionEditor *editor = openEditor();
        QVERIFY(editor);
        RedactionCanvas *canvas = editor->canvas();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Insert);
        QCOMPARE(canvas->rectangles(), QList<QRect>({QRect(120, 75, 80, 50)}));
        QTest::keyClick(canvas, Qt::Key_Right);
        QTest::keyClick(canvas, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(canvas->rectangles(), QList<QRect>({QRect(130, 75, 80, 60)}));
        editor->findChild<QPushButton *>(QStringLiteral("redactionClear"))->click();
        QVERIFY(canvas->rectangles().isEmpty());
        QTest::keyClick(canvas, Qt::Key_Insert);
        press(editor, QDialogButtonBox::Ok);
        QCOMPARE(saved(), QList<QRect>({QRect(120, 75, 80, 50)}));
    }

    void exportAfterwardsHasBlackPixelsThere()
    {
        QVERIFY(showRunningSession(3));
        RedactionEditor *editor = openEditor();
        QVERIFY(editor);
        drag(editor->canvas(), QRect(10, 20, 100, 50));
        press(editor, QDialogButtonBox::Ok);
        const QList<QRect> kept = saved();
        QCOMPARE(kept.size(), 1);

        m_app->window().actions()->exportTimeline->trigger();
        ExportDialog *dialog = exports()->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->options().redactions, kept);
        QSignalSpy finished(exports(), &ExportController::exportFinished);
        const QString path = m_folder->filePath(QStringLiteral("redacted.zip"));
        DialogSeam::setNextFileName(path);
        dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(exports()->lastResult().ok(), qPrintable(exports()->lastResult().summary()));
        int frames = 0;
        const QMap<QString, QByteArray> files = test::ExportFiles::unzip(path);
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            if (!it.key().startsWith(QLatin1String("frames/")))
                continue;
            ++frames;
            const QImage image = QImage::fromData(it.value());
            QVERIFY2(!image.isNull(), qPrintable(it.key()));
            const QRect area = kept.constFirst();
            for (const QPoint point : {area.topLeft(), area.center(), area.bottomRight()})
                QCOMPARE(image.pixel(point), qRgb(0, 0, 0));
        }
        QVERIFY(frames >= 3);
    }

    void damagedFileIsReplacedOnlyWhenAsked()
    {
        QVERIFY(showRunningSession(1));
        const QString file = Redactions::pathFor(m_sessionId, dataFolder());
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("[1, 2");
        damaged.close();

        RedactionEditor *editor = openEditor();
        QVERIFY(editor);
        auto *banner = editor->findChild<StatusBanner *>(QStringLiteral("redactionBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("not valid JSON")), qPrintable(banner->text()));
        drag(editor->canvas(), QRect(5, 5, 50, 50));
        // Declined: the file stays as it was and the editor stays open.
        DialogSeam::setNextAnswer(false);
        press(editor, QDialogButtonBox::Ok);
        QCOMPARE(DialogSeam::asked().constLast().kind, DialogSeam::Kind::Confirm);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        QCOMPARE(damaged.readAll(), QByteArrayLiteral("[1, 2"));
        damaged.close();
        QVERIFY(exports()->redactionEditor());
        // Agreed: replaced.
        DialogSeam::setNextAnswer(true);
        press(editor, QDialogButtonBox::Ok);
        QTRY_VERIFY(!exports()->redactionEditor());
        QCOMPARE(saved().size(), 1);
    }
};

QTEST_MAIN(TestRedactionEditor)
#include "tst_redactioneditor.moc"
