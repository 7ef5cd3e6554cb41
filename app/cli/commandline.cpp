#include "cli/commandline.h"

#include "cli/command.h"
#include "cli/controlcommand.h"
#include "cli/exportcommand.h"
#include "cli/lifecyclecommands.h"
#include "cli/readcommands.h"
#include "cli/snapshotscommand.h"
#include "cli/watchcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace agi::cli {

namespace {

// The context lupdate gives the strings of CommandLine's functions (and the QT_TRANSLATE_NOOP marks).
QString tr(const char *text)
{
    return QCoreApplication::translate("agi::cli::CommandLine", text);
}

QCommandLineOption option(const QStringList &names, const char *help, const QString &valueName = {})
{
    return {names, tr(help), valueName};
}

template<typename T> std::function<Command *(const Invocation &, QString *)> simple()
{
    return [](const Invocation &invocation, QString *) -> Command * { return new T(invocation); };
}

std::function<Command *(const Invocation &, QString *)> control(ControlCommand::Verb verb)
{
    return
        [verb](const Invocation &invocation, QString *) -> Command * { return new ControlCommand(verb, invocation); };
}

} // namespace

QList<CommandSpec> CommandLine::makeCommands()
{
    const QString id = QStringLiteral("ID");
    const QString idHelp = tr("The session's id (see 'agi-session list').");
    QList<CommandSpec> commands;
    commands.append({QStringLiteral("list"), tr("List the sessions."), {}, {}, false,
        {option({QStringLiteral("status")},
            QT_TRANSLATE_NOOP("agi::cli::CommandLine", "Only sessions with this status (ready, running, paused ...)."),
            QStringLiteral("status"))},
        simple<ListCommand>()});
    commands.append({QStringLiteral("show"), tr("Show one session, its task's status and its latest messages."), {id},
        {idHelp}, false,
        {option({QStringLiteral("messages")},
            QT_TRANSLATE_NOOP("agi::cli::CommandLine", "How many of the latest messages to show (default 5)."),
            QStringLiteral("count"))},
        simple<ShowCommand>()});
    commands.append({QStringLiteral("screenshot"),
        tr("Save the browser's current frame as the server sent it, and print its URL and title."), {id}, {idHelp},
        false,
        {option({QStringLiteral("o"), QStringLiteral("output")},
            QT_TRANSLATE_NOOP("agi::cli::CommandLine", "The file to write (default ID.jpg; - for stdout)."),
            QStringLiteral("file"))},
        simple<ScreenshotCommand>()});
    commands.append({QStringLiteral("watch"),
        tr("Follow a session until its task ends or a condition holds, printing the agent's messages and saving "
           "each changed frame."),
        {id}, {idHelp}, false,
        {option({QStringLiteral("every")},
             QT_TRANSLATE_NOOP("agi::cli::CommandLine", "Time between screenshots (default 10s; at least 250ms)."),
             QStringLiteral("duration")),
            option({QStringLiteral("out")},
                QT_TRANSLATE_NOOP(
                    "agi::cli::CommandLine", "Save each changed frame in this folder, listed in index.json."),
                QStringLiteral("dir")),
            option({QStringLiteral("until")},
                QT_TRANSLATE_NOOP(
                    "agi::cli::CommandLine", "Stop when: finished, error, question, url~REGEX or title~REGEX."),
                QStringLiteral("condition")),
            option({QStringLiteral("timeout")},
                QT_TRANSLATE_NOOP("agi::cli::CommandLine", "Give up after this long (e.g. 90s, 30m, 2h)."),
                QStringLiteral("duration"))},
        [](const Invocation &invocation, QString *error) -> Command * {
            return WatchCommand::create(invocation, error);
        }});
    commands.append({QStringLiteral("export"),
        tr("Write a session's recorded frames and its messages to one file: a ZIP with a Markdown report, a ZIP "
           "with timeline.json, or an animated WebP or GIF."),
        {id}, {idHelp}, false,
        {option({QStringLiteral("format")},
             QT_TRANSLATE_NOOP(
                 "agi::cli::CommandLine", "zip (report.md and frames), json (timeline.json and frames), webp or gif."),
             QStringLiteral("format")),
            option({QStringLiteral("o"), QStringLiteral("output")},
                QT_TRANSLATE_NOOP("agi::cli::CommandLine", "The file to write."), QStringLiteral("file")),
            option({QStringLiteral("from")},
                QT_TRANSLATE_NOOP("agi::cli::CommandLine", "From this frame number or ISO 8601 time."),
                QStringLiteral("T")),
            option({QStringLiteral("to")},
                QT_TRANSLATE_NOOP("agi::cli::CommandLine", "To this frame number or ISO 8601 time."),
                QStringLiteral("T")),
            option({QStringLiteral("max-duration")},
                QT_TRANSLATE_NOOP(
                    "agi::cli::CommandLine", "webp, gif: shorten the animation to at most this long (e.g. 30s)."),
                QStringLiteral("duration"))},
        [](const Invocation &invocation, QString *error) -> Command * {
            return ExportCommand::create(invocation, error);
        }});
    commands.append(
        {QStringLiteral("send"), tr("Send a message to the agent: a new task."), {id, QStringLiteral("MESSAGE")},
            {idHelp, tr("What the agent should do.")}, true, {}, control(ControlCommand::Verb::Send)});
    commands.append({QStringLiteral("answer"), tr("Answer the question the agent asks."), {id, QStringLiteral("TEXT")},
        {idHelp, tr("The answer.")}, true, {}, control(ControlCommand::Verb::Answer)});
    commands.append({QStringLiteral("pause"), tr("Pause the session's task."), {id}, {idHelp}, false, {},
        control(ControlCommand::Verb::Pause)});
    commands.append({QStringLiteral("resume"), tr("Resume the session's paused task."), {id}, {idHelp}, false, {},
        control(ControlCommand::Verb::Resume)});
    commands.append({QStringLiteral("cancel"), tr("Cancel the session's task (the session stays)."), {id}, {idHelp},
        false, {}, control(ControlCommand::Verb::Cancel)});
    commands.append(
        {QStringLiteral("navigate"), tr("Open a URL in the session's browser."), {id, QStringLiteral("URL")},
            {idHelp, tr("An absolute http(s) URL.")}, false, {}, control(ControlCommand::Verb::Navigate)});
    commands.append({QStringLiteral("create"), tr("Create a session and print its id."), {}, {}, false,
        {option({QStringLiteral("agent")},
             QT_TRANSLATE_NOOP("agi::cli::CommandLine", "The agent model (default: the server's, agi-0)."),
             QStringLiteral("name")),
            option({QStringLiteral("task")},
                QT_TRANSLATE_NOOP("agi::cli::CommandLine", "A first task to send at once."), QStringLiteral("text")),
            option({QStringLiteral("restore-default")},
                QT_TRANSLATE_NOOP("agi::cli::CommandLine", "Start from your saved default environment.")),
            option({QStringLiteral("restore-from")},
                QT_TRANSLATE_NOOP("agi::cli::CommandLine", "Start from the snapshot saved when this session ended."),
                QStringLiteral("id"))},
        [](const Invocation &invocation, QString *error) -> Command * {
            if (invocation.parser->isSet(QStringLiteral("restore-default"))
                && invocation.parser->isSet(QStringLiteral("restore-from"))) {
                *error = tr("Use either --restore-default or --restore-from, not both.");
                return nullptr;
            }
            return new CreateCommand(invocation);
        }});
    commands.append({QStringLiteral("end"),
        tr("End a session, saving its browser first if asked. Asks on a terminal; needs --yes otherwise."), {id},
        {idHelp}, false,
        {option({QStringLiteral("save")},
             QT_TRANSLATE_NOOP("agi::cli::CommandLine",
                 "Save the browser first: 'snapshot', or 'default' to make it your default environment."),
             QStringLiteral("what")),
            option({QStringLiteral("y"), QStringLiteral("yes")},
                QT_TRANSLATE_NOOP("agi::cli::CommandLine", "Do not ask."))},
        [](const Invocation &invocation, QString *error) -> Command * {
            SnapshotMode mode = SnapshotMode::None;
            bool asDefault = false;
            if (!EndCommand::parseSave(invocation.parser->value(QStringLiteral("save")), &mode, &asDefault)) {
                *error = tr("--save takes 'snapshot' or 'default'.");
                return nullptr;
            }
            return new EndCommand(invocation);
        }});
    commands.append({QStringLiteral("snapshots"),
        tr("The snapshot library of this account: list, rename, forget, make-default, export, import."),
        {QStringLiteral("ACTION"), QStringLiteral("ARGS")},
        {tr("list (the default), rename ENTRY NAME, forget ENTRY, make-default ENTRY, export FILE or import FILE. "
            "ENTRY is a session id or a unique prefix of one."),
            tr("The action's arguments.")},
        true, {option({QStringLiteral("y"), QStringLiteral("yes")}, "forget: do not ask.")},
        [](const Invocation &invocation, QString *error) -> Command * {
            return SnapshotsCommand::create(invocation, error);
        },
        0, [](const QStringList &arguments) { return SnapshotsCommand::needsKey(arguments); }});
    return commands;
}

const QList<CommandSpec> &CommandLine::commands()
{
    static const QList<CommandSpec> all = makeCommands();
    return all;
}

const CommandSpec *CommandLine::find(const QString &name)
{
    for (const CommandSpec &spec : commands()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QList<QCommandLineOption> CommandLine::globalOptions()
{
    return {
        option({QStringLiteral("base-url")},
            QT_TRANSLATE_NOOP("agi::cli::CommandLine", "The API's address (default: AGI Session Monitor's setting)."),
            QStringLiteral("url")),
        option({QStringLiteral("demo")},
            QT_TRANSLATE_NOOP("agi::cli::CommandLine", "Run against the built-in emulator (no key needed).")),
        option({QStringLiteral("json")}, QT_TRANSLATE_NOOP("agi::cli::CommandLine", "Print JSON instead of text.")),
        option({QStringLiteral("q"), QStringLiteral("quiet")},
            QT_TRANSLATE_NOOP("agi::cli::CommandLine", "Print only data and errors: no progress, no notes.")),
        option({QStringLiteral("verbose")},
            QT_TRANSLATE_NOOP("agi::cli::CommandLine", "Print the log of every area (never the API key).")),
    };
}

qsizetype CommandLine::commandIndex(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--base-url")) {
            ++i; // its value
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        return i;
    }
    return -1;
}

void CommandLine::setUp(QCommandLineParser *parser, const CommandSpec &spec)
{
    parser->setApplicationDescription(spec.summary);
    parser->addHelpOption();
    parser->addOptions(globalOptions());
    parser->addOptions(spec.options);
    for (qsizetype i = 0; i < spec.arguments.size(); ++i)
        parser->addPositionalArgument(spec.arguments.at(i), spec.argumentHelp.value(i));
}

QString CommandLine::helpText(const QCommandLineParser &parser, const CommandSpec &spec)
{
    QString text = parser.helpText();
    const qsizetype usageEnd = text.indexOf(QLatin1Char('\n'));
    QString usage = QStringLiteral("Usage: agi-session ") + spec.name + QStringLiteral(" [options]");
    for (qsizetype i = 0; i < spec.arguments.size(); ++i) {
        const bool optional = spec.requiredArguments >= 0 && i >= spec.requiredArguments;
        usage += QLatin1Char(' ')
            + (optional ? QLatin1Char('[') + spec.arguments.at(i) + QLatin1Char(']') : spec.arguments.at(i));
    }
    text.replace(0, usageEnd, usage);
    return text;
}

QString CommandLine::overview()
{
    QString text = tr("Usage: agi-session [options] COMMAND [arguments]\n"
                      "Watch and manage AGI browser-agent sessions from a terminal or a script.\n\n"
                      "Commands:\n");
    for (const CommandSpec &spec : commands()) {
        QString line = spec.name;
        for (qsizetype i = 0; i < spec.arguments.size(); ++i) {
            const bool optional = spec.requiredArguments >= 0 && i >= spec.requiredArguments;
            line += QLatin1Char(' ')
                + (optional ? QLatin1Char('[') + spec.arguments.at(i) + QLatin1Char(']') : spec.arguments.at(i));
        }
        text += QStringLiteral("  ") + line.leftJustified(24) + (line.size() >= 24 ? QStringLiteral("  ") : QString())
            + spec.summary + QLatin1Char('\n');
    }
    text += tr("\nOptions of every command:\n");
    for (const QCommandLineOption &global : globalOptions()) {
        QString names;
        for (const QString &name : global.names())
            names += (names.isEmpty() ? QString() : QStringLiteral(", "))
                + (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        if (!global.valueName().isEmpty())
            names += QLatin1Char(' ') + global.valueName();
        text += QStringLiteral("  ") + names.leftJustified(24) + global.description() + QLatin1Char('\n');
    }
    text += tr("  -h, --help              This text; 'agi-session COMMAND --help' for one command.\n"
               "  --version               The version.\n\n"
               "The API key comes from AGI_API_KEY, else from the keychain entry AGI Session Monitor saved.\n\n"
               "Exit status: 0 done (watch: condition met or task finished), 1 failure, 2 usage, 3 task error,\n"
               "4 timeout, 5 question pending, 6 session not found, 7 key missing or rejected,\n"
               "8 server unreachable, failing or rate limiting, 9 task finished without the condition,\n"
               "10 not confirmed.\n");
    return text;
}

} // namespace agi::cli
