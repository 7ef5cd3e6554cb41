#include "sessionlistpanel.h"

#include "appactions.h"
#include "model/sessionfilterproxy.h"
#include "model/sessionlistmodel.h"
#include "statusbanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace agi {

namespace {

// How long the rows in sight must stay put before the core hears of them.
constexpr int VisibleRowsSettleMs = 100;

using V = SessionState::Value;

QList<V> statesFor(SessionListPanel::StatusFilter filter)
{
    switch (filter) {
    case SessionListPanel::StatusFilter::Active:
        return {V::Starting, V::Running};
    case SessionListPanel::StatusFilter::NeedsInput:
        return {V::NeedsInput};
    case SessionListPanel::StatusFilter::Paused:
        return {V::Paused};
    case SessionListPanel::StatusFilter::Idle:
        return {V::Idle};
    case SessionListPanel::StatusFilter::Finished:
        return {V::Finished, V::Ended};
    case SessionListPanel::StatusFilter::Error:
        return {V::Error};
    case SessionListPanel::StatusFilter::All:
        break;
    }
    return {};
}

} // namespace

SessionListPanel::SessionListPanel(SessionListModel *model, AppActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("sessionListPanel"));
    m_proxy = new SessionFilterProxy(this);
    m_proxy->setObjectName(QStringLiteral("sessionFilterProxy"));
    m_proxy->setSourceModel(model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    layout->setSpacing(spacing);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(spacing);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("sessionSearchField"));
    m_search->setPlaceholderText(tr("Filter by id, agent or task (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SessionFilterProxy::setFilterText);
    filters->addWidget(m_search, 1);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusCombo->setToolTip(tr("Show sessions in this state (the task's own while the session is live)"));
    m_statusCombo->addItem(tr("All"), int(StatusFilter::All));
    m_statusCombo->addItem(tr("Active"), int(StatusFilter::Active));
    m_statusCombo->addItem(tr("Needs input"), int(StatusFilter::NeedsInput));
    m_statusCombo->addItem(tr("Paused"), int(StatusFilter::Paused));
    m_statusCombo->addItem(tr("Idle"), int(StatusFilter::Idle));
    m_statusCombo->addItem(tr("Finished"), int(StatusFilter::Finished));
    m_statusCombo->addItem(tr("Error"), int(StatusFilter::Error));
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &SessionListPanel::applyStatusFilter);
    filters->addWidget(m_statusCombo);
    layout->addLayout(filters);

    m_banner = new StatusBanner(this);
    m_banner->setObjectName(QStringLiteral("sessionListBanner"));
    layout->addWidget(m_banner);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("sessionView"));
    // Before setModel(): the selection model moves the current row away on this same signal.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); });
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionListModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics(font());
    m_view->setColumnWidth(SessionListModel::IdColumn, metrics.horizontalAdvance(QStringLiteral("0000000000")) + 16);
    m_view->setColumnWidth(SessionListModel::AgentColumn, metrics.horizontalAdvance(QStringLiteral("agi-0-fast")) + 24);
    m_view->setColumnWidth(
        SessionListModel::StatusColumn, metrics.horizontalAdvance(QStringLiteral("Initializing")) + 40);
    m_view->setColumnWidth(
        SessionListModel::CreatedColumn, metrics.horizontalAdvance(QStringLiteral("59 min ago")) + 24);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &SessionListPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SessionListPanel::onCurrentChanged);
    layout->addWidget(m_view, 1);

    // The empty state lives on the viewport so it scrolls with nothing and stays centred.
    m_empty = new QWidget(m_view->viewport());
    m_empty->setObjectName(QStringLiteral("sessionListEmptyState"));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(QStringLiteral("sessionListEmptyText"));
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addWidget(m_emptyText);
    m_emptyButton = new QPushButton(m_empty);
    m_emptyButton->setObjectName(QStringLiteral("sessionListEmptyButton"));
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        if (m_model->rowCount() == 0) {
            Q_EMIT newSessionRequested();
        } else {
            m_search->clear();
            m_statusCombo->setCurrentIndex(0);
        }
    });
    m_view->viewport()->installEventFilter(this);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        updateEmptyState();
        onCurrentChanged();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SessionListPanel::onRowsRemoved);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_keepCurrent = false; // another server's list: nothing of the old one stays shown
        updateEmptyState();
        onCurrentChanged();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SessionListPanel::updateEmptyState);
    connect(m_actions->copySessionId, &QAction::triggered, this, &SessionListPanel::copyCurrentId);

    // Scrolling and refreshes come in bursts: one report when they settle.
    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(VisibleRowsSettleMs);
    connect(&m_visibleTimer, &QTimer::timeout, this, [this] {
        const QStringList ids = visibleSessionIds();
        if (ids == m_visibleIds)
            return;
        m_visibleIds = ids;
        Q_EMIT visibleSessionsChanged(ids);
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &SessionListPanel::scheduleVisibleSessions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SessionListPanel::scheduleVisibleSessions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SessionListPanel::scheduleVisibleSessions);
    connect(m_proxy, &QAbstractItemModel::rowsMoved, this, &SessionListPanel::scheduleVisibleSessions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SessionListPanel::scheduleVisibleSessions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SessionListPanel::scheduleVisibleSessions);
    updateEmptyState();
}

QStringList SessionListPanel::visibleSessionIds() const
{
    QStringList ids;
    if (!m_view->isVisible())
        return ids;
    const int height = m_view->viewport()->height();
    QModelIndex index = m_view->indexAt(QPoint(0, 0));
    while (index.isValid() && m_view->visualRect(index).top() < height) {
        ids.append(index.data(SessionListModel::IdRole).toString());
        index = m_view->indexBelow(index);
    }
    return ids;
}

void SessionListPanel::scheduleVisibleSessions()
{
    m_visibleTimer.start();
}

bool SessionListPanel::selectSession(const QString &sessionId)
{
    if (m_model->rowOf(sessionId) < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(sessionId));
    if (!index.isValid()) {
        m_search->clear();
        m_statusCombo->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->indexOf(sessionId));
    }
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void SessionListPanel::setStatusFilter(StatusFilter filter)
{
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(filter)));
}

void SessionListPanel::applyStatusFilter(int comboIndex)
{
    m_proxy->setStateFilter(statesFor(StatusFilter(m_statusCombo->itemData(comboIndex).toInt())));
    updateEmptyState();
}

void SessionListPanel::setLoaded(bool loaded)
{
    m_loaded = loaded;
    updateEmptyState();
}

void SessionListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray SessionListPanel::saveHeaderState() const
{
    return m_view->header()->saveState();
}

void SessionListPanel::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_view->header();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    // The header remembers the sort; the proxy must sort that way too.
    m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void SessionListPanel::onCurrentChanged()
{
    if (m_currentLeaving)
        return; // the selection model moving to a neighbour of a removed row: not the user's choice
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() && m_keepCurrent)
        return;
    const QString id = current.isValid() ? current.data(SessionListModel::IdRole).toString() : QString();
    m_keepCurrent = false;
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentSessionChanged(id);
}

void SessionListPanel::onRowsAboutToBeRemoved(int first, int last)
{
    if (m_currentId.isEmpty())
        return;
    for (int row = first; row <= last; ++row) {
        if (m_proxy->index(row, 0).data(SessionListModel::IdRole).toString() == m_currentId) {
            m_currentLeaving = true;
            return;
        }
    }
}

void SessionListPanel::onRowsRemoved()
{
    if (m_currentLeaving) {
        m_currentLeaving = false;
        m_keepCurrent = true;
        m_view->selectionModel()->clear();
    }
    updateEmptyState();
    onCurrentChanged();
}

void SessionListPanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_empty->setVisible(empty);
    if (!empty)
        return;
    if (!m_loaded) {
        m_emptyText->setText(tr("Loading sessions..."));
        m_emptyButton->hide();
    } else if (m_model->rowCount() == 0) {
        m_emptyText->setText(tr("No sessions yet.\nPress Ctrl+N to start one: an agent gets its own browser, "
                                "and you watch it work here."));
        m_emptyButton->setText(tr("New Session..."));
        m_emptyButton->setIcon(m_actions->newSession->icon());
        m_emptyButton->show();
    } else {
        m_emptyText->setText(tr("No session matches the filter."));
        m_emptyButton->setText(tr("Show All Sessions"));
        m_emptyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
        m_emptyButton->show();
    }
    m_empty->setGeometry(m_view->viewport()->rect());
}

bool SessionListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show || event->type() == QEvent::Hide)) {
        m_empty->setGeometry(m_view->viewport()->rect());
        scheduleVisibleSessions();
    }
    return QWidget::eventFilter(watched, event);
}

void SessionListPanel::showContextMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_actions->copySessionId);
    menu.addAction(m_actions->openLiveView);
    menu.addSeparator();
    menu.addAction(m_actions->exportTimeline);
    menu.addAction(m_actions->redactFrames);
    menu.addSeparator();
    menu.addAction(m_actions->endSession);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void SessionListPanel::copyCurrentId()
{
    if (!m_currentId.isEmpty())
        QApplication::clipboard()->setText(m_currentId);
}

} // namespace agi
