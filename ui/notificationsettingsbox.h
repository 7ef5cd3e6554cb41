#pragma once

#include "notify/attentionkind.h"

#include <QGroupBox>
#include <QHash>

class QCheckBox;
class QSpinBox;

namespace agi {

class Settings;

//! The Notifications part of the settings dialog: which kinds are notified, and after how many
//! minutes without a change a running session counts as stalled. Written by apply().
class NotificationSettingsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationSettingsBox)

public:
    explicit NotificationSettingsBox(Settings *settings, QWidget *parent = nullptr);
    ~NotificationSettingsBox() override;

    QCheckBox *checkBox(AttentionKind kind) const { return m_boxes.value(kind); }
    QSpinBox *stallMinutesSpin() const { return m_stallMinutes; }

    void apply();

private:
    Settings *m_settings = nullptr;
    QHash<AttentionKind, QCheckBox *> m_boxes;
    QSpinBox *m_stallMinutes = nullptr;
};

} // namespace agi
