#pragma once

#include "api/apierror.h"
#include "api/session.h"
#include "live/framehistory.h"

#include <QObject>
#include <QString>

#include <set>

class QThread;

namespace agi {

class ApiClient;
class FramePoller;
class MessageFeed;

//! One session's live state, shared by every view that shows it (the session view, a wall tile,
//! the command line): its frame poller, the frames it showed, its agent's messages and execution
//! status. Obtained from LiveSessions through a LiveSessionHandle; it fetches only while at least
//! one handle watches it, the session is listed and its interval is not paused. A session that
//! ended or left the list keeps what it had, so views go on showing its last frame.
class LiveSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSession)

public:
    ~LiveSession() override;

    QString sessionId() const { return m_session.id; }
    //! The list's latest view of the session (completed with its details when known).
    Session session() const { return m_session; }
    //! False once the session left the server's list (ended and removed, or deleted elsewhere).
    bool isListed() const { return m_listed; }
    //! Why GET /v1/sessions/{id} failed for it (kind None when it works or was not asked).
    ApiError detailsProblem() const { return m_detailsProblem; }

    FramePoller *poller() const { return m_poller; }
    MessageFeed *feed() const { return m_feed; }
    const FrameHistory &history() const { return *m_history; }

    int watcherCount() const { return m_watchers; }
    //! Whether the agent's messages are followed now (watched, or followed without frames).
    bool isFollowingMessages() const { return m_followingMessages; }
    //! Whether frames are being fetched now.
    bool isPolling() const { return m_polling; }

Q_SIGNALS:
    //! The session's status or details changed, or it left or rejoined the list.
    void sessionChanged();
    //! A new image was added to history().
    void historyChanged();
    //! isPolling() changed.
    void pollingChanged(bool polling);

private:
    friend class LiveSessions;
    friend class LiveSessionHandle;

    //! `history` (kept by LiveSessions, it outlives this object) records the frames.
    LiveSession(ApiClient *client, const Session &session, FrameHistory *history, QThread *decodeThread, int intervalMs,
        QObject *parent = nullptr);

    void setSession(const Session &session);
    void setListed(bool listed);
    void setDetailsProblem(const ApiError &problem);
    //! False while the server refuses the key for the session list too: a refused screenshot then
    //! stops the frames instead of being tried again.
    void setKeyAccepted(bool accepted);
    //! Milliseconds between frames; 0 pauses the frames (the messages go on).
    void setFrameInterval(int milliseconds);
    //! `ownIntervalMs`: the watcher's own interval, 0 for the shared one.
    void addWatcher(int ownIntervalMs = 0);
    void removeWatcher(int ownIntervalMs = 0);
    void changeWatcherInterval(int beforeMs, int afterMs);
    //! The shortest interval of the watchers (the shared one for those without their own).
    int effectiveInterval() const;
    void applyInterval();
    void addFollower();
    void removeFollower();
    void updateRunning();

    Session m_session;
    FramePoller *m_poller = nullptr;
    MessageFeed *m_feed = nullptr;
    FrameHistory *m_history = nullptr;
    int m_intervalMs = 0;
    int m_holders = 0;                 // handles that hold it
    int m_watchers = 0;                // handles that hold it and are watching
    std::multiset<int> m_ownIntervals; // of the watching handles with an interval of their own
    int m_followers = 0;               // handles that follow its messages only (no frames), e.g. for notifications
    bool m_followingMessages = false;
    bool m_listed = true;
    bool m_keyAccepted = true;
    ApiError m_detailsProblem;
    bool m_polling = false;
    bool m_retryRejections = false; // as last told to the poller
};

} // namespace agi
