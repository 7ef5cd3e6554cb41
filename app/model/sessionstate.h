#pragma once

#include "api/executionstatus.h"
#include "api/sessionstatus.h"

#include <QCoreApplication>
#include <QString>

namespace agi {

//! What a session is doing, as the user reads it everywhere (the list's Status column and filter,
//! the live pane's badge, the wall's tiles): the task's own state (needs input, paused, finished ...)
//! while the session is live and its task's status is known, the listed status otherwise. The one
//! copy of that rule.
struct SessionState
{
    Q_DECLARE_TR_FUNCTIONS(agi::SessionState)

public:
    enum class Value {
        Starting,   //!< the browser is being set up
        Idle,       //!< live, no task
        Running,    //!< the agent is at work
        NeedsInput, //!< the agent asked a question and waits for the answer
        Paused,
        Finished, //!< the task finished; the session may still be live
        Error,
        Ended, //!< the session itself is over (terminated)
        Unknown
    };

    Value value = Value::Unknown;
    QString text;                                              //!< the words the user reads
    SessionStatus::Value look = SessionStatus::Value::Unknown; //!< the listed status whose colour and icon it wears

    static SessionState of(const SessionStatus &listed, const ExecutionStatus &task = {});
    //! The session still has a browser (ready, running or paused in the list).
    static bool isLive(const SessionStatus &listed);
    //! The order states sort in: what needs the user first, then what still works, then what ended.
    static int rank(Value value);
};

} // namespace agi

Q_DECLARE_METATYPE(agi::SessionState::Value)
