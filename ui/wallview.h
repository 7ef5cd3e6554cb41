#pragma once

#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace agi {

class SessionMonitor;
class WallTile;

//! Live thumbnails of all active sessions (or, with "Show all listed", every listed one), a tile
//! each. Tiles fetch only while the wall can be seen, each at the wall's own pace
//! (tileInterval()), decoding on the shared decode thread of LiveSessions.
class WallView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallView)

public:
    //! Tiles beyond this many slow every tile down in proportion.
    static constexpr int FullPaceTiles = 16;

    explicit WallView(SessionMonitor *monitor, QWidget *parent = nullptr);
    ~WallView() override;

    //! The rule: `wallIntervalMs` for up to FullPaceTiles tiles, then wallIntervalMs x tiles / 16,
    //! so the wall as a whole never asks for more than 16 frames per wallInterval.
    static int tileInterval(int wallIntervalMs, int tiles);

    bool showsAllListed() const { return m_showAll; }
    void setShowAllListed(bool all);
    QStringList tileIds() const { return m_order; }
    WallTile *tile(const QString &sessionId) const { return m_tiles.value(sessionId); }
    int currentInterval() const { return m_intervalMs; }
    //! The window is minimised or hidden: the tiles stop fetching.
    void setWindowMinimized(bool minimized);

Q_SIGNALS:
    void openRequested(const QString &sessionId);
    //! The sessions on the wall, in order (their tasks are worth fetching while it shows).
    void tilesChanged(const QStringList &sessionIds);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateTileStates();
    void updateWatching();
    void updateInterval();
    void layoutTiles();

    SessionMonitor *m_monitor = nullptr;
    QCheckBox *m_showAllBox = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_layout = nullptr;
    QHash<QString, WallTile *> m_tiles;
    QStringList m_order;
    QTimer m_clock;
    int m_intervalMs = 1000;
    int m_columns = 0;
    bool m_showAll = false;
    bool m_minimized = false;
};

} // namespace agi
