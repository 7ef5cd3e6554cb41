#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace agi::emu {

//! Follows a task's output instructions: "return as JSON array with fields: airline, price" turns
//! the scenario's items into objects with exactly those fields.
class ResultFormat final
{
public:
    //! Each item reduced to `fields`, in the user's spelling. A field is looked up as written, then
    //! through common synonyms ("fare" -> price, "departure" -> departure_time); one the agent
    //! could not find is null, as an agent reports a value it did not see.
    static QJsonArray project(const QJsonArray &items, const QStringList &fields);
    static QJsonObject project(const QJsonObject &item, const QStringList &fields);
};

} // namespace agi::emu
