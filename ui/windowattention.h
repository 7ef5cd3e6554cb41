#pragma once

#include <QObject>
#include <QString>

class QAction;

namespace agi {

class AttentionTray;
class AttentionTracker;
class MainWindow;
class SessionListPanel;

//! The window's side of the attention tracking: the count in the window title and the tray, the
//! "Next Session Needing Attention" action, telling the tracker which session the user is looking
//! at (and whether the window has the focus), and raising the window on a session when asked.
class WindowAttention final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowAttention)

public:
    //! `next` (AppActions::nextAttention) is enabled while a session needs attention and shows it.
    WindowAttention(MainWindow *window, AttentionTracker *tracker, SessionListPanel *panel, QAction *next);
    ~WindowAttention() override;

    QAction *nextAction() const { return m_next; }
    AttentionTray *tray() const { return m_tray; }

    //! Selects `sessionId` and brings the window to the front (a notification was clicked).
    void showSession(const QString &sessionId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTitle();
    void updateShown();
    void showNext();
    void raiseWindow();

    MainWindow *m_window = nullptr;
    AttentionTracker *m_tracker = nullptr;
    SessionListPanel *m_panel = nullptr;
    AttentionTray *m_tray = nullptr;
    QAction *m_next = nullptr;
    QString m_baseTitle;
    QString m_title; // as last set here
};

} // namespace agi
