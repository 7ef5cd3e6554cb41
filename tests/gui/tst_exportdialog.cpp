// Exporting a session's timeline from the window, as main() wires it, against the emulator: the
// dialog counts the frames a choice exports, asks where to write through the save dialog, runs the
// export behind a progress dialog that leaves the window usable, says how it went in the window's
// banner, and a cancelled export leaves no file behind.
#include "appactions.h"
#include "dialogseam.h"
#include "export/exportoptions.h"
#include "export/redactions.h"
#include "export/timelineexport.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "exportfiles.h"
#include "frameview.h"
#include "live/framehistory.h"
#include "live/livesession.h"
#include "live/messagefeed.h"
#include "livepane.h"
#include "mainwindow.h"
#include "model/messagemodel.h"
#include "model/sessionlistmodel.h"
#include "monitorapp.h"
#include "settings/settings.h"
#include "statusbanner.h"

#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "testappfolder.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace agi;

namespace {

constexpr int WaitMs = 30000;

QStringList framesIn(const QMap<QString, QByteArray> &files)
{
    QStringList frames;
    for (const QString &name : files.keys()) {
        if (name.startsWith(QLatin1String("frames/")))
            frames.append(name);
    }
    return frames;
}

} // namespace

class TestExportDialog final : public QObject
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
        m_sessionId = test::SessionApi(*m_probe).start(QStringLiteral("Compare three laptops for a student"));
        m_folder = std::make_unique<test::TestAppFolder>(*m_fx, [](Settings &settings) {
            settings.setListRefreshMs(1000);
            settings.setFrameIntervalMs(250);
        });
        m_app = m_folder->startApp();
        m_app->showWindow(m_sessionId);
        LivePane *pane = m_app->window().livePane();
        const auto enough = [&] {
            const LiveSession *live = pane->liveSession();
            return live && live->history().size() >= frames;
        };
        if (!QTest::qWaitFor(enough, WaitMs))
            return nullptr;
        return pane;
    }

    QString dataFolder() const { return m_folder->paths().dataDirectory; }
    ExportController *exports() const { return m_app->window().exports(); }

    ExportDialog *openDialog()
    {
        m_app->window().actions()->exportTimeline->trigger();
        return exports()->dialog();
    }

    static QPushButton *exportButton(ExportDialog *dialog)
    {
        return dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
    }

    static void chooseFormat(ExportDialog *dialog, ExportOptions::Format format)
    {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
        combo->setCurrentIndex(combo->findData(int(format)));
    }

    //! Presses Export, answers the save dialog with `path` and waits for the export's end.
    ExportResult exportTo(ExportDialog *dialog, const QString &path)
    {
        QSignalSpy finished(exports(), &ExportController::exportFinished);
        DialogSeam::setNextFileName(path);
        exportButton(dialog)->click();
        if (!finished.wait(WaitMs))
            return {};
        return exports()->lastResult();
    }

private Q_SLOTS:
    void initTestCase() { DialogSeam::setScripted(true); }

    void cleanup()
    {
        m_app.reset();
        m_probe.reset();
        m_folder.reset(); // before the emulator it refers to
        m_fx.reset();
        DialogSeam::clearAsked();
    }

    void exportsZipThroughTheDialog()
    {
        LivePane *pane = showRunningSession(3);
        QVERIFY(pane);
        const auto hasMessages = [pane] {
            const LiveSession *live = pane->liveSession();
            const MessageFeed *feed = live ? live->feed() : nullptr;
            return feed && feed->messages()->rowCount() > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasMessages(), WaitMs);
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Every recorded frame, said in words; the animation's length is for animations only.
        const int frames = dialog->frameCount();
        QVERIFY(frames >= 3);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("exportFrameCount"))->text(),
            QStringLiteral("%1 frames will be exported.").arg(frames));
        QVERIFY(!dialog->findChild<QSpinBox *>(QStringLiteral("exportMaxDuration"))->isEnabled());
        const QString suggested = dialog->suggestedFileName();
        QVERIFY2(
            suggested.startsWith(SessionListModel::shortId(m_sessionId) + QLatin1Char('-')), qPrintable(suggested));
        QVERIFY(suggested.endsWith(QLatin1String(".zip")));

        const QString path = m_folder->filePath(QStringLiteral("report.zip"));
        const ExportResult result = exportTo(dialog, path);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QVERIFY(result.messages > 0); // the session's messages, as the window follows them
        // The save dialog was asked, with the suggested name.
        const DialogSeam::Question asked = DialogSeam::asked().constLast();
        QCOMPARE(asked.kind, DialogSeam::Kind::SaveFileName);
        QVERIFY2(asked.detail.contains(suggested), qPrintable(asked.detail));
        // The ZIP holds every frame, each named in the report.
        const QMap<QString, QByteArray> files = test::ExportFiles::unzip(path);
        const QStringList names = framesIn(files);
        QCOMPARE(names.size(), frames);
        const QString report = QString::fromUtf8(files.value(QStringLiteral("report.md")));
        for (const QString &name : names)
            QVERIFY2(report.contains(name), qPrintable(name));
        // The window says so, with a way to the folder.
        StatusBanner *banner = m_app->window().windowBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(
            banner->text().startsWith(QStringLiteral("Exported %1 frame").arg(frames)), qPrintable(banner->text()));
        auto *showFolder = banner->findChild<QPushButton *>(QStringLiteral("statusBannerAction"));
        QVERIFY(showFolder && showFolder->isVisible());
        QCOMPARE(exports()->lastFolder(), QFileInfo(path).absolutePath());
        QCOMPARE(exports()->running(), 0);
    }

    void exportsJsonFromTheViewedFrame()
    {
        LivePane *pane = showRunningSession(4);
        QVERIFY(pane);
        QTest::keyClick(pane->frameView(), Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(pane->frameView(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(pane->isViewingPast());
        const qint64 viewed = pane->viewedSequence();
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        const int all = dialog->frameCount();
        chooseFormat(dialog, ExportOptions::Format::Json);
        QVERIFY(dialog->suggestedFileName().endsWith(QLatin1String(".json.zip")));
        auto *fromViewed = dialog->findChild<QPushButton *>(QStringLiteral("exportFromViewed"));
        QVERIFY(fromViewed && fromViewed->isVisibleTo(dialog));
        fromViewed->click();
        // From the viewed frame to the last one when the dialog opened (the times are whole seconds:
        // a frame of the same second as the viewed one may come along).
        const int count = dialog->frameCount();
        QVERIFY2(count >= 3 && count < all, qPrintable(QStringLiteral("%1 of %2").arg(count).arg(all)));

        const QString path = m_folder->filePath(QStringLiteral("timeline.zip"));
        const ExportResult result = exportTo(dialog, path);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(result.frames, count);
        const QMap<QString, QByteArray> files = test::ExportFiles::unzip(path);
        const QJsonObject timeline = QJsonDocument::fromJson(files.value(QStringLiteral("timeline.json"))).object();
        const QJsonArray frames = timeline.value(QStringLiteral("frames")).toArray();
        QCOMPARE(frames.size(), count);
        QCOMPARE(framesIn(files).size(), count);
        qint64 last = 0;
        for (const auto &frame : frames)
            last = std::max(last, frame.toObject().value(QStringLiteral("sequence")).toInteger());
        QVERIFY(last >= viewed + 2);
    }

    void animationOffersItsMaximumDuration()
    {
        QVERIFY(showRunningSession(2));
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *duration = dialog->findChild<QSpinBox *>(QStringLiteral("exportMaxDuration"));
        chooseFormat(dialog, ExportOptions::Format::WebP);
        QVERIFY(duration->isEnabled());
        duration->setValue(5);
        QCOMPARE(dialog->options().maximumDurationMs, qint64(5000));
        QVERIFY(dialog->suggestedFileName().endsWith(QLatin1String(".webp")));
        const QString path = m_folder->filePath(QStringLiteral("movie.webp"));
        const ExportResult result = exportTo(dialog, path);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArrayLiteral("RIFF"));
    }

    void cancelLeavesNoFileAndTheWindowUsable()
    {
        LivePane *pane = showRunningSession(3);
        QVERIFY(pane);
        // The export's first frame waits until the test has pressed Cancel.
        auto gate = std::make_shared<QSemaphore>(0);
        exports()->setTimelineAdapter([gate](const ExportTimeline &timeline) {
            ExportTimeline slow = timeline;
            const auto bytes = timeline.frameBytes;
            slow.frameBytes = [gate, bytes](int index) {
                gate->acquire();
                gate->release();
                return bytes(index);
            };
            return slow;
        });
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QString folder = m_folder->filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(folder));
        QSignalSpy finished(exports(), &ExportController::exportFinished);
        DialogSeam::setNextFileName(QDir(folder).filePath(QStringLiteral("cancelled.zip")));
        exportButton(dialog)->click();
        QCOMPARE(exports()->running(), 1);
        auto *progress = m_app->window().findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
        QVERIFY(progress);
        QVERIFY(!progress->isModal());
        // The window goes on while the export runs: going back a frame works.
        QTest::keyClick(pane->frameView(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(pane->isViewingPast());
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        gate->release();
        QVERIFY(finished.wait(WaitMs));
        const ExportResult &result = exports()->lastResult();
        QCOMPARE(result.outcome, ExportResult::Outcome::Cancelled);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QVERIFY(!m_app->window().windowBanner()->isVisible());
    }

    void damagedRedactionsStopTheExport()
    {
        QVERIFY(showRunningSession(2));
        const QString file = Redactions::pathFor(m_sessionId, dataFolder());
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{ not json");
        damaged.close();
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QString text = dialog->findChild<QLabel *>(QStringLiteral("exportRedactionText"))->text();
        QVERIFY2(text.contains(QLatin1String("not valid JSON")), qPrintable(text));
        QVERIFY(!exportButton(dialog)->isEnabled());
    }

    void redactionsAreCountedAndApplied()
    {
        QVERIFY(showRunningSession(2));
        QString error;
        QVERIFY(Redactions::save(
            m_sessionId, {QRect(0, 0, 20, 20), QRect(50, 50, 10, 10), QRect(100, 10, 5, 5)}, &error, dataFolder()));
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *redact = dialog->findChild<QCheckBox *>(QStringLiteral("exportRedact"));
        QVERIFY(redact->isChecked());
        QCOMPARE(redact->text(), QStringLiteral("Black out 3 areas in every frame"));
        QCOMPARE(dialog->options().redactions.size(), 3);
        redact->setChecked(false);
        QVERIFY(dialog->options().redactions.isEmpty());
    }

    void withoutFramesTheDialogExplains()
    {
        ExportTimeline empty;
        empty.sessionId = QStringLiteral("0f1e2d3c-aaaa-bbbb-cccc-000000000000");
        ExportDialog dialog(empty, 0);
        QVERIFY(!exportButton(&dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportFrameCount"))
                    ->text()
                    .startsWith(QLatin1String("No frames of this session are kept")));
        dialog.accept();
        QVERIFY(DialogSeam::asked().isEmpty());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
