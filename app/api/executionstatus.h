#pragma once

#include <QCoreApplication>
#include <QString>

namespace agi {

//! A task's execution status (/status, /messages); values the app does not know are kept verbatim.
struct ExecutionStatus
{
    Q_DECLARE_TR_FUNCTIONS(agi::ExecutionStatus)

public:
    enum class Value {
        Ready,
        Running,
        WaitingForInput,
        Paused,
        Finished,
        Error,
        Unknown
    };

    Value value = Value::Unknown;
    QString raw;

    static ExecutionStatus fromString(const QString &text);
    QString displayText() const;
    //! The task ended (finished or error): nothing more will stream.
    bool isTerminal() const { return value == Value::Finished || value == Value::Error; }

    friend bool operator==(const ExecutionStatus &, const ExecutionStatus &) = default;
};

} // namespace agi
