#pragma once

#include "live/livesessions.h"
#include "model/sessionstate.h"

#include <QFrame>
#include <QString>

namespace agi {

//! One session on the wall: its latest frame (decoded at tile size while the tile is its only
//! watcher), short id, task, execution state with a badge whose shape tells "Needs input",
//! "Stalled" and "Error" apart without colour, and the frame's age. Enter or a double-click asks to
//! open the session in the session view.
class WallTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallTile)

public:
    enum class Badge {
        None,
        NeedsInput, //!< a question mark in a circle
        Stalled,    //!< a pause-like double bar in a square
        Error       //!< an exclamation mark in a triangle
    };

    WallTile(LiveSessionHandle handle, QWidget *parent = nullptr);
    ~WallTile() override;

    QString sessionId() const { return m_sessionId; }
    LiveSession *liveSession() const { return m_live; }
    void setTask(const QString &task);
    //! The session's state as the list shows it, and whether it stalled.
    void setState(const SessionState &state, bool stalled);
    //! The words under the frame: the state, or "Stalled".
    QString stateText() const;
    Badge badge() const;
    //! Whether the wall can be seen: only then the tile's session fetches frames.
    void setWatching(bool watching);
    void setFrameInterval(int milliseconds);
    //! Repaints the frame's age (the wall's one-second clock).
    void tick();

Q_SIGNALS:
    void openRequested(const QString &sessionId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateTargetSize();

    LiveSessionHandle m_handle;
    LiveSession *m_live = nullptr; // the handle's, kept while it is held
    QString m_sessionId;
    QString m_task;
    SessionState m_state;
    bool m_stalled = false;
};

} // namespace agi
