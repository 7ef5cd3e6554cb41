#include "cli/clicontext.h"
#include "cli/command.h"
#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "cli/output.h"
#include "cli/signalwatcher.h"
#include "logging.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace agi::cli;

namespace {

QtMessageHandler previousHandler = nullptr;

//! Without --verbose the terminal shows our one-line errors only, never Qt's or the core's log:
//! debug, info and warnings are dropped; what is critical still goes through.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

bool hasArgument(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArrayView(argv[i]) == QByteArrayView(name))
            return true;
    }
    return false;
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

int main(int argc, char *argv[])
{
    const bool verbose = hasArgument(argc, argv, "--verbose");
    if (!verbose)
        previousHandler = qInstallMessageHandler(quietHandler);
    // The --demo emulator paints its frames with QPainter text, which needs a GUI application, never
    // a display: the offscreen platform, whatever the environment says. Other commands need neither.
    std::unique_ptr<QCoreApplication> application;
    // export paints the animation's captions with QPainter text too.
    // snapshots import reads PNG thumbnails and paints them into JPEG ones.
    if (hasArgument(argc, argv, "--demo") || hasArgument(argc, argv, "export")
        || hasArgument(argc, argv, "snapshots")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The window's identity: the command line reads the same settings (server, user id) and
    // records saved snapshots in the same library.
    QCoreApplication::setOrganizationName(QStringLiteral("agimonitor"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("agimonitor.org"));
    QCoreApplication::setApplicationName(QStringLiteral("agi-monitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGI_VERSION));
    agi::setUpLogging(verbose);
    agi::installTranslators(*application);

    Output output;
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const qsizetype index = CommandLine::commandIndex(arguments);
    if (index < 0) {
        if (arguments.contains(QLatin1String("--version"))) {
            print(stdout, QStringLiteral("agi-session %1\n").arg(QCoreApplication::applicationVersion()));
            return toInt(ExitCode::Ok);
        }
        if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
            print(stdout, CommandLine::overview());
            return toInt(ExitCode::Ok);
        }
        output.error(QCoreApplication::translate("main", "No command given."),
            QCoreApplication::translate("main", "See 'agi-session --help'."));
        return toInt(ExitCode::Usage);
    }
    const CommandSpec *spec = CommandLine::find(arguments.at(index));
    if (!spec) {
        output.error(QCoreApplication::translate("main", "Unknown command '%1'.").arg(arguments.at(index)),
            QCoreApplication::translate("main", "See 'agi-session --help'."));
        return toInt(ExitCode::Usage);
    }
    arguments.removeAt(index);
    const QString seeHelp = QCoreApplication::translate("main", "See 'agi-session %1 --help'.").arg(spec->name);

    QCommandLineParser parser;
    CommandLine::setUp(&parser, *spec);
    if (!parser.parse(QStringList {QStringLiteral("agi-session")} + arguments)) {
        output.error(parser.errorText() + QLatin1Char('.'), seeHelp);
        return toInt(ExitCode::Usage);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, CommandLine::helpText(parser, *spec));
        return toInt(ExitCode::Ok);
    }
    const QStringList positional = parser.positionalArguments();
    const qsizetype expected = spec->arguments.size();
    const qsizetype required = spec->requiredArguments >= 0 ? spec->requiredArguments : expected;
    if (positional.size() < required || (positional.size() > expected && !spec->lastTakesRest)) {
        output.error(QCoreApplication::translate("main", "'%1' takes %2.")
                         .arg(spec->name,
                             expected == 0 ? QCoreApplication::translate("main", "no arguments")
                                           : spec->arguments.join(QLatin1Char(' '))),
            seeHelp);
        return toInt(ExitCode::Usage);
    }
    output.setJson(parser.isSet(QStringLiteral("json")));
    output.setQuiet(parser.isSet(QStringLiteral("quiet")));

    CliContext context;
    const Invocation invocation {positional, &parser, &output, &context};
    QString usageError;
    std::unique_ptr<Command> command(spec->make(invocation, &usageError));
    if (!command) {
        output.error(usageError, seeHelp);
        return toInt(ExitCode::Usage);
    }
    QObject::connect(&context, &CliContext::failed, application.get(),
        [&output](ExitCode code, const QString &what, const QString &whatToDo) {
            output.error(what, whatToDo);
            QCoreApplication::exit(toInt(code));
        });
    QObject::connect(&context, &CliContext::ready, command.get(), &Command::run);
    // Ctrl-C or SIGTERM: the command ends in the event loop (progress line cleared, files it keeps
    // complete, one line said), with 130 or 143.
    SignalWatcher signalWatcher;
    Command *running = command.get();
    QObject::connect(&signalWatcher, &SignalWatcher::received, running,
        [running](int signalNumber) { running->interrupt(signalNumber); });
    QObject::connect(
        command.get(), &Command::finished, application.get(), [](int code) { QCoreApplication::exit(code); });

    CliContext::Options options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.needsKey = !spec->needsKey || spec->needsKey(positional);
    if (parser.isSet(QStringLiteral("base-url")))
        options.baseUrl = QUrl::fromUserInput(parser.value(QStringLiteral("base-url")));
    context.start(options);
    const int code = QCoreApplication::exec();
    command.reset(); // before the core it uses
    return code;
}
