#pragma once

#include "notify/notifier.h"

#include <QString>

class QSystemTrayIcon;

namespace agi {

//! The tray icon, where the desktop has a system tray: the attention count in its tooltip, a click
//! raises the window, and it shows notifications where no notification service runs.
class AttentionTray final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionTray)

public:
    explicit AttentionTray(const QIcon &icon, QObject *parent = nullptr);
    ~AttentionTray() override;

    //! Null when the desktop has no system tray.
    QSystemTrayIcon *icon() const { return m_icon; }
    void setAttentionCount(int count);
    QString toolTip() const { return m_toolTip; }

    bool isAvailable() const override;
    void show(const AttentionEvent &event) override;

Q_SIGNALS:
    //! The tray icon itself was clicked.
    void windowRequested();

private:
    QSystemTrayIcon *m_icon = nullptr;
    QString m_toolTip;
    QString m_lastSessionId; // the session of the message on show
};

} // namespace agi
