#pragma once

#include "api/apierror.h"

namespace agi::cli {

//! Every exit status of agi-session, in one place: scripts branch on them (see the man page).
enum class ExitCode : int {
    Ok = 0,              //!< done; for watch: the condition held, or the task finished
    Failure = 1,         //!< anything not listed below (an unusable answer, a file that cannot be written)
    Usage = 2,           //!< the command line is wrong
    TaskError = 3,       //!< watch: the task ended in error
    Timeout = 4,         //!< watch: --timeout passed first
    QuestionPending = 5, //!< watch: the agent waits for an answer
    NotFound = 6,        //!< the session does not exist (any more)
    Unauthorized = 7,    //!< no key, or the key was rejected or is not allowed to do this
    Unavailable = 8,     //!< the server could not be reached, timed out, failed or rate limited
    ConditionNotMet = 9, //!< watch: the task finished, but the --until condition never held
    NotConfirmed = 10,   //!< end: not confirmed (no --yes without a terminal, or answered no)
    Interrupted = 130,   //!< stopped by SIGINT (Ctrl-C): 128 + the signal's number, as shells report it
    Terminated = 143,    //!< stopped by SIGTERM
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

//! The exit status for a command stopped by `signalNumber` (SIGINT or SIGTERM).
inline ExitCode exitCodeForSignal(int signalNumber)
{
    return signalNumber == 2 ? ExitCode::Interrupted : ExitCode::Terminated;
}

//! The exit status for a failed request.
inline ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::NotFound:
        return error.aboutSession ? ExitCode::NotFound : ExitCode::Unavailable;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return ExitCode::Unauthorized;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Insecure:
        return ExitCode::Unavailable;
    default:
        return ExitCode::Failure;
    }
}

} // namespace agi::cli
