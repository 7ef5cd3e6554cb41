#include "clirunner.h"

#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

namespace agi::test {

QList<QJsonObject> CliRun::jsonLines() const
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            return {};
        lines.append(document.object());
    }
    return lines;
}

QStringList CliRun::errLines() const
{
    return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool CliRun::saysOneError() const
{
    const QStringList lines = errLines();
    return lines.size() == 1 && lines.first().startsWith(QStringLiteral("agi-session: "));
}

CliRunner::CliRunner(const QUrl &baseUrl, const QByteArray &apiKey)
    : m_baseUrl(baseUrl)
    , m_key(apiKey)
{ }

QString CliRunner::historyRoot() const
{
    // QStandardPaths::CacheLocation of agi-session (organisation agimonitor, application agi-monitor).
    return m_home.path() + QStringLiteral("/cache/agimonitor/agi-monitor/history");
}

void CliRunner::start(QProcess *process, const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AGI_API_KEY"), QString::fromUtf8(m_key));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.insert(m_environment);
    process->setProcessEnvironment(environment);
    QStringList all {QStringLiteral("--base-url"), m_baseUrl.toString()};
    all += arguments;
    process->start(QStringLiteral(AGI_SESSION_BINARY), all);
    process->closeWriteChannel();
}

CliRun CliRunner::run(const QStringList &arguments, int boundMs) const
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    start(&process, arguments);
    CliRun result;
    if (!finished.wait(boundMs)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace agi::test
