#include "airports.h"

#include <QStringList>

#include <array>
#include <cmath>
#include <numbers>

namespace agi::emu {

namespace {

struct Row
{
    const char *code;
    const char *city;
    const char *region;
    const char *zone;
    double latitude;
    double longitude;
};

constexpr std::array<Row, 34> Table {{
    {"JFK", "New York", "na", "America/New_York", 40.64, -73.78},
    {"EWR", "Newark", "na", "America/New_York", 40.69, -74.17},
    {"BOS", "Boston", "na", "America/New_York", 42.36, -71.01},
    {"IAD", "Washington", "na", "America/New_York", 38.95, -77.46},
    {"ATL", "Atlanta", "na", "America/New_York", 33.64, -84.43},
    {"MIA", "Miami", "na", "America/New_York", 25.79, -80.29},
    {"ORD", "Chicago", "na", "America/Chicago", 41.97, -87.91},
    {"DFW", "Dallas", "na", "America/Chicago", 32.90, -97.04},
    {"DEN", "Denver", "na", "America/Denver", 39.86, -104.67},
    {"SEA", "Seattle", "na", "America/Los_Angeles", 47.45, -122.31},
    {"SFO", "San Francisco", "na", "America/Los_Angeles", 37.62, -122.38},
    {"LAX", "Los Angeles", "na", "America/Los_Angeles", 33.94, -118.41},
    {"LAS", "Las Vegas", "na", "America/Los_Angeles", 36.08, -115.15},
    {"YYZ", "Toronto", "na", "America/Toronto", 43.68, -79.63},
    {"MEX", "Mexico City", "na", "America/Mexico_City", 19.44, -99.07},
    {"GRU", "Sao Paulo", "sa", "America/Sao_Paulo", -23.43, -46.47},
    {"LHR", "London", "eu", "Europe/London", 51.47, -0.45},
    {"DUB", "Dublin", "eu", "Europe/Dublin", 53.43, -6.25},
    {"CDG", "Paris", "eu", "Europe/Paris", 49.01, 2.55},
    {"AMS", "Amsterdam", "eu", "Europe/Amsterdam", 52.31, 4.76},
    {"FRA", "Frankfurt", "eu", "Europe/Berlin", 50.04, 8.56},
    {"BER", "Berlin", "eu", "Europe/Berlin", 52.37, 13.50},
    {"ZRH", "Zurich", "eu", "Europe/Zurich", 47.46, 8.55},
    {"MAD", "Madrid", "eu", "Europe/Madrid", 40.47, -3.57},
    {"LIS", "Lisbon", "eu", "Europe/Lisbon", 38.77, -9.13},
    {"OPO", "Porto", "eu", "Europe/Lisbon", 41.24, -8.68},
    {"FCO", "Rome", "eu", "Europe/Rome", 41.80, 12.25},
    {"IST", "Istanbul", "eu", "Europe/Istanbul", 41.26, 28.74},
    {"DXB", "Dubai", "me", "Asia/Dubai", 25.25, 55.36},
    {"HND", "Tokyo", "asia", "Asia/Tokyo", 35.55, 139.78},
    {"ICN", "Seoul", "asia", "Asia/Seoul", 37.46, 126.44},
    {"HKG", "Hong Kong", "asia", "Asia/Hong_Kong", 22.31, 113.91},
    {"SIN", "Singapore", "asia", "Asia/Singapore", 1.36, 103.99},
    {"SYD", "Sydney", "oceania", "Australia/Sydney", -33.94, 151.18},
}};

Airport fromRow(const Row &row)
{
    Airport airport;
    airport.code = QString::fromLatin1(row.code);
    airport.city = QString::fromLatin1(row.city);
    airport.region = QString::fromLatin1(row.region);
    airport.zone = QTimeZone(QByteArray(row.zone));
    if (!airport.zone.isValid()) // no time zone data on this machine: UTC keeps times consistent
        airport.zone = QTimeZone::utc();
    airport.latitude = row.latitude;
    airport.longitude = row.longitude;
    airport.known = true;
    return airport;
}

std::optional<Airport> lookup(const QString &name)
{
    for (const Row &row : Table) {
        if (name == QLatin1String(row.code) || name.compare(QLatin1String(row.city), Qt::CaseInsensitive) == 0)
            return fromRow(row);
    }
    if (name.compare(QLatin1String("NYC"), Qt::CaseInsensitive) == 0)
        return fromRow(Table.front());
    return std::nullopt;
}

} // namespace

QString Airport::label() const
{
    return code.isEmpty() ? city : QStringLiteral("%1 (%2)").arg(city, code);
}

std::optional<Airport> Airports::find(const QString &words)
{
    const QStringList parts = words.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype n = std::min<qsizetype>(parts.size(), 3); n > 0; --n) {
        if (std::optional<Airport> airport = lookup(parts.first(n).join(QLatin1Char(' '))))
            return airport;
    }
    // A place the table does not hold: its capitalised words, as an agent would repeat them.
    QStringList place;
    for (const QString &part : parts) {
        if (!part.at(0).isUpper())
            break;
        place.append(part);
    }
    if (place.isEmpty())
        return std::nullopt;
    Airport airport;
    airport.city = place.join(QLatin1Char(' '));
    if (place.size() == 1 && airport.city.size() == 3 && airport.city == airport.city.toUpper())
        airport.code = airport.city;
    airport.region = QStringLiteral("eu");
    airport.zone = QTimeZone::utc();
    return airport;
}

Airport Airports::byCode(const QString &code)
{
    return *lookup(code);
}

int Airports::distanceKm(const Airport &from, const Airport &to, int fallbackKm)
{
    if (!from.known || !to.known)
        return fallbackKm;
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (to.latitude - from.latitude) * rad;
    const double dLon = (to.longitude - from.longitude) * rad;
    const double a = std::pow(std::sin(dLat / 2), 2)
        + std::cos(from.latitude * rad) * std::cos(to.latitude * rad) * std::pow(std::sin(dLon / 2), 2);
    return int(std::lround(2 * 6371.0 * std::asin(std::sqrt(a))));
}

} // namespace agi::emu
