#include "apikeydialog.h"
#include "logging.h"
#include "mainwindow.h"
#include "monitor/sessionmonitor.h"
#include "monitorapp.h"
#include "settings/credentials.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>

namespace {

struct Options
{
    bool demo = false;
    bool verbose = false;
    bool wall = false;
    QUrl baseUrl;
    QString sessionId;
};

//! QGuiApplication takes "-session ID" and "--session ID" for itself (X11 session management) and
//! removes them from the arguments before our parser sees them. Ours is taken out of argv first.
QString takeSessionArgument(int &argc, char *argv[])
{
    QString value;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if ((arg == "--session" || arg == "-session") && i + 1 < argc) {
            value = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        if (arg.startsWith("--session=")) {
            value = QString::fromLocal8Bit(arg.sliced(10).toByteArray());
            continue;
        }
        argv[kept++] = argv[i];
    }
    argc = kept;
    argv[argc] = nullptr;
    return value;
}

Options parseArguments(const QCoreApplication &app, const QString &sessionArgument)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Watch and manage AGI browser-agent sessions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Run against the built-in emulator."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        QCoreApplication::translate("main", "API base URL (default: settings)."), QStringLiteral("url"));
    const QCommandLineOption session(QStringLiteral("session"),
        QCoreApplication::translate("main", "Select this session at start."), QStringLiteral("id"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
        QCoreApplication::translate("main", "Log debug messages of every area (never the API key)."));
    const QCommandLineOption wall(QStringLiteral("wall"),
        QCoreApplication::translate("main", "Start on the wall: live thumbnails of all active sessions."));
    parser.addOptions({demo, baseUrl, session, wall, verbose});
    parser.process(app);

    Options options;
    options.demo = parser.isSet(demo);
    options.verbose = parser.isSet(verbose);
    options.wall = parser.isSet(wall);
    if (parser.isSet(baseUrl))
        options.baseUrl = QUrl::fromUserInput(parser.value(baseUrl));
    // The option stays declared for --help; its value was taken out of argv before QApplication.
    options.sessionId = sessionArgument;
    return options;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("agimonitor"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("agimonitor.org"));
    QCoreApplication::setApplicationName(QStringLiteral("agi-monitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGI_VERSION));
}

//! --help and --version print and exit: they must work without a display, so no QApplication.
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrintsText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        agi::installTranslators(app);
        parseArguments(app, {}); // prints and exits
        return 0;
    }

    const QString sessionArgument = takeSessionArgument(argc, argv);
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("AGI Session Monitor"));
    QGuiApplication::setDesktopFileName(QStringLiteral(AGI_APP_ID));
    agi::installTranslators(app);

    const Options options = parseArguments(app, sessionArgument);
    agi::setUpLogging(options.verbose);

    // Settings, network, client, library, keychain, SessionMonitor, window: see MonitorApp.
    agi::MonitorApp monitorApp;
    agi::Credentials &credentials = monitorApp.credentials();
    if (options.wall)
        monitorApp.window().showWall(true);

    const auto startDemo = [&] {
        QString error;
        if (!monitorApp.useDemo(&error)) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "AGI Session Monitor"),
                QCoreApplication::translate("main", "The built-in emulator did not start: %1").arg(error));
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(1); });
            return;
        }
        monitorApp.showWindow(options.sessionId);
    };

    if (options.demo) {
        startDemo();
        return QApplication::exec();
    }
    monitorApp.useServer(options.baseUrl);
    const auto askForKey = [&](const QString &reason) {
        agi::ApiKeyDialog dialog(&monitorApp.monitor(), &credentials);
        if (!reason.isEmpty())
            dialog.setReason(reason);
        const int result = dialog.exec();
        if (result == QDialog::Accepted) {
            monitorApp.monitor().setApiKey(dialog.key());
            monitorApp.showWindow(options.sessionId);
        } else if (result == agi::ApiKeyDialog::DemoRequested) {
            startDemo();
        } else {
            QCoreApplication::exit(0);
        }
    };
    // Only the first answer decides the start; later ones belong to the settings dialog.
    auto *startup = new QObject(&app);
    QObject::connect(&credentials, &agi::Credentials::loaded, startup,
        [&, startup](const QByteArray &key, agi::Credentials::Source) {
            startup->deleteLater();
            QObject::disconnect(&credentials, nullptr, startup, nullptr);
            if (key.isEmpty()) {
                askForKey({});
                return;
            }
            monitorApp.monitor().setApiKey(key);
            monitorApp.showWindow(options.sessionId);
        });
    QObject::connect(&credentials, &agi::Credentials::failed, startup, [&, startup](const QString &reason) {
        startup->deleteLater();
        QObject::disconnect(&credentials, nullptr, startup, nullptr);
        askForKey(QCoreApplication::translate("main", "The saved key could not be read: %1").arg(reason));
    });
    credentials.load();
    return QApplication::exec();
}
