#include "api/sessionstatus.h"

namespace agi {

SessionStatus SessionStatus::fromString(const QString &text)
{
    SessionStatus status;
    status.raw = text;
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("initializing"))
        status.value = Value::Initializing;
    else if (key == QLatin1String("ready"))
        status.value = Value::Ready;
    else if (key == QLatin1String("running"))
        status.value = Value::Running;
    else if (key == QLatin1String("paused"))
        status.value = Value::Paused;
    else if (key == QLatin1String("completed"))
        status.value = Value::Completed;
    else if (key == QLatin1String("error"))
        status.value = Value::Error;
    else if (key == QLatin1String("terminated"))
        status.value = Value::Terminated;
    return status;
}

QString SessionStatus::displayText() const
{
    switch (value) {
    case Value::Initializing:
        return tr("Initializing");
    case Value::Ready:
        return tr("Ready");
    case Value::Running:
        return tr("Running");
    case Value::Paused:
        return tr("Paused");
    case Value::Completed:
        return tr("Completed");
    case Value::Error:
        return tr("Error");
    case Value::Terminated:
        return tr("Terminated");
    case Value::Unknown:
        break;
    }
    return raw.isEmpty() ? tr("Unknown") : raw;
}

bool SessionStatus::isFinal() const
{
    return value == Value::Completed || value == Value::Error || value == Value::Terminated;
}

} // namespace agi
