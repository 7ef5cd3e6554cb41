#include "notify/notificationcenter.h"

#include "notify/attentiontracker.h"
#include "notify/notifier.h"
#include "settings/settings.h"

namespace agi {

NotificationCenter::NotificationCenter(
    AttentionTracker *tracker, Settings *settings, Notifier *desktop, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_settings(settings)
    , m_desktop(desktop)
{
    connect(m_tracker, &AttentionTracker::occurred, this, &NotificationCenter::onOccurred);
    if (desktop)
        connect(desktop, &Notifier::activated, this, &NotificationCenter::sessionActivated);
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::setFallback(Notifier *fallback)
{
    if (m_fallback)
        disconnect(m_fallback, nullptr, this, nullptr);
    m_fallback = fallback;
    if (fallback)
        connect(fallback, &Notifier::activated, this, &NotificationCenter::sessionActivated);
}

void NotificationCenter::onOccurred(const AttentionEvent &event)
{
    if (!m_settings->notifies(event.kind) || m_tracker->isLookedAt(event.sessionId))
        return;
    for (Notifier *notifier : {m_desktop.data(), m_fallback.data()}) {
        if (notifier != nullptr && notifier->isAvailable()) {
            notifier->show(event);
            return;
        }
    }
}

} // namespace agi
