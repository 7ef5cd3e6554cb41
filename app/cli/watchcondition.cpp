#include "cli/watchcondition.h"

#include <QCoreApplication>

#include <cmath>

namespace agi::cli {

std::optional<WatchCondition> WatchCondition::parse(const QString &text, QString *error)
{
    WatchCondition condition;
    condition.m_text = text.trimmed();
    const QString name = condition.m_text.section(QLatin1Char('~'), 0, 0).trimmed().toLower();
    if (condition.m_text.isEmpty())
        return condition;
    if (!condition.m_text.contains(QLatin1Char('~'))) {
        if (name == QLatin1String("finished"))
            condition.m_kind = Kind::Finished;
        else if (name == QLatin1String("error"))
            condition.m_kind = Kind::Error;
        else if (name == QLatin1String("question"))
            condition.m_kind = Kind::Question;
        else {
            *error = QCoreApplication::translate("agi::cli::WatchCondition",
                "Unknown --until condition '%1': use finished, error, question, url~REGEX or title~REGEX.")
                         .arg(condition.m_text);
            return std::nullopt;
        }
        return condition;
    }
    if (name == QLatin1String("url"))
        condition.m_kind = Kind::Url;
    else if (name == QLatin1String("title"))
        condition.m_kind = Kind::Title;
    else {
        *error = QCoreApplication::translate(
            "agi::cli::WatchCondition", "Unknown --until condition '%1': use url~REGEX or title~REGEX.")
                     .arg(condition.m_text);
        return std::nullopt;
    }
    condition.m_pattern
        = QRegularExpression(condition.m_text.section(QLatin1Char('~'), 1), QRegularExpression::CaseInsensitiveOption);
    if (!condition.m_pattern.isValid()) {
        *error = QCoreApplication::translate("agi::cli::WatchCondition", "Invalid regular expression in --until: %1.")
                     .arg(condition.m_pattern.errorString());
        return std::nullopt;
    }
    return condition;
}

bool WatchCondition::matches(const QUrl &url, const QString &title) const
{
    switch (m_kind) {
    case Kind::Url:
        return !url.isEmpty() && m_pattern.match(url.toString(QUrl::FullyEncoded)).hasMatch();
    case Kind::Title:
        return !title.isEmpty() && m_pattern.match(title).hasMatch();
    default:
        return false;
    }
}

qint64 parseDurationMs(const QString &text)
{
    const QString value = text.trimmed().toLower();
    static const QRegularExpression format(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h)?$"));
    const QRegularExpressionMatch match = format.match(value);
    if (!match.hasMatch())
        return -1;
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    double factor = 1000;
    if (unit == QLatin1String("ms"))
        factor = 1;
    else if (unit == QLatin1String("m"))
        factor = 60000;
    else if (unit == QLatin1String("h"))
        factor = 3600000;
    return qint64(std::llround(number * factor));
}

} // namespace agi::cli
