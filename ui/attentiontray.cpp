#include "attentiontray.h"

#include <QSystemTrayIcon>

namespace agi {

AttentionTray::AttentionTray(const QIcon &icon, QObject *parent)
    : Notifier(parent)
{
    setObjectName(QStringLiteral("attentionTray"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(icon, this);
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastSessionId.isEmpty())
                Q_EMIT activated(m_lastSessionId);
        });
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT windowRequested();
        });
        m_icon->show();
    }
    setAttentionCount(0);
}

AttentionTray::~AttentionTray() = default;

void AttentionTray::setAttentionCount(int count)
{
    if (count == 0)
        m_toolTip = tr("AGI Session Monitor: no session needs attention");
    else if (count == 1)
        m_toolTip = tr("AGI Session Monitor: 1 session needs attention");
    else
        m_toolTip = tr("AGI Session Monitor: %1 sessions need attention").arg(count);
    if (m_icon)
        m_icon->setToolTip(m_toolTip);
}

bool AttentionTray::isAvailable() const
{
    return m_icon && QSystemTrayIcon::supportsMessages();
}

void AttentionTray::show(const AttentionEvent &event)
{
    if (!isAvailable())
        return;
    m_lastSessionId = event.sessionId;
    const bool bad = event.kind == AttentionKind::Failed;
    m_icon->showMessage(event.summary, event.body, bad ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace agi
