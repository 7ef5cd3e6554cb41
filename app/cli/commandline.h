#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace agi::cli {

class Command;
struct Invocation;

//! One agi-session command as the command line knows it: name, help, arguments, options, and how
//! to make it (null with *error set on a usage error the parser cannot see).
struct CommandSpec
{
    QString name;
    QString summary;
    QStringList arguments;      //!< "ID", "MESSAGE": all required
    QStringList argumentHelp;   //!< one line per argument
    bool lastTakesRest = false; //!< the last argument takes every word left (a message)
    QList<QCommandLineOption> options;
    std::function<Command *(const Invocation &, QString *error)> make;
    //! How many of `arguments` are required; -1: all of them.
    qsizetype requiredArguments = -1;
    //! Whether the command talks to the server with the API key, given its arguments; empty: it does.
    std::function<bool(const QStringList &arguments)> needsKey = nullptr;
};

//! The commands, their options and the options every command takes; builds each command's
//! parser (so `agi-session CMD --help` documents CMD) and the overview `agi-session --help` prints.
class CommandLine final
{
public:
    CommandLine() = delete;

    static const QList<CommandSpec> &commands();
    static const CommandSpec *find(const QString &name);
    static QList<QCommandLineOption> globalOptions();

    //! The position of the command name in `arguments` (argv without the program), -1 when none.
    static qsizetype commandIndex(const QStringList &arguments);
    //! A parser for `spec` with the global options, its own options and its arguments.
    static void setUp(QCommandLineParser *parser, const CommandSpec &spec);
    //! `parser.helpText()` with the usage line naming the command.
    static QString helpText(const QCommandLineParser &parser, const CommandSpec &spec);
    //! The overview: what agi-session does, the commands, the global options, the exit statuses.
    static QString overview();

private:
    static QList<CommandSpec> makeCommands();
};

} // namespace agi::cli
