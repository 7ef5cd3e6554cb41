#pragma once

#include <QString>

namespace agi {

//! What a DELETE answered: whether the server deleted something, in its own words.
struct DeleteOutcome
{
    bool deleted = false;
    QString message; // the server's `message`, e.g. "Session deleted successfully"
    //! `deleted:false` (or 404) after an earlier attempt failed: the first one most likely ended it.
    //! Never to be shown as "saved".
    bool probablyAlreadyEnded = false;

    friend bool operator==(const DeleteOutcome &, const DeleteOutcome &) = default;
};

} // namespace agi
