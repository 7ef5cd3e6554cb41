#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace agi {

//! One stretch of the default environment's history: which library entry was the default from
//! when until when, as this app saw it (a save with save_as_default).
struct SnapshotDefaultPeriod
{
    QString sessionId; // the library entry's session id
    QDateTime from;    // UTC
    QDateTime until;   // UTC; invalid while it is still the default

    bool isCurrent() const { return !until.isValid(); }

    QJsonObject toJson() const;
    //! Empty when the object has no session id or no valid start.
    static std::optional<SnapshotDefaultPeriod> fromJson(const QJsonObject &object);

    friend bool operator==(const SnapshotDefaultPeriod &, const SnapshotDefaultPeriod &) = default;
};

} // namespace agi

Q_DECLARE_METATYPE(agi::SnapshotDefaultPeriod)
