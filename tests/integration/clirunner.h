#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

class QProcess;

namespace agi::test {

//! One finished run of agi-session.
struct CliRun
{
    int exitCode = -1; // -1 when it did not finish (crashed or was still running at the bound)
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    //! stdout as JSON lines (watch --json): every line must parse, else the list is empty.
    QList<QJsonObject> jsonLines() const;
    QStringList errLines() const;
    //! Exactly one line on stderr, ours: never a Qt warning with it.
    bool saysOneError() const;
};

//! Runs the built agi-session (AGI_SESSION_BINARY) against a server, with a home of its own (so
//! it never reads the user's settings, keychain or frame histories) and stdin a closed pipe, never a terminal. Waits
//! on QProcess's finished signal while the test's event loop serves the in-process emulator.
class CliRunner final
{
public:
    CliRunner(const QUrl &baseUrl, const QByteArray &apiKey);

    void setApiKey(const QByteArray &key) { m_key = key; }
    //! Sets an environment variable for the runs that follow (over the test's own environment).
    void setEnvironmentValue(const QString &name, const QString &value) { m_environment.insert(name, value); }
    CliRun run(const QStringList &arguments, int boundMs = 60000) const;
    //! Starts agi-session as run() does, for a test that talks to it while it runs (signals).
    void start(QProcess *process, const QStringList &arguments) const;
    QString home() const { return m_home.path(); }
    //! Where agi-session reads the window's frame histories (its XDG_CACHE_HOME is in home()).
    QString historyRoot() const;

private:
    QUrl m_baseUrl;
    QByteArray m_key;
    QProcessEnvironment m_environment;
    QTemporaryDir m_home;
};

} // namespace agi::test
