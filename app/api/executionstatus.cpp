#include "api/executionstatus.h"

namespace agi {

ExecutionStatus ExecutionStatus::fromString(const QString &text)
{
    ExecutionStatus status;
    status.raw = text;
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("ready"))
        status.value = Value::Ready;
    else if (key == QLatin1String("running"))
        status.value = Value::Running;
    else if (key == QLatin1String("waiting_for_input"))
        status.value = Value::WaitingForInput;
    else if (key == QLatin1String("paused"))
        status.value = Value::Paused;
    else if (key == QLatin1String("finished"))
        status.value = Value::Finished;
    else if (key == QLatin1String("error"))
        status.value = Value::Error;
    return status;
}

QString ExecutionStatus::displayText() const
{
    switch (value) {
    case Value::Ready:
        return tr("Idle"); // a live session with no task
    case Value::Running:
        return tr("Running");
    case Value::WaitingForInput:
        return tr("Needs input");
    case Value::Paused:
        return tr("Paused");
    case Value::Finished:
        return tr("Finished");
    case Value::Error:
        return tr("Error");
    case Value::Unknown:
        break;
    }
    return raw.isEmpty() ? tr("Unknown") : raw;
}

} // namespace agi
