#pragma once

#include "notify/notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QString>

namespace agi {

//! Notifications through the freedesktop notification service (org.freedesktop.Notifications on
//! the session bus): one per session at a time (a newer one replaces it), with a "Show" action;
//! clicking it or its action says activated().
class DesktopNotifier final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    static const QString serviceName;
    static const QString objectPath;

    //! On the user's session bus, or on `bus` (tests use a private one).
    explicit DesktopNotifier(QObject *parent = nullptr);
    DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    //! The name the notifications carry (default: the application's display name).
    void setAppName(const QString &name) { m_appName = name; }
    //! The icon name or file the notifications show.
    void setIconName(const QString &name) { m_iconName = name; }

    //! True when a notification service runs on the bus, or the bus can start one.
    bool isAvailable() const override;
    void show(const AttentionEvent &event) override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void remember(const QString &sessionId, uint id);

    QDBusConnection m_bus;
    QString m_appName;
    QString m_iconName;
    QHash<QString, uint> m_idBySession;
    QHash<uint, QString> m_sessionById;
};

} // namespace agi
