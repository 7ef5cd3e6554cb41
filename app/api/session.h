#pragma once

#include "api/sessionstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace agi {

//! One agent session as the API describes it (create, list, get); unknown fields are ignored.
struct Session
{
    QString id;
    QString agentName;
    SessionStatus status;
    QDateTime createdAt; // UTC; invalid when absent
    QUrl vncUrl;
    QString environmentId;
    QString goal;

    //! Empty when the object has no usable `session_id` (other fields fall back to empty values).
    static std::optional<Session> fromJson(const QJsonObject &object);

    //! This session (the list's view) with what only GET /v1/sessions/{id} tells (the live view
    //! link, the environment, the goal) taken from `details` where this one has none.
    Session completedWith(const Session &details) const;

    friend bool operator==(const Session &, const Session &) = default;
};

} // namespace agi

Q_DECLARE_METATYPE(agi::Session)
