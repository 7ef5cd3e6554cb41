#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace agi::emu {

//! What a task text asks for, as far as the scripted agent can read it: how many results, which
//! route and day, what price ceiling, and in which form to answer. Anything not said stays empty,
//! and the scenario picks a plausible value from its seed.
struct TaskSpec
{
    QString text;                   // the task, whitespace simplified
    int count = 0;                  // "three flights", "top 5": 0 when not said
    std::optional<double> maxPrice; // "under $450", "below 40 EUR", "$40 or less"
    QString currency = QStringLiteral("USD");
    bool nonstop = false;     // "nonstop", "non-stop", "direct flights"
    QString origin;           // after "from": an airport code or a place, as written
    QString destination;      // after "to"
    QDate date;               // "on 2025-06-04", "June 4", "tomorrow", "on Friday"
    int month = 0;            // "in June" without a day
    QDate week;               // "next week": its Monday
    int partySize = 0;        // "for two", "for 4 people"
    QStringList outputFields; // "... with fields: airline, price, departure_time"
    bool wantsJson = false;   // "return as JSON"

    //! `today` anchors relative days ("tomorrow", "on Friday").
    static TaskSpec parse(const QString &task, QDate today);

    //! "$450", "€39.99": the currency's symbol, no decimals for whole amounts.
    QString money(double amount) const;
};

} // namespace agi::emu
