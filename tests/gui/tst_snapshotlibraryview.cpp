// The snapshot library view in the application wired as main() wires it (MonitorApp), against the
// emulator: renaming survives a restart, forgetting asks first, starting from an entry opens the
// create dialog restoring it, and the end dialog asks once more before replacing the default and
// links its outcome to the new entry.
#include "appactions.h"
#include "createsessiondialog.h"
#include "dialogseam.h"
#include "endsessiondialog.h"
#include "mainwindow.h"
#include "model/snapshotfilterproxy.h"
#include "model/snapshotlibrary.h"
#include "monitor/sessionmonitor.h"
#include "monitorapp.h"
#include "sessionlistpanel.h"
#include "settings/settings.h"
#include "snapshotlibraryview.h"
#include "snapshottablemodel.h"
#include "statusbanner.h"

#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "emulatortestutil.h"
#include "httpprobe.h"
#include "testappfolder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace agi;
using agi::emu::Endpoint;

class TestSnapshotLibraryView final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<test::HttpProbe> m_probe;
    std::unique_ptr<test::TestAppFolder> m_folder;

    std::unique_ptr<MonitorApp> startApp(const QString &sessionId = {})
    {
        auto app = m_folder->startApp();
        app->showWindow(sessionId);
        return app;
    }

    static SnapshotEntry entry(const QString &id, const QString &title, int daysAgo, bool madeDefault = false)
    {
        SnapshotEntry e;
        e.sessionId = id;
        e.lastTitle = title;
        e.lastUrl = QUrl(QStringLiteral("https://example.com/") + id);
        e.agentName = QStringLiteral("agi-0");
        e.savedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        e.madeDefault = madeDefault;
        return e;
    }

    //! Opens the library dock and selects the entry, as View > Snapshot Library and a click would.
    static SnapshotLibraryView *openLibrary(MonitorApp &app, const QString &sessionId = {})
    {
        app.window().actions()->showSnapshotLibrary->trigger();
        SnapshotLibraryView *view = app.window().libraryView();
        if (!view->isVisible())
            return nullptr;
        if (!sessionId.isEmpty() && !view->selectEntry(sessionId))
            return nullptr;
        return view;
    }

    static QModelIndex rowOf(SnapshotLibraryView *view, const QString &sessionId, int column)
    {
        return view->proxy()->mapFromSource(view->model()->indexOf(sessionId, column));
    }

private Q_SLOTS:
    void initTestCase() { DialogSeam::setScripted(true); }

    void init()
    {
        m_fx = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_fx->isRunning(), qPrintable(m_fx->error()));
        m_probe = std::make_unique<test::HttpProbe>(m_fx->baseUrl(), m_fx->apiKey());
        m_folder = std::make_unique<test::TestAppFolder>(*m_fx, [](Settings &settings) {
            settings.setListRefreshMs(1000);
            settings.setFrameIntervalMs(500);
        });
        DialogSeam::setScripted(true);
    }

    void cleanup()
    {
        DialogSeam::setScripted(false);
        m_probe.reset();
        m_folder.reset(); // before the emulator it refers to
        m_fx.reset();
    }

    void model_passesTheModelTester()
    {
        SnapshotLibrary library(m_folder->path());
        library.setAccount(SnapshotAccount {QUrl(QStringLiteral("https://one.example.com")), QStringLiteral("u-1")});
        library.load();
        SnapshotTableModel table(&library);
        SnapshotFilterProxy proxy;
        proxy.setSourceModel(&table);
        proxy.setSortRole(SnapshotTableModel::SortRole);
        proxy.sort(SnapshotTableModel::NameColumn);
        QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(library.add(entry(QStringLiteral("aaaa-1"), QStringLiteral("Inbox"), 3, true)));
        QVERIFY(library.add(entry(QStringLiteral("bbbb-2"), QStringLiteral("Cart"), 1)));
        QVERIFY(library.add(entry(QStringLiteral("cccc-3"), QStringLiteral("Account"), 0, true)));
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(table.columnCount(), int(SnapshotTableModel::ColumnCount));
        // The newest default is the one in force; the one it replaced is named.
        const QModelIndex newest = table.indexOf(QStringLiteral("cccc-3"), SnapshotTableModel::DefaultColumn);
        QVERIFY2(newest.data().toString().contains(QLatin1String("Default"))
                && newest.data().toString().contains(QLatin1String("Inbox")),
            qPrintable(newest.data().toString()));
        QVERIFY(table.setData(table.indexOf(QStringLiteral("bbbb-2")), QStringLiteral("Shop, logged in")));
        QCOMPARE(library.entry(QStringLiteral("bbbb-2"))->name, QStringLiteral("Shop, logged in"));
        QVERIFY(library.markMissingOnServer(QStringLiteral("aaaa-1")));
        QVERIFY(table.indexOf(QStringLiteral("aaaa-1"), SnapshotTableModel::DefaultColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("no longer on the server")));

        proxy.setShown(SnapshotFilterProxy::Shown::Defaults);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setShown(SnapshotFilterProxy::Shown::Missing);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setShown(SnapshotFilterProxy::Shown::All);
        proxy.setSearchText(QStringLiteral("shop"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText({});

        QVERIFY(library.remove(QStringLiteral("bbbb-2")));
        library.setAccount(SnapshotAccount {QUrl(QStringLiteral("https://other.example.com")), QStringLiteral("u-2")});
        QCOMPARE(table.rowCount(), 0);
    }

    void rename_persistsAcrossARestart()
    {
        const QString id = QStringLiteral("5a5a5a5a-rename-me");
        {
            auto app = startApp();
            QVERIFY(app->library().add(entry(id, QStringLiteral("Dashboard - Example"), 2)));
            SnapshotLibraryView *view = openLibrary(*app, id);
            QVERIFY(view);
            // The page title stands for the name until the user gives one.
            QCOMPARE(rowOf(view, id, SnapshotTableModel::NameColumn).data().toString(),
                QStringLiteral("Dashboard - Example"));

            // F2, a new name, Enter: as the user renames.
            view->table()->setCurrentIndex(rowOf(view, id, SnapshotTableModel::NameColumn));
            QTest::keyClick(view->table(), Qt::Key_F2);
            QLineEdit *editor = nullptr;
            QTRY_VERIFY((editor = view->table()->findChild<QLineEdit *>()) && editor->isVisible());
            editor->selectAll();
            QTest::keyClicks(editor, QStringLiteral("Logged in as admin"));
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_COMPARE(app->library().entry(id)->name, QStringLiteral("Logged in as admin"));
        }
        auto app = startApp();
        SnapshotLibraryView *view = openLibrary(*app, id);
        QVERIFY(view);
        QCOMPARE(
            rowOf(view, id, SnapshotTableModel::NameColumn).data().toString(), QStringLiteral("Logged in as admin"));
        // The view says whose library it is.
        const auto *account = view->findChild<QLabel *>(QStringLiteral("snapshotAccountLabel"));
        QVERIFY2(account->text().contains(app->library().account().displayText()), qPrintable(account->text()));
    }

    void forget_asksFirst_thenRemovesOnlyTheLocalEntry()
    {
        const QString id = QStringLiteral("f0f0f0f0-forget-me");
        auto app = startApp();
        QVERIFY(app->library().add(entry(id, QStringLiteral("Old checkout"), 5)));
        SnapshotLibraryView *view = openLibrary(*app, id);
        QVERIFY(view);

        // Delete in the list forgets the entry (and does not end a session, as it does elsewhere).
        DialogSeam::clearAsked();
        DialogSeam::setNextAnswer(false);
        QTest::keyClick(view->table(), Qt::Key_Delete);
        QCOMPARE(DialogSeam::asked().size(), 1);
        const DialogSeam::Question question = DialogSeam::asked().constFirst();
        QCOMPARE(question.kind, DialogSeam::Kind::Confirm); // Cancel is its default button
        QVERIFY2(question.text.contains(QLatin1String("Old checkout"))
                && question.text.contains(QLatin1String("server is not deleted")),
            qPrintable(question.text));
        QVERIFY(app->library().entry(id));

        DialogSeam::setNextAnswer(true);
        view->forgetAction()->trigger();
        QVERIFY(!app->library().entry(id));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(view->banner()->text().contains(QLatin1String("server still has it")));
        // Nothing was asked of the server.
        QCOMPARE(m_fx->count(Endpoint::DeleteSession), 0);
    }

    void copySessionId_putsTheFullIdOnTheClipboard()
    {
        const QString id = QStringLiteral("c0c0c0c0-1111-2222-3333-444455556666");
        auto app = startApp();
        QVERIFY(app->library().add(entry(id, QStringLiteral("Copy me"), 1)));
        SnapshotLibraryView *view = openLibrary(*app, id);
        QVERIFY(view);
        view->copySessionIdAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
    }

    void startFrom_opensTheCreateDialogRestoringIt()
    {
        const QString id = QStringLiteral("5757ab12-start-from-me");
        auto app = startApp();
        QVERIFY(app->library().add(entry(id, QStringLiteral("Signed in"), 1)));
        SnapshotLibraryView *view = openLibrary(*app, id);
        QVERIFY(view);
        QVERIFY(view->startSessionAction()->isEnabled());
        view->startSessionAction()->trigger();
        CreateSessionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app->window().findChild<CreateSessionDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("restoreSnapshotRadio"))->isChecked());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("snapshotIdEdit"))->text(), id);
        // Nothing is sent until the user confirms the dialog.
        QCOMPARE(m_fx->count(Endpoint::CreateSession), 0);
    }

    void search_andFilter_narrowTheList()
    {
        auto app = startApp();
        QVERIFY(app->library().add(entry(QStringLiteral("1111-mail"), QStringLiteral("Inbox - Mail"), 3, true)));
        QVERIFY(app->library().add(entry(QStringLiteral("2222-shop"), QStringLiteral("Cart - Shop"), 1)));
        // Its own key opens it, and gives the list the focus.
        app->window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app->window()));
        SnapshotLibraryView *view = app->window().libraryView();
        QVERIFY(!view->isVisible());
        QTest::keyClick(&app->window(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(view->isVisible());
        QVERIFY(app->window().actions()->showSnapshotLibrary->isChecked());
        QCOMPARE(view->proxy()->rowCount(), 2);
        QTest::keyClicks(view->findChild<QLineEdit *>(QStringLiteral("snapshotSearch")), QStringLiteral("cart"));
        QCOMPARE(view->proxy()->rowCount(), 1);
        // Selecting an entry the search hides shows everything again.
        QVERIFY(view->selectEntry(QStringLiteral("1111-mail")));
        QCOMPARE(view->proxy()->rowCount(), 2);
        QCOMPARE(view->currentSessionId(), QStringLiteral("1111-mail"));
        view->findChild<QComboBox *>(QStringLiteral("snapshotFilter"))->setCurrentIndex(1); // defaults
        QCOMPARE(view->proxy()->rowCount(), 1);
        // The current default cannot be made the default again.
        QVERIFY(!view->makeDefaultAction()->isEnabled());
    }

    void makeDefault_restoresItThenSavesAsDefault_inThatOrder()
    {
        // Two real snapshots on the server: an older one, and the default in force.
        test::SessionApi api(*m_probe);
        const QString older = api.start();
        const QString current = api.start();
        QCOMPARE(m_probe->del(QStringLiteral("/v1/sessions/") + older, QStringLiteral("save_snapshot_mode=filesystem"))
                     .status,
            200);
        QCOMPARE(m_probe
                     ->del(QStringLiteral("/v1/sessions/") + current,
                         QStringLiteral("save_snapshot_mode=filesystem&save_as_default=true"))
                     .status,
            200);
        auto app = startApp();
        QVERIFY(app->library().add(entry(older, QStringLiteral("Older, logged in"), 3, true)));
        QVERIFY(app->library().add(entry(current, QStringLiteral("Current"), 1, true)));
        SnapshotLibraryView *view = openLibrary(*app, older);
        QVERIFY(view);
        QVERIFY(view->makeDefaultAction()->isEnabled());
        m_fx->emulator().requests()->clear();

        QSignalSpy done(view, &SnapshotLibraryView::makeDefaultFinished);
        DialogSeam::clearAsked();
        DialogSeam::setNextAnswer(true); // it replaces the current default: asked first
        view->makeDefaultAction()->trigger();
        QCOMPARE(DialogSeam::asked().size(), 1);
        QVERIFY2(DialogSeam::asked().constFirst().text.contains(QLatin1String("Current")),
            qPrintable(DialogSeam::asked().constFirst().text));
        QVERIFY(!view->makeDefaultAction()->isEnabled()); // not twice at once
        QVERIFY(view->banner()->text().contains(QLatin1String("1 of 2")));
        QVERIFY(done.wait(30000));
        QVERIFY2(done.constFirst().constFirst().toBool(), qPrintable(view->banner()->text()));

        // First the session restored from it, then its end saving it as the default.
        const auto creates = m_fx->requests(Endpoint::CreateSession);
        QCOMPARE(creates.size(), 1);
        QCOMPARE(creates.constFirst().status, 200);
        QList<emu::RequestRecord> saves;
        for (const emu::RequestRecord &record : m_fx->requests(Endpoint::DeleteSession)) {
            if (record.query.contains(QLatin1String("save_as_default=true")))
                saves.append(record);
        }
        QCOMPARE(saves.size(), 1);
        QVERIFY(saves.constFirst().id > creates.constFirst().id);
        QVERIFY(saves.constFirst().startedMs >= creates.constFirst().finishedMs);

        // The view marks the new default and selects it; the one it came from stays listed.
        const std::optional<SnapshotEntry> now = app->library().defaultEntry();
        QVERIFY(now);
        QCOMPARE(saves.constFirst().sessionId, now->sessionId);
        QVERIFY(now->sessionId != older && now->sessionId != current);
        QCOMPARE(view->currentSessionId(), now->sessionId);
        const QString marker = rowOf(view, now->sessionId, SnapshotTableModel::DefaultColumn).data().toString();
        QVERIFY2(marker.contains(QLatin1String("Default")) && marker.contains(QLatin1String("Older, logged in")),
            qPrintable(marker));
        QVERIFY(app->library().entry(older));
        QVERIFY(!view->makeDefaultAction()->isEnabled()); // the selected entry is the default now
    }

    void makeDefault_ofASnapshotTheServerNoLongerHas_marksItAndKeepsIt()
    {
        const QString gone = QStringLiteral("9090abab-gone-from-the-server");
        auto app = startApp();
        QVERIFY(app->library().add(entry(gone, QStringLiteral("Long gone"), 40)));
        SnapshotLibraryView *view = openLibrary(*app, gone);
        QVERIFY(view);
        m_fx->emulator().requests()->clear();
        QSignalSpy done(view, &SnapshotLibraryView::makeDefaultFinished);
        view->makeDefaultAction()->trigger();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.constFirst().constFirst().toBool(), false);

        QCOMPARE(m_fx->count(Endpoint::CreateSession), 1);
        QCOMPARE(m_fx->requests(Endpoint::CreateSession).constFirst().status, 404);
        QCOMPARE(m_fx->count(Endpoint::DeleteSession), 0);
        // Kept, greyed out, and saying why.
        QVERIFY(app->library().entry(gone)->missingOnServer);
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex name = rowOf(view, gone, SnapshotTableModel::NameColumn);
        QVERIFY(rowOf(view, gone, SnapshotTableModel::DefaultColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("no longer on the server")));
        QVERIFY(name.data(Qt::ForegroundRole).isValid());
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("No longer on the server")));
        QVERIFY(!app->library().defaultEntry());
        view->findChild<QComboBox *>(QStringLiteral("snapshotFilter"))->setCurrentIndex(2); // missing only
        QCOMPARE(view->proxy()->rowCount(), 1);
    }

    void history_andExportThenImport()
    {
        auto app = startApp();
        QVERIFY(app->library().add(entry(QStringLiteral("aaaa1111-first"), QStringLiteral("First default"), 3, true)));
        QVERIFY(
            app->library().add(entry(QStringLiteral("bbbb2222-second"), QStringLiteral("Second default"), 1, true)));
        SnapshotLibraryView *view = openLibrary(*app);
        QVERIFY(view);

        // Which snapshot was the default from when until when, newest first.
        view->tabs()->setCurrentIndex(1);
        QAbstractItemModel *history = view->historyTable()->model();
        QCOMPARE(history->rowCount(), 2);
        QVERIFY2(history->index(0, 0).data().toString().contains(QLatin1String("Second default")),
            qPrintable(history->index(0, 0).data().toString()));
        QVERIFY(history->index(1, 0).data().toString().contains(QLatin1String("First default")));
        // Activating a period shows its snapshot in the list.
        Q_EMIT view->historyTable()->activated(history->index(1, 0));
        QCOMPARE(view->tabs()->currentIndex(), 0);
        QCOMPARE(view->currentSessionId(), QStringLiteral("aaaa1111-first"));

        const QString file = m_folder->filePath(QStringLiteral("exported.json"));
        DialogSeam::clearAsked();
        DialogSeam::setNextFileName(file);
        view->exportAction()->trigger();
        QCOMPARE(DialogSeam::asked().constLast().kind, DialogSeam::Kind::SaveFileName);
        QVERIFY(QFileInfo::exists(file));
        QVERIFY2(view->banner()->text().contains(QLatin1String("exported")), qPrintable(view->banner()->text()));

        // Forgotten here, then brought back from the file.
        QVERIFY(app->library().remove(QStringLiteral("aaaa1111-first")));
        QVERIFY(app->library().remove(QStringLiteral("bbbb2222-second")));
        QCOMPARE(view->model()->rowCount(), 0);
        DialogSeam::setNextFileName(file);
        view->importAction()->trigger();
        QCOMPARE(DialogSeam::asked().constLast().kind, DialogSeam::Kind::OpenFileName);
        QCOMPARE(view->model()->rowCount(), 2);
        QVERIFY2(view->banner()->text().contains(QLatin1String("Imported")), qPrintable(view->banner()->text()));
        QCOMPARE(view->banner()->severity(), StatusBanner::Severity::Information);

        // A damaged file is refused whole, with the reason, and changes nothing.
        const QString damaged = m_folder->filePath(QStringLiteral("damaged.json"));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"format\": \"agi-monitor-snapshot-library\", \"entries\": [ {");
        out.close();
        DialogSeam::setNextFileName(damaged);
        view->importAction()->trigger();
        QCOMPARE(view->banner()->severity(), StatusBanner::Severity::Error);
        QVERIFY(view->banner()->text().contains(QLatin1String("Nothing was imported")));
        QCOMPARE(view->model()->rowCount(), 2);
    }

    void endDialog_asksOnceMoreBeforeReplacingTheDefault_andLinksToTheNewEntry()
    {
        SnapshotEntry kept
            = entry(QStringLiteral("0123abcd-kept-default"), QStringLiteral("Inbox (3) - Mail"), 2, true);
        kept.name = QStringLiteral("Mail, logged in");
        const QString id = test::SessionApi(*m_probe).start();
        auto app = startApp(id);
        QVERIFY(app->library().add(kept));
        QTRY_COMPARE_WITH_TIMEOUT(app->window().sessionPanel()->currentSessionId(), id, 10000);
        SnapshotLibraryView *view = openLibrary(*app);
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 1);

        QTRY_VERIFY(app->window().actions()->endSession->isEnabled());
        app->window().actions()->endSession->trigger();
        EndSessionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app->window().findChild<EndSessionDialog *>()) && dialog->isVisible());
        // A default exists: replacing it is never the preselected choice.
        QCOMPARE(dialog->choice(), EndSessionDialog::Choice::SaveSnapshot);
        dialog->findChild<QRadioButton *>(QStringLiteral("saveDefaultRadio"))->click();
        QCOMPARE(dialog->choice(), EndSessionDialog::Choice::SaveAsDefault);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(confirm);

        // Asked once more, naming the default it replaces; "no" sends nothing.
        DialogSeam::clearAsked();
        DialogSeam::setNextAnswer(false);
        confirm->click();
        QCOMPARE(DialogSeam::asked().size(), 1);
        const QString text = DialogSeam::asked().constFirst().text;
        QVERIFY2(text.contains(QLatin1String("Mail, logged in")) && text.contains(QLatin1String("example.com"))
                && text.contains(QLatin1String("0123abcd")),
            qPrintable(text));
        QCOMPARE(m_fx->count(Endpoint::DeleteSession), 0);

        // "Yes" ends it saving as default; the new entry appears in the library view at once.
        DialogSeam::setNextAnswer(true);
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->libraryLinkText().isEmpty(), 15000);
        QCOMPARE(m_fx->count(Endpoint::DeleteSession), 1);
        QVERIFY(
            m_fx->requests(Endpoint::DeleteSession).constFirst().query.contains(QLatin1String("save_as_default=true")));
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(app->library().defaultEntry()->sessionId, id);
        QVERIFY(rowOf(view, id, SnapshotTableModel::DefaultColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Mail, logged in")));

        // The outcome's link selects the new entry in the library.
        view->table()->clearSelection();
        view->table()->setCurrentIndex({});
        auto *link = dialog->findChild<QLabel *>(QStringLiteral("libraryLinkLabel"));
        QVERIFY(link->isVisible());
        const QString href = link->text().section(QLatin1Char('"'), 1, 1);
        Q_EMIT link->linkActivated(href);
        QCOMPARE(view->currentSessionId(), id);
    }
};

QTEST_MAIN(TestSnapshotLibraryView)
#include "tst_snapshotlibraryview.moc"
