#pragma once

#include "cli/exitcode.h"

#include <QObject>
#include <QStringList>

class QCommandLineParser;

namespace agi::cli {

class CliContext;
class Output;

//! What a command is run with: its arguments after the command name, its parsed options, where it
//! prints and the core it talks through.
struct Invocation
{
    QStringList arguments;
    const QCommandLineParser *parser = nullptr;
    Output *output = nullptr;
    CliContext *context = nullptr;
};

//! Base of every agi-session command: run() once the server and key are known, then finished()
//! exactly once with the exit status.
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    ~Command() override;

    virtual void run() = 0;
    //! SIGINT or SIGTERM arrived (in the event loop, never in the handler): say so on one line and
    //! finish with 130 or 143. Commands that write as they go override it to say what they kept.
    virtual void interrupt(int signalNumber);
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    explicit Command(const Invocation &invocation, QObject *parent = nullptr);

    void finish(ExitCode code);
    //! Prints the error on one line and finishes with its exit status.
    void fail(const ApiError &error);
    //! "Interrupted (SIGINT)" or "Terminated (SIGTERM)": how a stopped command starts its line.
    static QString stoppedBy(int signalNumber);

    CliContext *context() const { return m_context; }
    Output &out() const { return *m_output; }

private:
    CliContext *m_context = nullptr;
    Output *m_output = nullptr;
    bool m_finished = false;
};

} // namespace agi::cli
