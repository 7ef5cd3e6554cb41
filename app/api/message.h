#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

namespace agi {

//! One agent message (THOUGHT, QUESTION ...) from /messages or the event stream.
struct Message
{
    enum class Type {
        Thought,
        Question,
        User,
        Done,
        Error,
        Log,
        Step, //!< an action of the agent in the browser (the stream's `step` events; not in /messages)
        Unknown
    };

    qint64 id = 0; // 0 when the server gave none (some stream events)
    Type type = Type::Unknown;
    QString typeText;    // as sent, e.g. "THOUGHT" or an unknown "PLAN"
    QJsonValue content;  // a string, or structured JSON (DONE results)
    QDateTime timestamp; // UTC; invalid when absent
    QJsonObject metadata;

    //! The content as readable plain text: strings as they are, objects and arrays as indented lines.
    QString text() const;

    static Type typeFromString(const QString &text);
    //! Empty when the object is not a message at all (no type and no content).
    static std::optional<Message> fromJson(const QJsonObject &object);
    //! Plain text for any JSON value, as text() renders it.
    static QString renderJson(const QJsonValue &value);
    //! A `step` event's payload (`step`, `action`, `url`, `title`, `text`/`content`) as a message:
    //! metadata keeps the fields, the content is the description.
    static Message fromStep(const QJsonObject &data);
    //! The page of that moment, when the message came with one (steps carry `url` and `title`).
    QString pageUrl() const;
    QString pageTitle() const;

    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace agi

Q_DECLARE_METATYPE(agi::Message)
