#pragma once

#include "api/apierror.h"
#include "api/session.h"
#include "live/frame.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QToolButton;

namespace agi {

class AppActions;
class ApiClient;
class ElidedLabel;
class FramePoller;
class FrameView;

//! The selected session's browser, live: page title and URL, status, frame age, the poller's
//! state, the frame itself and its controls. Owns one FramePoller for the session it watches and
//! keeps it paused while the pane is hidden, the window is minimised or the session has finished.
class LivePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePane)

public:
    LivePane(ApiClient *client, AppActions *actions, QWidget *parent = nullptr);
    ~LivePane() override;

    //! Watches `session` (a new id replaces the poller; the same id only updates status and links).
    void setSession(const Session &session);
    void clearSession();
    QString sessionId() const { return m_session.id; }
    Session session() const { return m_session; }

    //! The poller of the watched session, nullptr when none is watched.
    FramePoller *poller() const;
    //! The latest good frame of the watched session (null before the first one).
    Frame frame() const;
    FrameView *frameView() const { return m_view; }

    //! Milliseconds between frames; 0 pauses.
    void setFrameInterval(int milliseconds);
    int frameInterval() const { return m_intervalMs; }

    //! Told by the window: no frames are fetched while it is minimised.
    void setWindowMinimized(bool minimized);
    //! Whether the poller is currently allowed to fetch frames.
    bool isPolling() const { return m_polling; }

    void saveFrame();
    void copyFrame() const;
    void copyUrl() const;
    void openPageInBrowser() const;
    void openLiveView() const;

Q_SIGNALS:
    void frameIntervalChanged(int milliseconds);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildControls();
    void onFrameChanged();
    void onFrameRefreshed();
    void onPollerError(const ApiError &error);
    void updatePolling();
    void updateHeader();
    void updateStatusBadge();
    void updateAge();
    void updateStateText();
    void updateActions();
    void updateTargetSize();
    void setZoomActual(bool actual);

    ApiClient *m_client = nullptr;
    AppActions *m_actions = nullptr;
    Session m_session;
    std::unique_ptr<FramePoller> m_poller;
    QTimer m_ticker; // frame age and countdowns
    int m_intervalMs = 2000;
    bool m_minimized = false;
    bool m_polling = false;

    QLabel *m_statusDot = nullptr;
    QLabel *m_statusText = nullptr;
    ElidedLabel *m_title = nullptr;
    ElidedLabel *m_url = nullptr;
    QToolButton *m_copyUrlButton = nullptr;
    QToolButton *m_openButton = nullptr;
    QLabel *m_age = nullptr;
    QLabel *m_state = nullptr;
    FrameView *m_view = nullptr;
    QComboBox *m_intervalCombo = nullptr;
};

} // namespace agi
