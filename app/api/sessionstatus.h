#pragma once

#include <QCoreApplication>
#include <QString>

namespace agi {

//! A session's lifecycle status (list/get); values the app does not know are kept verbatim.
struct SessionStatus
{
    Q_DECLARE_TR_FUNCTIONS(agi::SessionStatus)

public:
    enum class Value {
        Initializing,
        Ready,
        Running,
        Paused,
        Completed,
        Error,
        Terminated,
        Unknown
    };

    Value value = Value::Unknown;
    QString raw; // the server's text, as sent

    static SessionStatus fromString(const QString &text);
    //! Translated label; an unknown value shows the server's own text.
    QString displayText() const;
    //! Whether the session has no more work coming (completed, error, terminated).
    bool isFinal() const;

    friend bool operator==(const SessionStatus &, const SessionStatus &) = default;
};

} // namespace agi
