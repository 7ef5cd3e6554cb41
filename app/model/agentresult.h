#pragma once

#include "api/message.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace agi {

//! A task's structured result (DONE's JSON, such as `{"summary": ..., "flights": [...]}` or an
//! array of fares), as every view reads it: the JSON itself and one line that says what it holds.
//! The one copy of that rule, for the timeline's row and the chosen message's details.
struct AgentResult
{
    Q_DECLARE_TR_FUNCTIONS(agi::AgentResult)

public:
    //! The JSON object or array the message carries, in its content or its metadata's "result";
    //! null when it carries none (plain text).
    static QJsonValue of(const Message &message);
    //! One line for `result`: its own summary text ("summary", "message", "text" or "result") when
    //! it has one; else how many fields or items it has, with the first items' names
    //! ("3 items: Alaska Airlines, Delta, Southwest"). Empty for anything but an object or array.
    static QString summary(const QJsonValue &result);
    //! Whether the message's text says nothing more than its structured result: the result itself,
    //! or the result written out as JSON text.
    static bool textIsResult(const Message &message);
    //! The line a list of messages shows for `message`: the summary of its structured result, or
    //! its text.
    static QString lineFor(const Message &message);
};

} // namespace agi
