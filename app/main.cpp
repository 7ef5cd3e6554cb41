#include "emulator/emulator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QUuid>

#include <memory>

namespace {

Q_LOGGING_CATEGORY(lcMain, "agi.main")

struct Options
{
    bool demo = false;
    QUrl baseUrl;
    QString sessionId;
};

Options parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Watch and manage AGI browser-agent sessions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Run against the built-in emulator."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     QCoreApplication::translate("main", "API base URL (default: settings)."),
                                     QStringLiteral("url"));
    const QCommandLineOption session(QStringLiteral("session"),
                                     QCoreApplication::translate("main", "Select this session at start."),
                                     QStringLiteral("id"));
    parser.addOptions({demo, baseUrl, session});
    parser.process(app);

    Options options;
    options.demo = parser.isSet(demo);
    if (parser.isSet(baseUrl))
        options.baseUrl = QUrl::fromUserInput(parser.value(baseUrl));
    options.sessionId = parser.value(session);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("agimonitor"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("agimonitor.org"));
    QCoreApplication::setApplicationName(QStringLiteral("agi-monitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGI_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("AGI Session Monitor"));
    QGuiApplication::setDesktopFileName(QStringLiteral(AGI_APP_ID));

    const Options options = parseArguments(app);

    // Without a key the monitor has nothing to talk to, so the demo is also the fallback.
    const bool demo = options.demo || (options.baseUrl.isEmpty() && qEnvironmentVariableIsEmpty("AGI_API_KEY"));
    std::unique_ptr<agi::emu::Emulator> emulator;
    QUrl baseUrl = options.baseUrl;
    if (demo) {
        agi::emu::EmulatorConfig config;
        config.keys = {QUuid::createUuid().toString(QUuid::WithoutBraces)};
        config.demoSessions = 4;
        config.demoLoop = true;
        config.seed = QRandomGenerator::system()->generate();
        emulator = std::make_unique<agi::emu::Emulator>(config);
        QString error;
        if (!emulator->start(&error)) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "AGI Session Monitor"),
                                  QCoreApplication::translate("main", "The built-in emulator did not start: %1")
                                      .arg(error));
            return 1;
        }
        baseUrl = emulator->baseUrl();
        qCInfo(lcMain) << "demo emulator at" << baseUrl.toString();
    }

    agi::MainWindow window;
    window.setEndpoint(baseUrl, demo);
    window.show();
    return app.exec();
}
