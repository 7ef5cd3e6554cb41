#include "cli/output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace agi::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("agi::cli::Output", text);
}
} // namespace

void Output::write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void Output::data(const QString &line)
{
    clearProgress();
    write(stdout, line + QLatin1Char('\n'));
}

void Output::document(const QJsonValue &value, bool oneLine)
{
    clearProgress();
    const QJsonDocument::JsonFormat format = oneLine ? QJsonDocument::Compact : QJsonDocument::Indented;
    // Commands print objects and arrays only: a JSON document is one of the two.
    QByteArray bytes = value.isArray() ? QJsonDocument(value.toArray()).toJson(format)
                                       : QJsonDocument(value.toObject()).toJson(format);
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Output::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto format = [&widths](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            line += last ? cells[i] : cells[i].leftJustified(widths.value(i) + 2);
        }
        return line;
    };
    data(format(headers));
    for (const QStringList &row : rows)
        data(format(row));
}

void Output::note(const QString &line)
{
    if (m_quiet || m_json)
        return;
    data(line);
}

void Output::error(const QString &what, const QString &whatToDo)
{
    clearProgress();
    QString line = QStringLiteral("agi-session: ") + what;
    if (!whatToDo.isEmpty())
        line += QLatin1Char(' ') + whatToDo;
    write(stderr, line + QLatin1Char('\n'));
}

void Output::error(const ApiError &apiError)
{
    error(apiError.userMessage(), hint(apiError));
}

QString Output::hint(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        return tr("Set AGI_API_KEY to a valid key (or save one in AGI Session Monitor), or try --demo.");
    case ApiError::Kind::Forbidden:
        return tr("Use a key with access to this session.");
    case ApiError::Kind::NotFound:
        return error.aboutSession ? tr("Run 'agi-session list' to see the sessions there are.")
                                  : tr("Check --base-url.");
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return tr("Check the network and --base-url, then try again.");
    case ApiError::Kind::RateLimited:
        return tr("Wait a little, then try again.");
    case ApiError::Kind::Server:
        return tr("Try again later.");
    case ApiError::Kind::Insecure:
        return tr("Use an https:// address (plain http only to this computer).");
    default:
        return {};
    }
}

bool Output::showsProgress() const
{
    return !m_quiet && stderrIsTerminal();
}

void Output::progress(const QString &line)
{
    if (!showsProgress())
        return;
    write(stderr, QStringLiteral("\r\x1b[K") + line);
    m_progressShown = true;
}

void Output::clearProgress()
{
    if (!m_progressShown)
        return;
    m_progressShown = false;
    write(stderr, QStringLiteral("\r\x1b[K"));
}

bool Output::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Output::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace agi::cli
