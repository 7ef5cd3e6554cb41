#pragma once

#include "api/apierror.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace agi::cli {

//! Everything agi-session prints: data on stdout (tables, plain lines or JSON), one-line errors and
//! the progress line on stderr. The progress line shows only on a terminal and never with --quiet;
//! other output first clears it, so a terminal never shows half a progress line before a message.
class Output final
{
public:
    Output() = default;

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }
    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool quiet() const { return m_quiet; }

    //! A line of data on stdout (always printed: it is what the command was asked for).
    void data(const QString &line);
    //! A JSON document on stdout: indented, or on one line for a stream of events (watch).
    void document(const QJsonValue &value, bool oneLine = false);
    //! A column-aligned table with a header row; cells must already be on one line.
    void table(const QStringList &headers, const QList<QStringList> &rows);
    //! What happened, for a person (not with --quiet or --json).
    void note(const QString &line);
    //! "agi-session: <what>" and, when given, what to do, on one line of stderr.
    void error(const QString &what, const QString &whatToDo = {});
    //! An API failure with the app's sentence for it and a hint on what to do.
    void error(const ApiError &error);

    //! Replaces the progress line (only on a terminal, never with --quiet).
    void progress(const QString &line);
    void clearProgress();
    bool showsProgress() const;

    static bool stdinIsTerminal();
    static bool stderrIsTerminal();
    //! What the user can do about a failure of this kind (empty when nothing useful can be said).
    static QString hint(const ApiError &error);

private:
    static void write(FILE *stream, const QString &text);

    bool m_json = false;
    bool m_quiet = false;
    bool m_progressShown = false;
};

} // namespace agi::cli
