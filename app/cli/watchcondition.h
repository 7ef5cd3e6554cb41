#pragma once

#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <optional>

namespace agi::cli {

//! What `watch --until` waits for: the task finished, failed or asking a question, or the page's
//! URL or title matching a regular expression (case-insensitive, so 'url~success|thank' is the
//! API documentation's verification in one argument).
class WatchCondition final
{
public:
    enum class Kind {
        Ended, //!< no --until: the task finished (or failed, or asks a question)
        Finished,
        Error,
        Question,
        Url,
        Title
    };

    //! "finished", "error", "question", "url~REGEX", "title~REGEX"; empty text is Kind::Ended.
    static std::optional<WatchCondition> parse(const QString &text, QString *error);

    Kind kind() const { return m_kind; }
    bool isAboutPage() const { return m_kind == Kind::Url || m_kind == Kind::Title; }
    //! For Url and Title: whether the page matches.
    bool matches(const QUrl &url, const QString &title) const;
    //! As the user wrote it.
    QString text() const { return m_text; }

private:
    Kind m_kind = Kind::Ended;
    QRegularExpression m_pattern;
    QString m_text;
};

//! "10s", "1.5s", "500ms", "30m", "2h" or plain seconds; -1 when not a duration.
qint64 parseDurationMs(const QString &text);

} // namespace agi::cli
