#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace agi::emu {

//! A major airport the flights scenario knows: its code, city, time zone and position, so that a
//! route gets a plausible flight time and departure and arrival are told in local time.
struct Airport
{
    QString code;
    QString city;
    QString region; // na, eu, asia, me, oceania, sa: picks the airlines that fly the route
    QTimeZone zone;
    double latitude = 0;
    double longitude = 0;
    bool known = false; // false: a place the table does not hold, kept by name

    //! "San Francisco (SFO)", or the place alone when its code is unknown.
    QString label() const;
};

class Airports final
{
public:
    //! The airport `words` begin with: a code ("SFO"), a city ("New York", "lisbon") or, for a
    //! place the table does not hold, its capitalised words. Nothing when `words` name no place.
    static std::optional<Airport> find(const QString &words);
    //! A default airport by code; `code` must be in the table.
    static Airport byCode(const QString &code);
    //! Great-circle distance in km, or `fallbackKm` when a place is unknown.
    static int distanceKm(const Airport &from, const Airport &to, int fallbackKm);
};

} // namespace agi::emu
