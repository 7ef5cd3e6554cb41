#include "resultformat.h"

#include <QHash>
#include <QRegularExpression>

namespace agi::emu {

namespace {

// "Departure Time" and "departure-time" both become "departure_time".
QString normalized(const QString &field)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString key = field.toLower().replace(separators, QStringLiteral("_"));
    while (key.startsWith(QLatin1Char('_')))
        key.remove(0, 1);
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    return key;
}

const QHash<QString, QStringList> &synonyms()
{
    static const QHash<QString, QStringList> table {
        {QStringLiteral("airline"), {QStringLiteral("carrier"), QStringLiteral("airline_name")}},
        {QStringLiteral("flight_number"),
            {QStringLiteral("flight"), QStringLiteral("flight_no"), QStringLiteral("flight_num"),
                QStringLiteral("number")}},
        {QStringLiteral("price"),
            {QStringLiteral("fare"), QStringLiteral("cost"), QStringLiteral("amount"), QStringLiteral("total"),
                QStringLiteral("total_price"), QStringLiteral("price_usd"), QStringLiteral("price_eur"),
                QStringLiteral("ticket_price")}},
        {QStringLiteral("departure_time"),
            {QStringLiteral("departure"), QStringLiteral("depart"), QStringLiteral("departs"),
                QStringLiteral("depart_time"), QStringLiteral("dep_time"), QStringLiteral("departure_datetime"),
                QStringLiteral("departing"), QStringLiteral("departure_at")}},
        {QStringLiteral("arrival_time"),
            {QStringLiteral("arrival"), QStringLiteral("arrive"), QStringLiteral("arrives"), QStringLiteral("arr_time"),
                QStringLiteral("arrival_datetime"), QStringLiteral("arriving"), QStringLiteral("arrival_at")}},
        {QStringLiteral("duration"), {QStringLiteral("flight_time"), QStringLiteral("travel_time")}},
        {QStringLiteral("stops"),
            {QStringLiteral("number_of_stops"), QStringLiteral("num_stops"), QStringLiteral("layovers"),
                QStringLiteral("stop_count")}},
        {QStringLiteral("origin"),
            {QStringLiteral("from"), QStringLiteral("departure_airport"), QStringLiteral("origin_airport")}},
        {QStringLiteral("destination"),
            {QStringLiteral("to"), QStringLiteral("arrival_airport"), QStringLiteral("destination_airport")}},
        {QStringLiteral("name"),
            {QStringLiteral("title"), QStringLiteral("product"), QStringLiteral("product_name"), QStringLiteral("item"),
                QStringLiteral("model")}},
        {QStringLiteral("rating"), {QStringLiteral("stars"), QStringLiteral("score"), QStringLiteral("review_score")}},
        {QStringLiteral("reviews"),
            {QStringLiteral("review_count"), QStringLiteral("num_reviews"), QStringLiteral("ratings_count")}},
        {QStringLiteral("url"),
            {QStringLiteral("link"), QStringLiteral("href"), QStringLiteral("booking_url"),
                QStringLiteral("product_url"), QStringLiteral("source_url")}},
        {QStringLiteral("availability"), {QStringLiteral("in_stock"), QStringLiteral("stock")}},
        {QStringLiteral("source"), {QStringLiteral("publisher"), QStringLiteral("site"), QStringLiteral("website")}},
        {QStringLiteral("summary"),
            {QStringLiteral("snippet"), QStringLiteral("description"), QStringLiteral("abstract"),
                QStringLiteral("key_finding")}},
        {QStringLiteral("time"), {QStringLiteral("slot"), QStringLiteral("reservation_time")}},
        {QStringLiteral("confirmation"), {QStringLiteral("confirmation_number"), QStringLiteral("reference")}},
    };
    return table;
}

QJsonValue valueFor(const QJsonObject &item, const QString &field)
{
    if (item.contains(field))
        return item.value(field);
    const QString key = normalized(field);
    if (item.contains(key))
        return item.value(key);
    const QHash<QString, QStringList> &table = synonyms();
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (it.value().contains(key) && item.contains(it.key()))
            return item.value(it.key());
    }
    // "duration_minutes" asked, "duration" known (or the reverse): the closest known field.
    for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
        if (key.startsWith(it.key() + QLatin1Char('_')) || it.key().startsWith(key + QLatin1Char('_')))
            return it.value();
    }
    return {QJsonValue::Null};
}

} // namespace

QJsonObject ResultFormat::project(const QJsonObject &item, const QStringList &fields)
{
    QJsonObject result;
    for (const QString &field : fields)
        result.insert(field, valueFor(item, field));
    return result;
}

QJsonArray ResultFormat::project(const QJsonArray &items, const QStringList &fields)
{
    QJsonArray result;
    for (const QJsonValue item : items)
        result.append(project(item.toObject(), fields));
    return result;
}

} // namespace agi::emu
