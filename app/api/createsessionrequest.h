#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace agi {

//! The body of POST /v1/sessions; empty fields are left out so the server applies its defaults.
struct CreateSessionRequest
{
    QString agentName; // "agi-0" when empty (server default)
    QUrl webhookUrl;
    QString restoreFromSessionId; // wins over the default environment on the server
    QString restoreDefaultEnvironmentFromUserId;
    QString restoreFromEnvironmentId;
    std::optional<bool> enableMemorySnapshot;
    QString goal;
    std::optional<int> maxSteps;

    QJsonObject toJson() const;
};

} // namespace agi
