#pragma once

#include "api/apierror.h"
#include "api/session.h"
#include "api/sessionstatus.h"
#include "live/frame.h"
#include "live/livesessions.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace agi {

class AppActions;
class ElidedLabel;
class FramePoller;
class FrameView;
class LiveSession;
class SessionMonitor;
class StatusBanner;

//! The selected session's browser, live: page title and URL, status, frame age, the poller's
//! state, the frame itself and its controls. Shows the session's shared LiveSession and watches it
//! only while the pane can be seen; a session that ended or left the list stays shown, saying so.
class LivePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePane)

public:
    LivePane(SessionMonitor *monitor, AppActions *actions, QWidget *parent = nullptr);
    ~LivePane() override;

    //! Shows `session` (its LiveSession, shared with other views of it); the same id again is a no-op.
    void setSession(const Session &session);
    void clearSession();
    QString sessionId() const;
    //! The latest view of the shown session (empty when none is shown).
    Session session() const;
    LiveSession *liveSession() const { return m_handle.get(); }

    //! The poller of the watched session, nullptr when none is watched.
    FramePoller *poller() const;
    //! The latest good frame of the watched session (null before the first one).
    Frame frame() const;
    FrameView *frameView() const { return m_view; }
    //! Names what of the shown session cannot be read besides its frames (details, agent updates).
    StatusBanner *problemBanner() const { return m_problems; }

    //! Milliseconds between frames for every session (remembered in the settings); 0 pauses.
    void setFrameInterval(int milliseconds);
    int frameInterval() const;

    //! Told by the window: no frames are fetched while it is minimised.
    void setWindowMinimized(bool minimized);
    //! Whether frames of the shown session are being fetched.
    bool isPolling() const;

    // Each says what it did through notice().
    void saveFrame();
    void copyFrame();
    void copyUrl();
    void openPageInBrowser();
    void openLiveView();

Q_SIGNALS:
    //! A short status message: what an action did, or why it did nothing.
    void notice(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildControls();
    void onFrameChanged();
    void onFrameRefreshed();
    void onPollerError(const ApiError &error);
    void onSessionChanged();
    void onIntervalChanged(int milliseconds);
    void updateWatching();
    void updateHeader();
    void updateStatusBadge();
    void updateAge();
    void updateStateText();
    void updateProblemBanner();
    void openOutside(const QUrl &url, const QString &missing);
    void updateActions();
    void updateTargetSize();
    void setZoomActual(bool actual);

    SessionMonitor *m_monitor = nullptr;
    AppActions *m_actions = nullptr;
    LiveSessionHandle m_handle;
    FramePoller *m_poller = nullptr; // the shown session's, null when none is shown
    QTimer m_ticker;                 // frame age and countdowns
    bool m_minimized = false;
    // What the header shows now: an unchanged response must not lay anything out again.
    SessionStatus m_badgeStatus;
    qreal m_badgeRatio = 0;

    QLabel *m_statusDot = nullptr;
    QLabel *m_statusText = nullptr;
    ElidedLabel *m_title = nullptr;
    ElidedLabel *m_url = nullptr;
    QToolButton *m_copyUrlButton = nullptr;
    QToolButton *m_openButton = nullptr;
    QLabel *m_age = nullptr;
    ElidedLabel *m_state = nullptr;
    StatusBanner *m_problems = nullptr;
    QString m_dismissedProblem; // closed by the user
    FrameView *m_view = nullptr;
    QComboBox *m_intervalCombo = nullptr;
};

} // namespace agi
