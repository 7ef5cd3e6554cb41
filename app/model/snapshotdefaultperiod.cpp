#include "model/snapshotdefaultperiod.h"

#include <QJsonValue>

namespace agi {

QJsonObject SnapshotDefaultPeriod::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("session_id"), sessionId);
    object.insert(QLatin1String("from"), from.toUTC().toString(Qt::ISODateWithMs));
    if (until.isValid())
        object.insert(QLatin1String("until"), until.toUTC().toString(Qt::ISODateWithMs));
    return object;
}

std::optional<SnapshotDefaultPeriod> SnapshotDefaultPeriod::fromJson(const QJsonObject &object)
{
    SnapshotDefaultPeriod period;
    period.sessionId = object.value(QLatin1String("session_id")).toString().trimmed();
    period.from = QDateTime::fromString(object.value(QLatin1String("from")).toString(), Qt::ISODateWithMs).toUTC();
    if (period.sessionId.isEmpty() || !period.from.isValid())
        return std::nullopt;
    const QString until = object.value(QLatin1String("until")).toString();
    if (!until.isEmpty()) {
        period.until = QDateTime::fromString(until, Qt::ISODateWithMs).toUTC();
        if (!period.until.isValid())
            return std::nullopt;
    }
    return period;
}

} // namespace agi
