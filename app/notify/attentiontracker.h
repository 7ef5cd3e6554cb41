#pragma once

#include "notify/attentionkind.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace agi {

class LiveSessions;
class SessionAttention;
class SessionListModel;
class Settings;

//! Follows every listed session for what it needs the user for (SessionAttention), keeps the
//! attention count (sessions asking a question, failed and not yet seen, or stalled), the order
//! "next session needing attention" walks, and the stall check: one timer, armed for the earliest
//! moment a running session can stall (Settings::stallSeconds(), applied when it changes). Stalled
//! sessions are marked in the list model.
class AttentionTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionTracker)

public:
    //! `model`, `live` and `settings` must outlive the tracker.
    AttentionTracker(SessionListModel *model, LiveSessions *live, Settings *settings, QObject *parent = nullptr);
    ~AttentionTracker() override;

    int attentionCount() const { return m_count; }
    //! The sessions needing attention: questions first, then failures, then stalls, each in list order.
    QStringList sessionsNeedingAttention() const;
    //! The one after `current` in that order (wrapping), or the first; empty when none needs attention.
    QString nextNeedingAttention(const QString &current) const;
    bool isStalled(const QString &sessionId) const;
    //! When the session's frame, URL, messages or status last changed; invalid when not tracked.
    QDateTime lastChange(const QString &sessionId) const;

    //! Whether every listed session's messages are followed (a stream each), or only those views
    //! watch. The monitor follows all; off by default, for the command line, which watches one.
    void setFollowAll(bool follow);
    bool followsAll() const { return m_followAll; }

    //! The session the window shows, and whether the window has the focus: nothing is announced
    //! for a session the user is looking at, and its failure counts as seen.
    void setShownSession(const QString &sessionId, bool windowActive);
    bool isLookedAt(const QString &sessionId) const;

Q_SIGNALS:
    void attentionCountChanged(int count);
    //! A session finished, failed, asks a question or stalled (once per occurrence).
    void occurred(const agi::AttentionEvent &event);

private:
    void sync();
    void onChanged(SessionAttention *attention);
    void armStallTimer();
    void checkStalls();
    void updateCount();

    SessionListModel *m_model = nullptr;
    LiveSessions *m_live = nullptr;
    Settings *m_settings = nullptr;
    QHash<QString, SessionAttention *> m_sessions;
    QTimer m_stallTimer;
    QString m_shownSession;
    bool m_windowActive = false;
    bool m_followAll = false;
    int m_count = 0;
};

} // namespace agi
