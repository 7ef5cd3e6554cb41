#include "notificationsettingsbox.h"

#include "settings/settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>

namespace agi {

namespace {
constexpr int kMaximumStallMinutes = 240;

int stallMinutes(const Settings *settings)
{
    return std::clamp((settings->stallSeconds() + 59) / 60, 1, kMaximumStallMinutes);
}
} // namespace

NotificationSettingsBox::NotificationSettingsBox(Settings *settings, QWidget *parent)
    : QGroupBox(tr("Notifications"), parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("notificationsGroup"));
    auto *form = new QFormLayout(this);
    const struct
    {
        AttentionKind kind;
        QString text;
    } kinds[] = {
        {AttentionKind::Finished, tr("A session finished its &task")},
        {AttentionKind::Failed, tr("A session &failed")},
        {AttentionKind::Question, tr("The agent asks a &question")},
        {AttentionKind::Stalled, tr("A session &stalled")},
    };
    auto *first = new QLabel(tr("Notify when:"), this);
    bool labelled = false;
    for (const auto &[kind, text] : kinds) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(QLatin1String("notify_") + attentionKindKey(kind));
        box->setChecked(settings->notifies(kind));
        m_boxes.insert(kind, box);
        form->addRow(labelled ? nullptr : first, box);
        labelled = true;
    }
    m_stallMinutes = new QSpinBox(this);
    m_stallMinutes->setObjectName(QStringLiteral("stallMinutesSpin"));
    m_stallMinutes->setRange(1, kMaximumStallMinutes);
    m_stallMinutes->setSuffix(tr(" min"));
    m_stallMinutes->setToolTip(
        tr("A running session whose page, URL and messages have not changed for this long is marked stalled."));
    m_stallMinutes->setValue(stallMinutes(settings));
    form->addRow(tr("Stalled &after:"), m_stallMinutes);
}

NotificationSettingsBox::~NotificationSettingsBox() = default;

void NotificationSettingsBox::apply()
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isChecked() != m_settings->notifies(it.key()))
            m_settings->setNotifies(it.key(), it.value()->isChecked());
    }
    // Seconds are kept (tests use a few); the dialog edits whole minutes and leaves them unless changed.
    if (m_stallMinutes->value() != stallMinutes(m_settings))
        m_settings->setStallSeconds(m_stallMinutes->value() * 60);
}

} // namespace agi
