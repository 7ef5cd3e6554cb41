#include "notify/desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QVariantMap>

namespace agi {

namespace {
Q_LOGGING_CATEGORY(lcNotify, "agi.notify")
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
constexpr int kServerDefaultTimeout = -1;
} // namespace

const QString DesktopNotifier::serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString DesktopNotifier::objectPath = QStringLiteral("/org/freedesktop/Notifications");

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{ }

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
    , m_appName(QGuiApplication::applicationDisplayName())
    , m_iconName(QStringLiteral(AGI_APP_ID))
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(serviceName, objectPath, kInterface, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(
        serviceName, objectPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isAvailable() const
{
    if (!m_bus.isConnected())
        return false;
    QDBusConnectionInterface *bus = m_bus.interface();
    return bus->isServiceRegistered(serviceName) || bus->activatableServiceNames().value().contains(serviceName);
}

void DesktopNotifier::show(const AttentionEvent &event)
{
    if (!m_bus.isConnected())
        return;
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(AGI_APP_ID));
    const bool urgent = event.kind == AttentionKind::Failed || event.kind == AttentionKind::Question;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1)));
    QDBusMessage call = QDBusMessage::createMethodCall(serviceName, objectPath, kInterface, QStringLiteral("Notify"));
    // The body may be read as markup: texts from the agent are shown as they are.
    call << m_appName << m_idBySession.value(event.sessionId) << m_iconName << event.summary
         << event.body.toHtmlEscaped() << QStringList {kDefaultAction, tr("Show")} << hints << kServerDefaultTimeout;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, sessionId = event.sessionId] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcNotify) << "the notification service refused a notification:" << reply.error().message();
            return;
        }
        remember(sessionId, reply.value());
    });
}

void DesktopNotifier::remember(const QString &sessionId, uint id)
{
    m_sessionById.remove(m_idBySession.value(sessionId));
    m_idBySession.insert(sessionId, id);
    m_sessionById.insert(id, sessionId);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const QString sessionId = m_sessionById.value(id);
    if (sessionId.isEmpty())
        return; // another application's
    qCDebug(lcNotify) << "action" << action << "on the notification of" << sessionId;
    Q_EMIT activated(sessionId);
}

void DesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    const QString sessionId = m_sessionById.take(id);
    if (!sessionId.isEmpty() && m_idBySession.value(sessionId) == id)
        m_idBySession.remove(sessionId);
}

} // namespace agi
