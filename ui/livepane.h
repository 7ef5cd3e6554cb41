#pragma once

#include "api/apierror.h"
#include "api/session.h"
#include "api/sessionstatus.h"
#include "live/frame.h"
#include "live/imagedecoder.h"
#include "live/livesessions.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace agi {

class AppActions;
class ElidedLabel;
class Filmstrip;
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
    //! The frame being viewed: the latest good frame of the watched session when live (null before
    //! the first one), else the past frame chosen in its history, with its stored bytes.
    Frame frame() const;
    Filmstrip *filmstrip() const { return m_strip; }

    //! Whether a past frame is shown instead of the live one.
    bool isViewingPast() const { return m_viewSequence > 0; }
    //! The history sequence number of the past frame shown; 0 while live.
    qint64 viewedSequence() const { return m_viewSequence; }
    //! Shows the past frame with this sequence number (the latest one means live).
    void showSequence(qint64 sequence);
    //! One frame older (-1) or newer (+1) than the one viewed; newer than the latest is live.
    void stepFrame(int delta);
    void showFirstFrame();
    void goLive();
    //! Shows the frame that was on screen when the message with `messageId` came.
    void showMessageMoment(const QString &sessionId, qint64 messageId);
    //! The header's "viewing ..." text while a past frame is shown (empty when live).
    QString viewingText() const;
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
    //! The agent message of the moment being viewed changed (0: none, or live).
    void viewedMessageChanged(qint64 messageId);

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
    void onHistoryChanged();
    void showViewedFrame(); // decodes the past frame at view size and shows it with its page
    void setViewSequence(qint64 sequence);

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
    Filmstrip *m_strip = nullptr;
    QAction *m_liveButtonAction = nullptr; // its place in the controls tool bar
    // The past frame being viewed (0: live), kept by sequence: older frames may go as new ones come.
    qint64 m_viewSequence = 0;
    Frame m_viewed; // that frame, decoded at view size, with its stored bytes
    qint64 m_viewedMessage = 0;
    ImageDecoder m_decoder; // past frames, on the GUI thread: one view-sized decode per move
};

} // namespace agi
