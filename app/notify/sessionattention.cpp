#include "notify/sessionattention.h"

#include "live/livesession.h"
#include "live/messagefeed.h"
#include "model/messagemodel.h"
#include "model/sessionlistmodel.h"

#include <utility>

namespace agi {

namespace {

constexpr int kBodyLength = 240;
constexpr int kNameLength = 60;

bool isWork(ExecutionStatus::Value value)
{
    using V = ExecutionStatus::Value;
    return value == V::Running || value == V::WaitingForInput || value == V::Paused;
}

QString shortened(const QString &text, int length)
{
    const QString line = text.simplified();
    return line.size() <= length ? line : line.left(length - 1) + QChar(0x2026);
}

} // namespace

SessionAttention::SessionAttention(LiveSessionHandle handle, QObject *parent)
    : QObject(parent)
    , m_handle(std::move(handle))
    , m_live(m_handle.get())
    , m_lastChange(QDateTime::currentDateTimeUtc())
{
    LiveSession *live = m_live;
    MessageFeed *feed = live->feed();
    connect(feed, &MessageFeed::statusChanged, this, &SessionAttention::onStatusChanged);
    connect(feed->messages(), &QAbstractItemModel::rowsInserted, this, &SessionAttention::onActivity);
    connect(live, &LiveSession::historyChanged, this, &SessionAttention::onActivity);
    connect(live, &LiveSession::sessionChanged, this, &SessionAttention::update);
    m_sawWork = isWork(feed->status().value);
    update();
}

SessionAttention::~SessionAttention() = default;

QString SessionAttention::sessionId() const
{
    return m_live->sessionId();
}

bool SessionAttention::needsInput() const
{
    return m_live->feed()->status().value == ExecutionStatus::Value::WaitingForInput;
}

bool SessionAttention::isRunning() const
{
    return m_live->feed()->status().value == ExecutionStatus::Value::Running;
}

bool SessionAttention::checkStall(const QDateTime &now, int stallSeconds)
{
    if (m_stalled || !isRunning() || m_lastChange.msecsTo(now) < qint64(stallSeconds) * 1000)
        return false;
    setStalled(true);
    announce(AttentionKind::Stalled);
    Q_EMIT changed();
    return true;
}

void SessionAttention::markSeen()
{
    if (!m_failed || m_failureSeen)
        return;
    m_failureSeen = true;
    Q_EMIT changed();
}

void SessionAttention::update()
{
    const Session session = m_live->session();
    // An ended session changes no more; a new task makes it run again and following resumes.
    m_handle.setFollowing(m_followUnwatched && !session.status.isFinal());
    if (session.status.value == SessionStatus::Value::Error && !m_failed) {
        // The list may say so before (or instead of) the message feed.
        m_failed = true;
        m_failureSeen = false;
        setStalled(false);
        if (m_sawWork)
            announce(AttentionKind::Failed);
        m_sawWork = false;
        Q_EMIT changed();
    }
}

void SessionAttention::setFollowUnwatched(bool follow)
{
    m_followUnwatched = follow;
    update();
}

void SessionAttention::onActivity()
{
    m_lastChange = QDateTime::currentDateTimeUtc();
    setStalled(false);
    Q_EMIT changed();
}

ExecutionStatus SessionAttention::taskStatus() const
{
    return m_live->feed()->status();
}

void SessionAttention::onStatusChanged(const ExecutionStatus &previous, const ExecutionStatus &current)
{
    using V = ExecutionStatus::Value;
    const bool wasWork = m_sawWork && isWork(previous.value);
    m_lastChange = QDateTime::currentDateTimeUtc();
    setStalled(false);
    if (isWork(current.value))
        m_sawWork = true;
    switch (current.value) {
    case V::WaitingForInput:
        announce(AttentionKind::Question);
        break;
    case V::Running:
        m_failed = false; // a new task, or an answer
        break;
    case V::Finished:
        if (wasWork)
            announce(AttentionKind::Finished);
        m_sawWork = false;
        break;
    case V::Error:
        if (!m_failed) {
            m_failed = true;
            m_failureSeen = false;
            if (wasWork)
                announce(AttentionKind::Failed);
        }
        m_sawWork = false;
        break;
    default:
        break;
    }
    Q_EMIT changed();
}

void SessionAttention::setStalled(bool stalled)
{
    m_stalled = stalled;
}

void SessionAttention::announce(AttentionKind kind)
{
    AttentionEvent event;
    event.sessionId = sessionId();
    event.kind = kind;
    const QString name = displayName();
    switch (kind) {
    case AttentionKind::Finished:
        event.summary = tr("Finished: %1").arg(name);
        event.body = lastMessageText(Message::Type::Done);
        if (event.body.isEmpty())
            event.body = tr("The agent finished its task.");
        break;
    case AttentionKind::Failed:
        event.summary = tr("Failed: %1").arg(name);
        event.body = lastMessageText(Message::Type::Error);
        if (event.body.isEmpty())
            event.body = tr("The agent stopped with an error.");
        break;
    case AttentionKind::Question:
        event.summary = tr("Question: %1").arg(name);
        event.body = lastMessageText(Message::Type::Question);
        if (event.body.isEmpty())
            event.body = tr("The agent waits for your answer.");
        break;
    case AttentionKind::Stalled: {
        event.summary = tr("Stalled: %1").arg(name);
        const qint64 seconds = m_lastChange.secsTo(QDateTime::currentDateTimeUtc());
        event.body = seconds < 60 ? tr("No change in the page or the messages for %1 s.").arg(seconds)
                                  : tr("No change in the page or the messages for %1 min.").arg(seconds / 60);
        break;
    }
    }
    Q_EMIT occurred(event);
}

QString SessionAttention::lastMessageText(Message::Type type) const
{
    const MessageModel *messages = m_live->feed()->messages();
    for (int row = messages->rowCount() - 1; row >= 0; --row) {
        const Message message = messages->messageAt(row);
        if (message.type == type)
            return shortened(message.text(), kBodyLength);
    }
    return {};
}

QString SessionAttention::displayName() const
{
    if (!m_name.trimmed().isEmpty())
        return shortened(m_name, kNameLength);
    return tr("session %1").arg(SessionListModel::shortId(sessionId()));
}

} // namespace agi
