// agi-emulator: the local AGI Agent Sessions API on the command line.
#include "emulator/emulator.h"
#include "emulator/faultinjector.h"
#include "logging.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>
#include <optional>

using agi::emu::EmulatorConfig;

namespace {

[[noreturn]] void fail(const QString &message)
{
    fprintf(stderr, "agi-emulator: %s\n", qPrintable(message));
    fflush(stderr);
    ::exit(2);
}

int intOption(const QCommandLineParser &parser, const QString &name, int low, int high)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < low || value > high)
        fail(QStringLiteral("--%1 must be an integer from %2 to %3, got \"%4\"")
                 .arg(name)
                 .arg(low)
                 .arg(high)
                 .arg(parser.value(name)));
    return value;
}

EmulatorConfig configFrom(const QCommandLineParser &parser)
{
    EmulatorConfig config;
    if (parser.isSet(QStringLiteral("host"))) {
        const QString host = parser.value(QStringLiteral("host"));
        config.host = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
        if (config.host.isNull())
            fail(QStringLiteral("--host must be an IP address, got \"%1\"").arg(host));
    }
    if (parser.isSet(QStringLiteral("port")))
        config.port = quint16(intOption(parser, QStringLiteral("port"), 0, 65535));
    config.keys = parser.values(QStringLiteral("key"));
    for (const QString &key : std::as_const(config.keys)) {
        if (key.trimmed().isEmpty() || key.contains(QLatin1Char(' ')))
            fail(QStringLiteral("--key must be a non-empty key without spaces"));
    }
    config.revokedKeys = parser.values(QStringLiteral("revoked-key"));
    config.userId = parser.value(QStringLiteral("user-id"));
    if (parser.isSet(QStringLiteral("speed"))) {
        bool ok = false;
        config.speed = parser.value(QStringLiteral("speed")).toDouble(&ok);
        if (!ok || config.speed < 0.01 || config.speed > 1000)
            fail(QStringLiteral("--speed must be a number from 0.01 to 1000, got \"%1\"")
                     .arg(parser.value(QStringLiteral("speed"))));
    }
    // Without --seed every run gets its own ids and pages, as a real server would.
    config.seed = QRandomGenerator::system()->generate();
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        config.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            fail(QStringLiteral("--seed must be a non-negative 32-bit integer, got \"%1\"")
                     .arg(parser.value(QStringLiteral("seed"))));
    }
    if (parser.isSet(QStringLiteral("frame-size"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,4})x(\\d{2,4})$"));
        const QRegularExpressionMatch match = re.match(parser.value(QStringLiteral("frame-size")));
        const int width = match.captured(1).toInt();
        const int height = match.captured(2).toInt();
        if (!match.hasMatch() || width < 160 || height < 120 || width > 3840 || height > 2160)
            fail(QStringLiteral("--frame-size must be WIDTHxHEIGHT from 160x120 to 3840x2160, got \"%1\"")
                     .arg(parser.value(QStringLiteral("frame-size"))));
        config.frameSize = QSize(width, height);
    }
    if (parser.isSet(QStringLiteral("jpeg-quality")))
        config.jpegQuality = intOption(parser, QStringLiteral("jpeg-quality"), 1, 100);
    if (parser.isSet(QStringLiteral("demo-sessions")))
        config.demoSessions = intOption(parser, QStringLiteral("demo-sessions"), 0, 50);
    config.demoLoop = parser.isSet(QStringLiteral("demo-loop"));
    if (parser.isSet(QStringLiteral("heartbeat-ms")))
        config.heartbeatMs = intOption(parser, QStringLiteral("heartbeat-ms"), 10, 3600000);
    config.faults = parser.values(QStringLiteral("fault"));
    for (const QString &spec : std::as_const(config.faults)) {
        QString error;
        if (!agi::emu::FaultRule::parse(spec, &error))
            fail(QStringLiteral("invalid --fault \"%1\": %2").arg(spec, error));
    }
    config.slowStart = parser.isSet(QStringLiteral("slow-start"));
    config.allowRemoteWebhooks = parser.isSet(QStringLiteral("allow-remote-webhooks"));
    config.echoRequests = !parser.isSet(QStringLiteral("quiet"));
    return config;
}

} // namespace

int main(int argc, char *argv[])
{
    // Frames are painted with QPainter text, which needs a GUI application but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agi-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local emulator of the AGI Agent Sessions API, with a scripted agent, rendered browser "
                       "frames and fault injection.\n\n")
        + agi::emu::FaultInjector::specHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("host")},
        {QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one (default: random)."),
            QStringLiteral("port")},
        {QStringLiteral("key"), QStringLiteral("Accepted API key (repeatable). A random one is printed when none."),
            QStringLiteral("key")},
        {QStringLiteral("revoked-key"), QStringLiteral("Known but revoked API key: 403 (repeatable)."),
            QStringLiteral("key")},
        {QStringLiteral("user-id"), QStringLiteral("User id owning the first key."), QStringLiteral("id")},
        {QStringLiteral("speed"), QStringLiteral("Clock factor for the scripted agent (default 1)."),
            QStringLiteral("factor")},
        {QStringLiteral("seed"), QStringLiteral("Seed for ids, pages and messages (default: random)."),
            QStringLiteral("n")},
        {QStringLiteral("frame-size"), QStringLiteral("Screenshot size (default 1280x800)."), QStringLiteral("WxH")},
        {QStringLiteral("jpeg-quality"), QStringLiteral("Screenshot JPEG quality 1-100 (default 75)."),
            QStringLiteral("q")},
        {QStringLiteral("demo-sessions"), QStringLiteral("Sessions created at start, already working."),
            QStringLiteral("n")},
        {QStringLiteral("demo-loop"), QStringLiteral("Demo sessions start a new task after each one ends.")},
        {QStringLiteral("heartbeat-ms"),
            QStringLiteral("SSE heartbeat interval in ms (default 30000). Heartbeats keep the connection alive, so "
                           "they are always sent, whatever event_types asks for."),
            QStringLiteral("ms")},
        {QStringLiteral("slow-start"),
            QStringLiteral("New sessions answer \"initializing\" and turn ready 400 ms (/ speed) later; a task sent "
                           "meanwhile starts then. Without it a new session is ready at once.")},
        {QStringLiteral("fault"), QStringLiteral("Arm a fault at start (repeatable), see above."),
            QStringLiteral("spec")},
        {QStringLiteral("allow-remote-webhooks"), QStringLiteral("Deliver webhooks to non-loopback hosts too.")},
        {QStringLiteral("quiet"), QStringLiteral("Do not log one line per request.")},
        {QStringLiteral("verbose"), QStringLiteral("Also log debug lines (webhook deliveries, clients that left).")},
    });
    if (!parser.parse(QCoreApplication::arguments()))
        fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printf("agi-emulator %s\n", AGI_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    agi::setUpLogging(parser.isSet(QStringLiteral("verbose")));
    const EmulatorConfig config = configFrom(parser);
    agi::emu::Emulator emulator(config);
    QString error;
    if (!emulator.start(&error))
        fail(error);
    printf("listening on %s\n", qPrintable(emulator.baseUrl().toString()));
    fflush(stdout);
    if (config.keys.isEmpty()) {
        fprintf(stderr, "agi-emulator: no --key given; accepting the generated key %s (user id %s)\n",
            qPrintable(emulator.apiKey()), qPrintable(emulator.userId()));
        fflush(stderr);
    }
    return QGuiApplication::exec();
}
