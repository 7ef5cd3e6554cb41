#include "wallview.h"

#include "live/livesessions.h"
#include "model/sessionlistmodel.h"
#include "monitor/sessionmonitor.h"
#include "settings/settings.h"
#include "walltile.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace agi {

namespace {
constexpr int kMinTileWidth = 180;
} // namespace

int WallView::tileInterval(int wallIntervalMs, int tiles)
{
    const double scale = std::max(1.0, double(tiles) / FullPaceTiles);
    return int(std::lround(std::max(1, wallIntervalMs) * scale));
}

WallView::WallView(SessionMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("wallView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_showAllBox = new QCheckBox(tr("Show all &listed"), this);
    m_showAllBox->setObjectName(QStringLiteral("wallShowAll"));
    m_showAllBox->setToolTip(tr("Also show sessions that have ended but are still listed"));
    bar->addWidget(m_showAllBox);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_emptyLabel = new QLabel(tr("No active sessions."), this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_emptyLabel);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid = new QWidget(m_scroll);
    m_layout = new QGridLayout(m_grid);
    m_layout->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_scroll->setWidget(m_grid);
    layout->addWidget(m_scroll, 1);

    connect(m_showAllBox, &QCheckBox::toggled, this, &WallView::setShowAllListed);
    SessionListModel *model = m_monitor->sessions();
    connect(model, &QAbstractItemModel::rowsInserted, this, &WallView::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &WallView::rebuild);
    connect(model, &QAbstractItemModel::modelReset, this, &WallView::rebuild);
    connect(model, &QAbstractItemModel::rowsMoved, this, &WallView::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &) { rebuild(); });
    connect(m_monitor->settings(), &Settings::changed, this, &WallView::updateInterval);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        for (WallTile *tile : std::as_const(m_tiles))
            tile->tick();
    });
    rebuild();
}

WallView::~WallView() = default;

void WallView::setShowAllListed(bool all)
{
    if (all == m_showAll)
        return;
    m_showAll = all;
    m_showAllBox->setChecked(all);
    rebuild();
}

void WallView::setWindowMinimized(bool minimized)
{
    m_minimized = minimized;
    updateWatching();
}

void WallView::rebuild()
{
    SessionListModel *model = m_monitor->sessions();
    QStringList order;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Session session = model->sessionAt(row);
        if (m_showAll || !session.status.isFinal())
            order.append(session.id);
    }
    const QSet<QString> wanted(order.cbegin(), order.cend());
    for (auto it = m_tiles.begin(); it != m_tiles.end();) {
        if (!wanted.contains(it.key())) {
            delete it.value(); // its handle goes with it
            it = m_tiles.erase(it);
        } else {
            ++it;
        }
    }
    bool added = false;
    for (const QString &id : std::as_const(order)) {
        if (m_tiles.contains(id))
            continue;
        auto *tile = new WallTile(m_monitor->live()->acquire(model->sessionAt(model->rowOf(id))), m_grid);
        connect(tile, &WallTile::openRequested, this, &WallView::openRequested);
        m_tiles.insert(id, tile);
        added = true;
    }
    const bool reordered = order != m_order;
    m_order = order;
    m_emptyLabel->setVisible(m_order.isEmpty());
    m_emptyLabel->setText(m_showAll ? tr("No sessions listed.") : tr("No active sessions."));
    if (added || reordered) {
        layoutTiles();
        Q_EMIT tilesChanged(m_order);
    }
    updateTileStates();
    updateInterval();
    updateWatching();
}

void WallView::updateTileStates()
{
    SessionListModel *model = m_monitor->sessions();
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        const int row = model->rowOf(it.key());
        if (row < 0)
            continue;
        const QModelIndex status = model->index(row, SessionListModel::StatusColumn);
        const bool stalled = status.data(SessionListModel::StalledSinceRole).toDateTime().isValid();
        it.value()->setState(model->stateOf(it.key()), stalled);
        it.value()->setTask(model->task(it.key()));
    }
}

void WallView::updateInterval()
{
    m_intervalMs = tileInterval(m_monitor->settings()->wallIntervalMs(), int(m_order.size()));
    for (WallTile *tile : std::as_const(m_tiles))
        tile->setFrameInterval(m_intervalMs);
}

void WallView::updateWatching()
{
    const bool watching = isVisible() && !m_minimized;
    for (WallTile *tile : std::as_const(m_tiles))
        tile->setWatching(watching);
    if (watching)
        m_clock.start();
    else
        m_clock.stop();
}

void WallView::layoutTiles()
{
    const QMargins margins = m_layout->contentsMargins();
    const int spacing = m_layout->spacing() > 0 ? m_layout->spacing() : 6;
    const int available
        = m_scroll->width() - margins.left() - margins.right() - m_scroll->verticalScrollBar()->sizeHint().width();
    const int height = m_scroll->height() - margins.top() - margins.bottom();
    const int count = std::max(1, int(m_order.size()));
    const auto tileHeightFor = [this](int width) { return width * 9 / 16 + 3 * fontMetrics().height() + 16; };
    // The fewest columns that fit every tile in sight, as long as tiles stay readable.
    int columns = 1;
    for (; columns < count; ++columns) {
        const int width = (available - (columns - 1) * spacing) / columns;
        const int rows = (count + columns - 1) / columns;
        if (width < kMinTileWidth || rows * (tileHeightFor(width) + spacing) <= height)
            break;
    }
    m_columns = columns;
    const int tileWidth = std::max(kMinTileWidth, (available - (m_columns - 1) * spacing) / m_columns);
    const int tileHeight = tileHeightFor(tileWidth);
    for (int i = 0; i < m_order.size(); ++i) {
        WallTile *tile = m_tiles.value(m_order.at(i));
        m_layout->removeWidget(tile);
        m_layout->addWidget(tile, i / m_columns, i % m_columns);
        tile->setFixedSize(tileWidth, tileHeight);
        tile->show();
    }
    for (int i = 0; i + 1 < m_order.size(); ++i)
        setTabOrder(m_tiles.value(m_order.at(i)), m_tiles.value(m_order.at(i + 1)));
}

void WallView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    layoutTiles();
    updateWatching();
}

void WallView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateWatching();
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutTiles();
}

} // namespace agi
