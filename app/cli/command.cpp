#include "cli/command.h"

#include "cli/output.h"

namespace agi::cli {

Command::Command(const Invocation &invocation, QObject *parent)
    : QObject(parent)
    , m_context(invocation.context)
    , m_output(invocation.output)
{ }

Command::~Command() = default;

void Command::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_output->clearProgress();
    Q_EMIT finished(toInt(code));
}

void Command::interrupt(int signalNumber)
{
    if (m_finished)
        return;
    m_output->error(stoppedBy(signalNumber) + QLatin1Char('.'));
    finish(exitCodeForSignal(signalNumber));
}

QString Command::stoppedBy(int signalNumber)
{
    return exitCodeForSignal(signalNumber) == ExitCode::Interrupted ? tr("Interrupted (SIGINT)")
                                                                    : tr("Terminated (SIGTERM)");
}

void Command::fail(const ApiError &error)
{
    m_output->error(error);
    finish(exitCodeFor(error));
}

} // namespace agi::cli
