#pragma once

#include "cli/command.h"
#include "monitor/sessioncommand.h"

#include <QString>
#include <QUrl>

namespace agi::cli {

//! `send ID MESSAGE`, `answer ID TEXT`, `pause|resume|cancel ID`, `navigate ID URL`: one
//! SessionCommand, its outcome in words (or JSON) and an exit status. `answer` first checks that
//! the agent is waiting for one, so a stray answer never starts a new task.
class ControlCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlCommand)

public:
    enum class Verb {
        Send,
        Answer,
        Pause,
        Resume,
        Cancel,
        Navigate
    };

    ControlCommand(Verb verb, const Invocation &invocation, QObject *parent = nullptr);
    void run() override;

private:
    void send();
    void onFinished(const SessionCommand::Outcome &outcome);

    Verb m_verb;
    QString m_sessionId;
    QString m_text; // the message, the answer or the URL
    SessionCommand *m_command = nullptr;
};

} // namespace agi::cli
