#include "model/sessionstate.h"

namespace agi {

bool SessionState::isLive(const SessionStatus &listed)
{
    return listed.value == SessionStatus::Value::Ready || listed.value == SessionStatus::Value::Running
        || listed.value == SessionStatus::Value::Paused;
}

SessionState SessionState::of(const SessionStatus &listed, const ExecutionStatus &task)
{
    using S = SessionStatus::Value;
    using E = ExecutionStatus::Value;
    SessionState state;
    state.look = listed.value;
    state.text = listed.displayText();
    if (isLive(listed) && task.value != E::Unknown) {
        state.text = task.displayText();
        switch (task.value) {
        case E::Ready:
            state.value = Value::Idle;
            state.look = S::Ready;
            break;
        case E::Running:
            state.value = Value::Running;
            state.look = S::Running;
            break;
        case E::WaitingForInput:
            state.value = Value::NeedsInput;
            state.look = S::Paused;
            break;
        case E::Paused:
            state.value = Value::Paused;
            state.look = S::Paused;
            break;
        case E::Finished:
            state.value = Value::Finished;
            state.look = S::Completed;
            break;
        case E::Error:
            state.value = Value::Error;
            state.look = S::Error;
            break;
        case E::Unknown:
            break;
        }
        return state;
    }
    switch (listed.value) {
    case S::Initializing:
        state.value = Value::Starting;
        break;
    case S::Ready:
        state.value = Value::Idle;
        break;
    case S::Running:
        state.value = Value::Running;
        break;
    case S::Paused:
        state.value = Value::Paused;
        break;
    case S::Completed:
        state.value = Value::Finished;
        break;
    case S::Error:
        state.value = Value::Error;
        break;
    case S::Terminated:
        state.value = Value::Ended;
        break;
    case S::Unknown:
        break;
    }
    return state;
}

int SessionState::rank(Value value)
{
    switch (value) {
    case Value::NeedsInput:
        return 0;
    case Value::Error:
        return 1;
    case Value::Running:
        return 2;
    case Value::Starting:
        return 3;
    case Value::Paused:
        return 4;
    case Value::Idle:
        return 5;
    case Value::Finished:
        return 6;
    case Value::Ended:
        return 7;
    case Value::Unknown:
        break;
    }
    return 8;
}

} // namespace agi
