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

void Command::fail(const ApiError &error)
{
    m_output->error(error);
    finish(exitCodeFor(error));
}

} // namespace agi::cli
