#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace agi {
struct ExecutionStatus;
struct Message;
struct Session;
} // namespace agi

namespace agi::cli {

//! The command line's JSON for the API's values, with the API's own field names, so a script
//! reads `agi-session list --json` the way it would read the API.
class JsonView final
{
public:
    JsonView() = delete;

    static QJsonObject session(const Session &session);
    static QJsonObject message(const Message &message);
    //! One line for a person: "18:05:01 QUESTION Do you prefer evening flights?".
    static QString messageLine(const Message &message);
    //! "2025-10-05 18:05" in local time, empty when unknown.
    static QString shortTime(const QDateTime &time);
};

} // namespace agi::cli
