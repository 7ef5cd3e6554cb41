#pragma once

#include "api/session.h"
#include "live/livesession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <map>
#include <memory>

namespace agi {

class ApiClient;

//! A view's claim on a LiveSession: while it exists the session is kept; while it also watches
//! (the view can be seen) the session fetches. Move-only; releasing it is destroying it.
class LiveSessionHandle final
{
public:
    LiveSessionHandle() = default;
    ~LiveSessionHandle();
    LiveSessionHandle(LiveSessionHandle &&other) noexcept;
    LiveSessionHandle &operator=(LiveSessionHandle &&other) noexcept;
    LiveSessionHandle(const LiveSessionHandle &) = delete;
    LiveSessionHandle &operator=(const LiveSessionHandle &) = delete;

    LiveSession *get() const { return m_session; }
    LiveSession *operator->() const { return m_session; }
    explicit operator bool() const { return !m_session.isNull(); }

    //! Whether the view holding this handle can be seen; only watched sessions fetch.
    void setWatching(bool watching);
    bool isWatching() const { return m_watching; }
    //! Whether the holder follows the session's messages and status without its frames (a
    //! notifier does, for sessions nobody looks at).
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    //! This watcher's own milliseconds between frames (a wall tile's); 0 follows
    //! LiveSessions::frameInterval(). The session fetches at the shortest interval of its watchers.
    void setFrameInterval(int milliseconds);
    int frameInterval() const { return m_ownIntervalMs; }
    void reset();

private:
    friend class LiveSessions;
    explicit LiveSessionHandle(LiveSession *session);

    QPointer<LiveSession> m_session;
    bool m_watching = false;
    bool m_following = false;
    int m_ownIntervalMs = 0;
};

//! Hands out one shared LiveSession per session id to every view that shows it, runs each only
//! while watched, fetches and decodes the frames of all of them on one shared worker thread (with
//! one network manager), and applies the frame interval and the server's list to all. A session
//! nobody holds any more is kept, idle, for a while (the last few), so going back to it shows its
//! last frame at once.
class LiveSessions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSessions)

public:
    static constexpr int KeptIdle = 8;

    explicit LiveSessions(ApiClient *client, QObject *parent = nullptr);
    ~LiveSessions() override;

    //! A handle on the session's LiveSession (made now, or the one other views share).
    LiveSessionHandle acquire(const Session &session);
    //! The LiveSession of a held or recently held session; null otherwise.
    LiveSession *find(const QString &sessionId) const;
    int count() const { return int(m_sessions.size()); }

    //! Milliseconds between frames for every session; 0 pauses the frames of all of them.
    void setFrameInterval(int milliseconds);
    int frameInterval() const { return m_intervalMs; }

    //! The server's list after a refresh: each session's status and details, and which left it.
    void updateFromList(const QList<Session> &listed);
    //! Whether the server takes the key for the session list (see LiveSession::setKeyAccepted).
    void setKeyAccepted(bool accepted);
    //! Why the fuller view of `sessionId` could not be read (kind None: it could).
    void setDetailsProblem(const QString &sessionId, const ApiError &problem);
    //! One session's fuller view (GET /v1/sessions/{id}), merged into its LiveSession.
    void updateSession(const Session &session);

    QThread *decodeThread() { return &m_decodeThread; }

    //! Keeps every session's frame history on disk under `root` (one folder per session, see
    //! FrameHistory) and loads the histories already there (metadata only). Empty (the default,
    //! e.g. for the command line): histories stay in memory and nothing is written. Only the GUI
    //! application sets it.
    void setHistoryRoot(const QString &root);
    QString historyRoot() const { return m_historyRoot; }
    //! Frames kept per session, and bytes kept over all sessions' histories; the oldest go first
    //! (a session still held keeps its latest frame). Applied at once.
    void setHistoryLimits(int maximumFrames, qint64 maximumBytes);
    //! The bytes of every session's history.
    qint64 historyBytes() const;
    //! The history of `sessionId` (empty when none is kept).
    const FrameHistory &historyOf(const QString &sessionId);
    //! Whether frames of `sessionId` are kept (on disk or, without a root, in memory).
    bool hasStoredHistory(const QString &sessionId) const;
    //! Deletes the frames kept for `sessionId` (its folder on disk).
    void forgetHistory(const QString &sessionId);
    //! What was found damaged in the histories and set aside (empty when nothing was).
    QString historyProblem() const { return m_historyProblem; }

Q_SIGNALS:
    void frameIntervalChanged(int milliseconds);
    //! A history was found damaged on loading; `message` says what was set aside (once per history).
    void historyProblemFound(const QString &message);
    //! A session's history was forgotten (or the histories changed in a way views should reread).
    void historyForgotten(const QString &sessionId);

private:
    friend class LiveSessionHandle;
    void release(LiveSession *session);
    FrameHistory *historyFor(const QString &sessionId);
    void trimHistories();
    void reportProblem(const FrameHistory &history);

    ApiClient *m_client = nullptr;
    QThread m_decodeThread;
    QHash<QString, LiveSession *> m_sessions;
    QList<QString> m_idle; // held by nobody, oldest first
    int m_intervalMs = 2000;
    bool m_keyAccepted = true;
    // Every session's history, kept when its LiveSession goes (metadata only on disk).
    std::map<QString, std::unique_ptr<FrameHistory>> m_histories;
    QString m_historyRoot;
    int m_historyFrames = FrameHistory::DefaultMaximumFrames;
    qint64 m_historyBytes = FrameHistory::DefaultMaximumBytes;
    QString m_historyProblem;
};

} // namespace agi
