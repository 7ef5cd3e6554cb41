#include "cli/controlcommand.h"

#include "api/getstatusjob.h"
#include "cli/clicontext.h"
#include "cli/output.h"
#include "model/displaytext.h"

#include <QJsonObject>

namespace agi::cli {

ControlCommand::ControlCommand(Verb verb, const Invocation &invocation, QObject *parent)
    : Command(invocation, parent)
    , m_verb(verb)
    , m_sessionId(invocation.arguments.value(0))
    , m_text(invocation.arguments.mid(1).join(QLatin1Char(' ')))
{ }

void ControlCommand::run()
{
    m_command = new SessionCommand(&context()->client(), m_sessionId, this);
    connect(m_command, &SessionCommand::finished, this, &ControlCommand::onFinished);
    if (m_verb != Verb::Answer) {
        send();
        return;
    }
    auto *check = new GetStatusJob(&context()->client(), m_sessionId, this);
    connect(check, &ApiJob::failed, this, &ControlCommand::fail);
    connect(check, &ApiJob::succeeded, this, [this, check] {
        if (check->status().value != ExecutionStatus::Value::WaitingForInput) {
            out().error(tr("Session %1 asks no question (its task is %2).")
                            .arg(m_sessionId, check->status().displayText().toLower()),
                tr("Use 'agi-session send' to give it a new task."));
            finish(ExitCode::Failure);
            return;
        }
        send();
    });
    check->start();
}

void ControlCommand::send()
{
    bool started = false;
    switch (m_verb) {
    case Verb::Send:
    case Verb::Answer:
        started = m_command->sendMessage(m_text);
        break;
    case Verb::Pause:
        started = m_command->pause();
        break;
    case Verb::Resume:
        started = m_command->resume();
        break;
    case Verb::Cancel:
        started = m_command->cancel();
        break;
    case Verb::Navigate:
        started = m_command->navigate(QUrl::fromUserInput(m_text));
        break;
    }
    if (!started) {
        out().error(tr("Nothing was sent."));
        finish(ExitCode::Failure);
    }
}

void ControlCommand::onFinished(const SessionCommand::Outcome &outcome)
{
    if (out().json()) {
        QJsonObject object {
            {QStringLiteral("session_id"), m_sessionId},
            {QStringLiteral("command"), SessionCommand::kindName(outcome.kind)},
            {QStringLiteral("done"), outcome.done},
            {QStringLiteral("message"), outcome.text},
        };
        if (outcome.alreadyInState)
            object.insert(QStringLiteral("already_in_state"), true);
        if (outcome.maybeSent)
            object.insert(QStringLiteral("maybe_sent"), true);
        if (outcome.url.isValid())
            object.insert(QStringLiteral("current_url"), outcome.url.toString(QUrl::FullyEncoded));
        if (!outcome.done)
            object.insert(QStringLiteral("error"), outcome.error.kindName());
        out().document(object);
    }
    if (!outcome.done) {
        out().error(DisplayText::oneLine(outcome.text), Output::hint(outcome.error));
        finish(outcome.maybeSent ? ExitCode::Unavailable : exitCodeFor(outcome.error));
        return;
    }
    out().note(DisplayText::oneLine(outcome.text));
    finish(ExitCode::Ok);
}

} // namespace agi::cli
