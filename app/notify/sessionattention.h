#pragma once

#include "api/executionstatus.h"
#include "api/message.h"
#include "live/livesessions.h"
#include "notify/attentionkind.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace agi {

//! What one session needs the user for, derived from its LiveSession: it finished, failed, asks a
//! question, or stalled (running without any change for a while). Each occurrence is announced
//! once; a new question after an answer, or a failure of a later task, is a new occurrence. Holds
//! the session and follows its messages (without frames) while the session can still change.
class SessionAttention final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionAttention)

public:
    explicit SessionAttention(LiveSessionHandle handle, QObject *parent = nullptr);
    ~SessionAttention() override;

    QString sessionId() const;
    bool needsInput() const;
    //! Failed, and not yet seen by the user in a focused window.
    bool hasUnseenFailure() const { return m_failed && !m_failureSeen; }
    bool isStalled() const { return m_stalled; }
    bool needsAttention() const { return needsInput() || hasUnseenFailure() || isStalled(); }
    //! When the frame, URL, messages or status last changed (or following began).
    QDateTime lastChange() const { return m_lastChange; }
    //! The task's status as last read (Unknown until it is).
    ExecutionStatus taskStatus() const;
    //! The agent is at work: only then can the session stall.
    bool isRunning() const;

    //! Marks the session stalled once `now` is `stallSeconds` past the last change; false if not yet.
    bool checkStall(const QDateTime &now, int stallSeconds);
    //! The user looks at the session in a focused window: its failure no longer needs attention.
    void markSeen();
    //! Whether to follow the session's messages even while no view watches it (off: only what the
    //! views fetch is seen).
    void setFollowUnwatched(bool follow);
    //! How notifications name the session (its task, say); the short id when empty.
    void setName(const QString &name) { m_name = name; }

Q_SIGNALS:
    void occurred(const agi::AttentionEvent &event);
    //! needsAttention(), isStalled(), lastChange() or taskStatus() changed.
    void changed();

private:
    void update();
    void onActivity();
    void onStatusChanged(const ExecutionStatus &previous, const ExecutionStatus &current);
    void setStalled(bool stalled);
    void announce(AttentionKind kind);
    //! The newest message of `type` as one short line; empty when there is none.
    QString lastMessageText(Message::Type type) const;
    QString displayName() const;

    LiveSessionHandle m_handle;
    LiveSession *m_live = nullptr; // the handle's, never null: the tracker goes before LiveSessions
    QDateTime m_lastChange;
    QString m_name;
    bool m_failed = false;
    bool m_failureSeen = false;
    bool m_stalled = false;
    bool m_followUnwatched = false;
    bool m_sawWork = false; // a task ran while followed: its end is news, an old end is not
};

} // namespace agi
