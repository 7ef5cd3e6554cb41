#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace agi::emu {

//! One entry of a session's message log as `GET .../messages` returns it.
struct AgentMessage
{
    qint64 id = 0;
    QString type; // THOUGHT QUESTION USER DONE ERROR LOG
    QJsonValue content;
    QString timestamp;
    QJsonObject metadata;

    //! Internal agent chatter that `sanitize=true` hides.
    bool isSystem() const;
    //! The readable text: the string content, the "summary" of a structured one, else its JSON.
    QString text() const;
    QJsonObject toJson() const;
};

//! One server-sent event of a session: a message, a step, paused/resumed.
struct SessionEvent
{
    QByteArray name;      // thought, question, done, error, log, user, step, paused, resumed
    QJsonObject data;     // the one-line JSON payload
    qint64 messageId = 0; // 0: no `id:` line
    bool system = false;  // hidden when sanitizing
    bool terminal() const { return name == "done" || name == "error"; }

    //! The event a stored message turns into on the stream.
    static SessionEvent fromMessage(const AgentMessage &message);
    //! The wire form: optional `id:`, `event:`, one-line `data:`, blank line.
    QByteArray toWire() const;
};

//! ISO 8601 UTC with milliseconds and Z, as the API writes every timestamp.
QString isoNow();

} // namespace agi::emu
