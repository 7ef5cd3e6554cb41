#pragma once

#include "notify/attentionkind.h"

#include <QObject>
#include <QPointer>

namespace agi {

class AttentionTracker;
class Notifier;
class Settings;

//! Decides what is notified and where: each occurrence the tracker announces, if its kind is
//! switched on in the settings and the user is not looking at that session in a focused window,
//! goes to the desktop's notification service, or to the fallback (the tray) when none runs.
//! Clicking a notification asks for its session to be shown.
class NotificationCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)

public:
    //! `tracker` and `settings` must outlive the center; `desktop` may be null.
    NotificationCenter(AttentionTracker *tracker, Settings *settings, Notifier *desktop, QObject *parent = nullptr);
    ~NotificationCenter() override;

    //! Where notifications go when the desktop has no notification service (null: nowhere).
    void setFallback(Notifier *fallback);

Q_SIGNALS:
    //! The user clicked the notification of `sessionId`: raise the window on it.
    void sessionActivated(const QString &sessionId);

private:
    void onOccurred(const AttentionEvent &event);

    AttentionTracker *m_tracker = nullptr;
    Settings *m_settings = nullptr;
    QPointer<Notifier> m_desktop;
    QPointer<Notifier> m_fallback;
};

} // namespace agi
