#include "notify/attentiontracker.h"

#include "live/livesessions.h"
#include "model/sessionlistmodel.h"
#include "notify/sessionattention.h"
#include "settings/settings.h"

#include <algorithm>
#include <limits>

namespace agi {

AttentionTracker::AttentionTracker(SessionListModel *model, LiveSessions *live, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_live(live)
    , m_settings(settings)
{
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_stallTimer, &QTimer::timeout, this, &AttentionTracker::checkStalls);
    connect(m_settings, &Settings::changed, this, &AttentionTracker::checkStalls);
    // Rows come and go with refreshes, creations and removals; tasks and statuses with dataChanged.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AttentionTracker::sync);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AttentionTracker::sync);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttentionTracker::sync);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttentionTracker::sync);
    sync();
}

AttentionTracker::~AttentionTracker()
{
    qDeleteAll(m_sessions);
}

QStringList AttentionTracker::sessionsNeedingAttention() const
{
    QStringList questions;
    QStringList failures;
    QStringList stalls;
    for (const Session &session : m_model->sessions()) {
        const SessionAttention *attention = m_sessions.value(session.id);
        if (!attention)
            continue;
        if (attention->needsInput())
            questions.append(session.id);
        else if (attention->hasUnseenFailure())
            failures.append(session.id);
        else if (attention->isStalled())
            stalls.append(session.id);
    }
    return questions + failures + stalls;
}

QString AttentionTracker::nextNeedingAttention(const QString &current) const
{
    const QStringList order = sessionsNeedingAttention();
    if (order.isEmpty())
        return {};
    const qsizetype at = order.indexOf(current);
    return order.at(at < 0 ? 0 : (at + 1) % order.size());
}

bool AttentionTracker::isStalled(const QString &sessionId) const
{
    const SessionAttention *attention = m_sessions.value(sessionId);
    return attention && attention->isStalled();
}

QDateTime AttentionTracker::lastChange(const QString &sessionId) const
{
    const SessionAttention *attention = m_sessions.value(sessionId);
    return attention ? attention->lastChange() : QDateTime();
}

void AttentionTracker::setFollowAll(bool follow)
{
    m_followAll = follow;
    for (SessionAttention *attention : std::as_const(m_sessions))
        attention->setFollowUnwatched(follow);
}

void AttentionTracker::setShownSession(const QString &sessionId, bool windowActive)
{
    m_shownSession = sessionId;
    m_windowActive = windowActive;
    if (SessionAttention *attention = m_sessions.value(sessionId); attention && windowActive)
        attention->markSeen();
}

bool AttentionTracker::isLookedAt(const QString &sessionId) const
{
    return m_windowActive && !sessionId.isEmpty() && sessionId == m_shownSession;
}

void AttentionTracker::sync()
{
    bool removed = false;
    const QList<Session> listed = m_model->sessions();
    QHash<QString, SessionAttention *> kept;
    kept.reserve(listed.size());
    QList<SessionAttention *> added;
    for (const Session &session : listed) {
        SessionAttention *attention = m_sessions.take(session.id);
        if (!attention) {
            attention = new SessionAttention(m_live->acquire(session), this);
            connect(attention, &SessionAttention::occurred, this, [this](const AttentionEvent &event) {
                // Seen at once: a failure of the session in front of the user needs no reminder.
                if (isLookedAt(event.sessionId))
                    m_sessions.value(event.sessionId)->markSeen();
                Q_EMIT occurred(event);
            });
            connect(attention, &SessionAttention::changed, this, [this, attention] { onChanged(attention); });
            attention->setFollowUnwatched(m_followAll);
            added.append(attention);
        }
        attention->setName(m_model->indexOf(session.id).data(SessionListModel::TaskRole).toString());
        kept.insert(session.id, attention);
    }
    for (SessionAttention *gone : std::as_const(m_sessions)) {
        m_model->setStalledSince(gone->sessionId(), {});
        m_model->setTaskStatus(gone->sessionId(), {});
        delete gone;
        removed = true;
    }
    m_sessions = std::move(kept);
    // What the new ones already know (a session the view was watching before it was listed).
    for (SessionAttention *attention : std::as_const(added))
        m_model->setTaskStatus(attention->sessionId(), attention->taskStatus());
    if (removed) {
        updateCount();
        armStallTimer();
    }
}

void AttentionTracker::onChanged(SessionAttention *attention)
{
    m_model->setStalledSince(attention->sessionId(), attention->isStalled() ? attention->lastChange() : QDateTime());
    m_model->setTaskStatus(attention->sessionId(), attention->taskStatus());
    updateCount();
    armStallTimer();
}

void AttentionTracker::armStallTimer()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 stallMs = qint64(m_settings->stallSeconds()) * 1000;
    qint64 soonest = std::numeric_limits<qint64>::max();
    for (const SessionAttention *attention : std::as_const(m_sessions)) {
        if (attention->isRunning() && !attention->isStalled())
            soonest = std::min(soonest, stallMs - attention->lastChange().msecsTo(now));
    }
    if (soonest == std::numeric_limits<qint64>::max()) {
        m_stallTimer.stop();
        return;
    }
    // A timer may fire a little early: checkStalls() then arms it again for the rest.
    m_stallTimer.start(int(std::clamp<qint64>(soonest, 1, std::numeric_limits<int>::max())));
}

void AttentionTracker::checkStalls()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int stallSeconds = m_settings->stallSeconds();
    // Copied: announcing may run code that changes the list.
    const QList<SessionAttention *> sessions = m_sessions.values();
    for (SessionAttention *attention : sessions)
        attention->checkStall(now, stallSeconds);
    armStallTimer();
}

void AttentionTracker::updateCount()
{
    int count = 0;
    for (const SessionAttention *attention : std::as_const(m_sessions))
        count += attention->needsAttention() ? 1 : 0;
    if (count == m_count)
        return;
    m_count = count;
    Q_EMIT attentionCountChanged(count);
}

} // namespace agi
