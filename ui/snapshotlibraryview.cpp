#include "snapshotlibraryview.h"

#include "dialogseam.h"
#include "model/sessionlistmodel.h"
#include "model/snapshotdefaulthistorymodel.h"
#include "model/snapshotexchange.h"
#include "model/snapshotfilterproxy.h"
#include "model/snapshotlibrary.h"
#include "monitor/makedefaultoperation.h"
#include "monitor/sessionmonitor.h"
#include "snapshottablemodel.h"
#include "statusbanner.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace agi {

namespace {

constexpr int clockIntervalMs = 30000;

} // namespace

SnapshotLibraryView::SnapshotLibraryView(SessionMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_library(monitor->library())
{
    setObjectName(QStringLiteral("snapshotLibraryView"));
    m_model = new SnapshotTableModel(m_library, this);
    m_proxy = new SnapshotFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SnapshotTableModel::SortRole);

    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("snapshotAccountLabel"));
    m_accountLabel->setTextFormat(Qt::PlainText);
    m_accountLabel->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("snapshotSearch"));
    m_search->setPlaceholderText(tr("Search name, URL, title"));
    m_search->setClearButtonEnabled(true);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("snapshotFilter"));
    m_filter->addItem(tr("All snapshots"), int(SnapshotFilterProxy::Shown::All));
    m_filter->addItem(tr("Defaults"), int(SnapshotFilterProxy::Shown::Defaults));
    m_filter->addItem(tr("No longer on the server"), int(SnapshotFilterProxy::Shown::Missing));
    m_filter->setToolTip(tr("Which snapshots are listed"));

    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("snapshotTable"));
    m_table->setModel(m_proxy);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SnapshotTableModel::SavedColumn, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setIconSize(SnapshotTableModel::thumbnailSize());
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(SnapshotTableModel::UrlColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(SnapshotTableModel::ThumbnailColumn, SnapshotTableModel::thumbnailSize().width() + 12);
    m_table->setColumnWidth(SnapshotTableModel::NameColumn, 240);
    m_table->setColumnWidth(SnapshotTableModel::DefaultColumn, 260);
    m_table->setColumnWidth(SnapshotTableModel::SessionColumn, 80);
    m_table->setColumnWidth(SnapshotTableModel::AgentColumn, 100);
    m_table->setColumnWidth(SnapshotTableModel::SavedColumn, 90);
    m_table->setColumnWidth(SnapshotTableModel::ModeColumn, 140);
    m_table->setColumnWidth(SnapshotTableModel::LastUsedColumn, 90);
    m_table->setAccessibleName(tr("Saved snapshots"));
    m_table->installEventFilter(this);

    m_emptyHint = new QLabel(tr("No snapshots yet. End a session with \"save\" or \"save as default\" and it is "
                                "listed here."),
        this);
    m_emptyHint->setObjectName(QStringLiteral("snapshotEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);

    m_banner = new StatusBanner(this);
    m_banner->setObjectName(QStringLiteral("snapshotBanner"));

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("snapshotToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    buildActions();

    m_historyModel = new SnapshotDefaultHistoryModel(m_library, this);
    m_history = new QTreeView(this);
    m_history->setObjectName(QStringLiteral("defaultHistoryTable"));
    m_history->setModel(m_historyModel);
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setColumnWidth(SnapshotDefaultHistoryModel::SnapshotColumn, 320);
    m_history->setColumnWidth(SnapshotDefaultHistoryModel::FromColumn, 200);
    m_history->setToolTip(tr("Double-click a period to show its snapshot in the library"));

    auto *listPage = new QWidget(this);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_filter);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 4, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_emptyHint, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("snapshotLibraryTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(listPage, tr("&Snapshots"));
    auto *historyPage = new QWidget(this);
    auto *historyHint = new QLabel(tr("No default environment recorded yet. Each save as the default from now on "
                                      "is listed here with when it was the default (saves of earlier versions "
                                      "are not)."),
        historyPage);
    historyHint->setObjectName(QStringLiteral("defaultHistoryHint"));
    historyHint->setWordWrap(true);
    historyHint->setAlignment(Qt::AlignCenter);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(historyHint, 1);
    const auto updateHistoryHint = [this, historyHint] {
        const bool empty = m_historyModel->rowCount() == 0;
        historyHint->setVisible(empty);
        m_history->setVisible(!empty);
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_historyModel, signal, this, updateHistoryHint);
    connect(m_historyModel, &QAbstractItemModel::modelReset, this, updateHistoryHint);
    updateHistoryHint();
    m_tabs->addTab(historyPage, tr("Default &History"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(m_history, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(SnapshotDefaultHistoryModel::SessionIdRole).toString();
        if (m_library->entry(id)) {
            m_tabs->setCurrentIndex(0);
            selectEntry(id);
        }
    });

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SnapshotFilterProxy::setSearchText);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setShown(SnapshotFilterProxy::Shown(m_filter->currentData().toInt())); });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SnapshotLibraryView::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, &SnapshotLibraryView::showContextMenu);
    connect(m_library, &SnapshotLibrary::accountChanged, this, &SnapshotLibraryView::updateAccount);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            updateEmptyHint();
            updateActions();
        });
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyHint();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SnapshotLibraryView::updateActions);

    m_clock.setInterval(clockIntervalMs);
    connect(&m_clock, &QTimer::timeout, m_model, &SnapshotTableModel::refreshRelativeTimes);

    updateAccount();
    updateEmptyHint();
    updateActions();
}

SnapshotLibraryView::~SnapshotLibraryView() = default;

void SnapshotLibraryView::buildActions()
{
    const auto make = [this](const char *name, const QString &text, const char *icon, const QKeySequence &key) {
        auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        // The keys act while the list has the focus, taken there before the window's actions see
        // them (eventFilter()): Delete forgets here and ends a session elsewhere. The shortcut
        // itself is shown in the menus only.
        action->setShortcutContext(Qt::WidgetShortcut);
        addAction(action);
        return action;
    };
    m_start = make("actionStartFromSnapshot", tr("&Start Session From It..."), "media-playback-start",
        QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_start->setToolTip(tr("Open the new session dialog, restoring the browser from this snapshot"));
    m_makeDefault = make("actionMakeDefaultAgain", tr("Make It the &Default Again"), "emblem-default",
        QKeySequence(Qt::CTRL | Qt::Key_D));
    m_makeDefault->setToolTip(tr("Start a session restored from this snapshot, then end it saving it as your "
                                 "default environment (the API's only way to set a default)"));
    m_rename = make("actionRenameSnapshot", tr("&Rename"), "edit-rename", QKeySequence(Qt::Key_F2));
    m_forget = make("actionForgetSnapshot", tr("&Forget..."), "edit-delete", QKeySequence(QKeySequence::Delete));
    m_forget->setToolTip(tr("Remove it from this computer's library; the server's copy is not deleted"));
    m_copyId = make("actionCopySnapshotSessionId", tr("&Copy Session Id"), "edit-copy", QKeySequence::Copy);

    m_toolBar->addAction(m_start);
    m_toolBar->addAction(m_makeDefault);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_rename);
    m_toolBar->addAction(m_copyId);
    m_toolBar->addAction(m_forget);
    m_toolBar->addSeparator();
    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Library..."), this);
    m_export->setObjectName(QStringLiteral("actionExportSnapshotLibrary"));
    m_export->setToolTip(tr("Write every snapshot of this account, with thumbnails and the default history, to a "
                            "JSON file (to move the library to another computer)"));
    m_import = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import..."), this);
    m_import->setObjectName(QStringLiteral("actionImportSnapshotLibrary"));
    m_import->setToolTip(tr("Add the snapshots of an exported library file to this account's library"));
    m_toolBar->addAction(m_export);
    m_toolBar->addAction(m_import);
    m_copyId->setPriority(QAction::LowPriority);
    m_rename->setPriority(QAction::LowPriority);

    connect(m_start, &QAction::triggered, this, &SnapshotLibraryView::startSession);
    connect(m_makeDefault, &QAction::triggered, this, &SnapshotLibraryView::makeDefault);
    connect(m_rename, &QAction::triggered, this, &SnapshotLibraryView::renameCurrent);
    connect(m_forget, &QAction::triggered, this, &SnapshotLibraryView::forget);
    connect(m_copyId, &QAction::triggered, this, &SnapshotLibraryView::copySessionId);
    connect(m_export, &QAction::triggered, this, &SnapshotLibraryView::exportLibrary);
    connect(m_import, &QAction::triggered, this, &SnapshotLibraryView::importLibrary);
}

QAction *SnapshotLibraryView::actionFor(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    for (QAction *action : {m_start, m_makeDefault, m_rename, m_forget, m_copyId}) {
        if (action->isEnabled() && action->shortcut().matches(pressed) == QKeySequence::ExactMatch)
            return action;
    }
    return nullptr;
}

bool SnapshotLibraryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        if (QAction *action = actionFor(static_cast<QKeyEvent *>(event))) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool SnapshotLibraryView::selectEntry(const QString &sessionId)
{
    const QModelIndex source = m_model->indexOf(sessionId);
    if (!source.isValid())
        return false;
    QModelIndex row = m_proxy->mapFromSource(source);
    if (!row.isValid()) {
        // Hidden by the search or the filter: show everything again rather than nothing.
        m_search->clear();
        m_filter->setCurrentIndex(0);
        row = m_proxy->mapFromSource(source);
    }
    m_table->setCurrentIndex(row);
    m_table->scrollTo(row);
    m_table->setFocus();
    return true;
}

QString SnapshotLibraryView::currentSessionId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(SnapshotLibrary::SessionIdRole).toString() : QString();
}

bool SnapshotLibraryView::isMakingDefault() const
{
    return !m_makingDefault.isNull();
}

void SnapshotLibraryView::updateAccount()
{
    const SnapshotAccount account = m_library->account();
    m_accountLabel->setText(
        account.isNull() ? tr("Snapshots saved on this computer") : tr("Snapshots of %1").arg(account.displayText()));
    m_accountLabel->setToolTip(tr("Each server and user id has a library of its own."));
}

void SnapshotLibraryView::updateEmptyHint()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    m_table->setVisible(!empty);
}

void SnapshotLibraryView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool has = current.isValid();
    m_start->setEnabled(has);
    m_rename->setEnabled(has);
    m_forget->setEnabled(has && !isMakingDefault());
    m_copyId->setEnabled(has);
    const bool isDefault = has && current.data(SnapshotLibrary::IsCurrentDefaultRole).toBool();
    m_makeDefault->setEnabled(has && !isDefault && !isMakingDefault());
}

void SnapshotLibraryView::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_start);
    menu.addAction(m_makeDefault);
    menu.addSeparator();
    menu.addAction(m_rename);
    menu.addAction(m_copyId);
    menu.addSeparator();
    menu.addAction(m_forget);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void SnapshotLibraryView::startSession()
{
    const QString id = currentSessionId();
    if (!id.isEmpty())
        Q_EMIT startSessionRequested(id);
}

void SnapshotLibraryView::renameCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_table->edit(current.siblingAtColumn(SnapshotTableModel::NameColumn));
}

void SnapshotLibraryView::forget()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || isMakingDefault())
        return;
    const QString id = current.data(SnapshotLibrary::SessionIdRole).toString();
    const QString name = current.data(SnapshotLibrary::NameRole).toString();
    QString text = tr("Forget the snapshot \"%1\" (session %2) on this computer?\n\nThe copy on the server is "
                      "not deleted (the API has no way to delete it); only this library's entry goes.")
                       .arg(name, SessionListModel::shortId(id));
    if (current.data(SnapshotLibrary::IsCurrentDefaultRole).toBool())
        text += QLatin1Char('\n') + tr("It stays your default environment on the server.");
    if (!DialogSeam::confirm(this, tr("Forget Snapshot"), text, tr("Forget")))
        return;
    if (m_library->remove(id))
        m_banner->showMessage(StatusBanner::Severity::Information,
            tr("\"%1\" was removed from this computer's library; the server still has it.").arg(name));
}

void SnapshotLibraryView::copySessionId()
{
    const QString id = currentSessionId();
    if (id.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(id);
    m_banner->showMessage(StatusBanner::Severity::Information, tr("Copied session id %1.").arg(id));
}

void SnapshotLibraryView::exportLibrary()
{
    const QString suggested
        = QDir::home().filePath(QStringLiteral("agi-snapshots-%1.json").arg(m_library->account().key()));
    const QString path
        = DialogSeam::getSaveFileName(this, tr("Export Snapshot Library"), suggested, tr("Snapshot library (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!SnapshotExchange::exportTo(*m_library, path, &error)) {
        m_banner->showMessage(StatusBanner::Severity::Error, tr("The library could not be exported: %1").arg(error));
        return;
    }
    m_banner->showMessage(StatusBanner::Severity::Information,
        tr("%n snapshot(s) exported to %1.", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
}

void SnapshotLibraryView::importLibrary()
{
    const QString path = DialogSeam::getOpenFileName(
        this, tr("Import Snapshot Library"), QDir::homePath(), tr("Snapshot library (*.json)"));
    if (path.isEmpty())
        return;
    const SnapshotExchange::ImportResult result = SnapshotExchange::importFrom(*m_library, path);
    if (!result.ok) {
        m_banner->showMessage(StatusBanner::Severity::Error,
            tr("Nothing was imported from %1: %2").arg(QDir::toNativeSeparators(path), result.error));
        return;
    }
    QStringList lines {
        tr("Imported into the library of %1: %2").arg(m_library->account().displayText(), result.summary())};
    lines += result.keptNames;
    m_banner->showMessage(StatusBanner::Severity::Information, lines.join(QLatin1Char('\n')));
}

void SnapshotLibraryView::makeDefault()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || isMakingDefault() || current.data(SnapshotLibrary::IsCurrentDefaultRole).toBool())
        return;
    const QString id = current.data(SnapshotLibrary::SessionIdRole).toString();
    const QString name = current.data(SnapshotLibrary::NameRole).toString();
    if (const std::optional<SnapshotEntry> replaced = m_library->defaultEntry()) {
        // It replaces the default the user has now: asked first, Cancel being the default answer.
        if (!DialogSeam::confirm(this, tr("Make It the Default Again"),
                tr("Make \"%1\" your default environment again?\n\nThis starts a session restored from it and "
                   "ends it at once, saving it as your default. It replaces \"%2\" (session %3), which stays in "
                   "your library.")
                    .arg(name, replaced->displayName(), SessionListModel::shortId(replaced->sessionId)),
                tr("Make Default")))
            return;
    }
    auto *operation = new MakeDefaultOperation(m_monitor->client(), m_library, id, this);
    connect(operation, &MakeDefaultOperation::stepChanged, this, [this](int step, const QString &text) {
        m_banner->showMessage(StatusBanner::Severity::Information, tr("Step %1 of 2: %2").arg(step).arg(text));
    });
    connect(operation, &MakeDefaultOperation::finished, this,
        [this, operation](bool ok, const QString &text, const QString &newEntry) {
            m_banner->showMessage(ok ? StatusBanner::Severity::Information : StatusBanner::Severity::Error, text);
            m_makingDefault = nullptr;
            operation->deleteLater();
            if (ok && !newEntry.isEmpty())
                selectEntry(newEntry);
            updateActions();
            Q_EMIT makeDefaultFinished(ok);
        });
    m_makingDefault = operation;
    updateActions();
    if (!operation->start()) {
        m_makingDefault = nullptr;
        operation->deleteLater();
        m_banner->showMessage(StatusBanner::Severity::Error,
            tr("\"%1\" could not be made the default: it is no longer in the library.").arg(name));
        updateActions();
    }
}

void SnapshotLibraryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->refreshRelativeTimes();
    m_clock.start();
}

void SnapshotLibraryView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_clock.stop();
}

} // namespace agi
