// The flights task: search, fill in KAYAK's form, read the fares and confirm the cheapest. The
// route, day, number of results, "nonstop" and a price ceiling come from the task; times are
// local to each airport and arrival always follows departure by the flight's duration.
#include "airports.h"
#include "pagefactory.h"
#include "scenariobuilder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace agi::emu {

namespace {

using Kind = PageElement::Kind;

struct Carrier
{
    const char *name;
    const char *code;
    const char *home;   // one end of every route it flies is in its home region
    const char *serves; // and the other end in one of these
};

constexpr Carrier Carriers[] = {
    {"United", "UA", "na", "na,eu,asia,oceania,sa"},
    {"Delta", "DL", "na", "na,eu,asia,sa"},
    {"American Airlines", "AA", "na", "na,eu,sa"},
    {"JetBlue", "B6", "na", "na,eu"},
    {"Alaska Airlines", "AS", "na", "na"},
    {"Southwest", "WN", "na", "na"},
    {"TAP Air Portugal", "TP", "eu", "eu,na,sa"},
    {"Lufthansa", "LH", "eu", "eu,na,asia,me"},
    {"British Airways", "BA", "eu", "eu,na,asia,me"},
    {"Air France", "AF", "eu", "eu,na,asia,sa"},
    {"KLM", "KL", "eu", "eu,na,asia"},
    {"Iberia", "IB", "eu", "eu,na,sa"},
    {"easyJet", "U2", "eu", "eu"},
    {"Turkish Airlines", "TK", "eu", "eu,me,asia,na"},
    {"Emirates", "EK", "me", "me,eu,asia,oceania,na"},
    {"ANA", "NH", "asia", "asia,na,eu"},
    {"Japan Airlines", "JL", "asia", "asia,na,eu,oceania"},
    {"Singapore Airlines", "SQ", "asia", "asia,eu,oceania"},
    {"Cathay Pacific", "CX", "asia", "asia,eu,oceania,na"},
    {"Korean Air", "KE", "asia", "asia,na"},
    {"Qantas", "QF", "oceania", "oceania,asia,na"},
    {"LATAM", "LA", "sa", "sa,na,eu"},
};

QList<const Carrier *> carriersFor(const Airport &from, const Airport &to)
{
    QList<const Carrier *> serving;
    for (const Carrier &carrier : Carriers) {
        const QString home = QLatin1String(carrier.home);
        const QStringList serves = QString::fromLatin1(carrier.serves).split(QLatin1Char(','));
        if ((from.region == home && serves.contains(to.region)) || (to.region == home && serves.contains(from.region)))
            serving.append(&carrier);
    }
    return serving;
}

QString durationText(int minutes)
{
    return QStringLiteral("%1h %2m").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString stopsText(int stops)
{
    return stops == 0 ? QStringLiteral("nonstop")
        : stops == 1  ? QStringLiteral("1 stop")
                      : QStringLiteral("%1 stops").arg(stops);
}

QString placeKey(const Airport &airport)
{
    return airport.code.isEmpty() ? airport.city : airport.code;
}

struct Fare
{
    const Carrier *carrier = nullptr;
    QString number;
    QDateTime departure;
    QDateTime arrival;
    int minutes = 0;
    int stops = 0;
    int price = 0;
};

// "08:30 the next day": the arrival as the traveller reads it, in the destination's time.
QString localArrival(const Fare &fare)
{
    const qint64 days = fare.departure.date().daysTo(fare.arrival.date());
    const QString time = fare.arrival.toString(QStringLiteral("HH:mm"));
    if (days == 1)
        return time + QStringLiteral(" the next day");
    return days > 1 ? QStringLiteral("%1, %2 days later").arg(time).arg(days) : time;
}

int between(QRandomGenerator &rng, int low, int high)
{
    return low + int(rng.bounded(quint32(high - low + 1)));
}

//! What the agent searches for.
struct Search
{
    Airport from;
    Airport to;
    QDate day;
    bool nonstop = false;
    int wanted = 3;
    std::optional<double> ceiling;
};

// The fares a search finds, cheapest first: a few more than wanted, with flight times from the
// distance. Under a ceiling at least `wanted` fit, unless it is far below any real fare for the
// distance: then none does, and the agent says so.
QList<Fare> findFares(const Search &search, QRandomGenerator &rng)
{
    const int rows = std::clamp(search.wanted + 3, 6, 12);
    const int km = Airports::distanceKm(search.from, search.to, between(rng, 1500, 9000));
    const int directMinutes = int(std::lround((km / 830.0 * 60 + 35) / 5)) * 5;
    const double typicalFare = 70 + km * 0.085;
    const std::optional<double> ceiling = search.ceiling;
    const bool reachable = !ceiling || *ceiling >= typicalFare * 0.4;
    QList<const Carrier *> carriers = carriersFor(search.from, search.to);
    if (carriers.isEmpty())
        carriers = carriersFor(search.from, search.from);
    QList<Fare> fares;
    for (int i = 0; i < rows; ++i) {
        Fare fare;
        fare.carrier = carriers.at(between(rng, 0, int(carriers.size()) - 1));
        fare.number = QStringLiteral("%1 %2").arg(QLatin1String(fare.carrier->code)).arg(between(rng, 100, 2999));
        const int roll = between(rng, 0, 9);
        fare.stops = search.nonstop || roll < 5 ? 0 : roll < 9 ? 1 : 2;
        fare.minutes = directMinutes + fare.stops * between(rng, 11, 34) * 5 + between(rng, -2, 3) * 5;
        fare.departure = QDateTime(search.day, QTime(0, 0).addSecs(between(rng, 72, 262) * 5 * 60), search.from.zone);
        fare.arrival = fare.departure.addSecs(qint64(fare.minutes) * 60).toTimeZone(search.to.zone);
        if (!reachable)
            fare.price = std::max(int(std::lround(typicalFare * between(rng, 75, 150) / 100.0)), int(*ceiling) + 1);
        else if (ceiling)
            fare.price = i < search.wanted ? between(rng, int(*ceiling * 0.6), int(*ceiling) - 1)
                                           : between(rng, int(*ceiling * 0.85), int(*ceiling * 1.5));
        else
            fare.price = int(std::lround(typicalFare * between(rng, 75, 150) / 100.0 * (fare.stops == 0 ? 1.1 : 1.0)));
        fares.append(fare);
    }
    std::stable_sort(fares.begin(), fares.end(), [](const Fare &a, const Fare &b) { return a.price < b.price; });
    return fares;
}

QString tableRow(const Fare &fare, const TaskSpec &spec)
{
    const qint64 days = fare.departure.date().daysTo(fare.arrival.date());
    return QStringList {QStringLiteral("%1 %2").arg(QLatin1String(fare.carrier->name), fare.number),
        fare.departure.toString(QStringLiteral("HH:mm")),
        fare.arrival.toString(QStringLiteral("HH:mm")) + (days > 0 ? QStringLiteral(" +%1").arg(days) : QString()),
        stopsText(fare.stops), spec.money(fare.price)}
        .join(QLatin1Char('\t'));
}

QJsonObject fareJson(const Fare &fare, const Search &search, const QString &currency)
{
    return {{QStringLiteral("airline"), QLatin1String(fare.carrier->name)},
        {QStringLiteral("flight_number"), fare.number}, {QStringLiteral("origin"), placeKey(search.from)},
        {QStringLiteral("destination"), placeKey(search.to)},
        {QStringLiteral("departure_time"), fare.departure.toString(Qt::ISODate)},
        {QStringLiteral("arrival_time"), fare.arrival.toString(Qt::ISODate)},
        {QStringLiteral("duration"), durationText(fare.minutes)}, {QStringLiteral("duration_minutes"), fare.minutes},
        {QStringLiteral("stops"), fare.stops}, {QStringLiteral("price"), fare.price},
        {QStringLiteral("currency"), currency}};
}

} // namespace

void ScenarioBuilder::flights()
{
    std::optional<Airport> from = Airports::find(m_spec.origin);
    std::optional<Airport> to = Airports::find(m_spec.destination);
    if (!to)
        to = Airports::byCode(
            from && from->code == QLatin1String("LIS") ? QStringLiteral("JFK") : QStringLiteral("LIS"));
    if (!from)
        from = Airports::byCode(to->code == QLatin1String("JFK") ? QStringLiteral("SFO") : QStringLiteral("JFK"));
    Search search;
    search.from = *from;
    search.to = *to;
    search.day = taskDate();
    search.nonstop = m_spec.nonstop;
    search.wanted = m_spec.count > 0 ? std::min(m_spec.count, 10) : 3;
    search.ceiling = m_spec.maxPrice;
    const QList<Fare> fares = findFares(search, m_rng);
    const QDate day = search.day;
    const bool nonstop = search.nonstop;
    const int wanted = search.wanted;
    const std::optional<double> ceiling = search.ceiling;

    const QString routeWords = QStringLiteral("%1flights from %2 to %3")
                                   .arg(nonstop ? QStringLiteral("nonstop ") : QString(), from->label(), to->label());
    const QString under = ceiling ? QStringLiteral(" under %1").arg(m_spec.money(*ceiling)) : QString();
    const QString query = QStringLiteral("%1flights %2 to %3 %4")
                              .arg(nonstop ? QStringLiteral("nonstop ") : QString(), placeKey(*from), placeKey(*to),
                                  QLocale::c().toString(day, QStringLiteral("MMMM d")));
    add(searchPage(query,
            {{QStringLiteral("Cheap Flights from %1 to %2 - KAYAK").arg(from->city, to->city),
                 QStringLiteral("Compare %1 to %2 fares across hundreds of airlines.")
                     .arg(placeKey(*from), placeKey(*to))},
                {QStringLiteral("Google Flights"),
                    QStringLiteral("Find cheap flights to %1 and track prices.").arg(to->city)},
                {QStringLiteral("%1 travel guide").arg(to->city),
                    QStringLiteral("When to go, where to stay, getting around.")}}),
        0, QStringLiteral("type"), QStringLiteral("Searched for \"%1\"").arg(query),
        QStringLiteral("Looking for %1 on %2%3. I'll compare fares on KAYAK.")
            .arg(routeWords, readableDate(day), under));

    PageView form;
    form.url = QUrl(QStringLiteral("https://www.kayak.com/flights"));
    form.title = QStringLiteral("Cheap Flights, Airline Tickets & Airfare Deals | KAYAK");
    form.layout = PageView::Layout::Form;
    form.elements = {PageFactory::element(Kind::Heading, QStringLiteral("Where to?")),
        PageFactory::element(Kind::TextField, QStringLiteral("From"), from->label()),
        PageFactory::element(Kind::TextField, QStringLiteral("To"), to->label()),
        PageFactory::element(Kind::TextField, QStringLiteral("Depart"), day.toString(Qt::ISODate)),
        PageFactory::element(Kind::Checkbox, QStringLiteral("Nonstop only")),
        PageFactory::element(Kind::Button, QStringLiteral("Search flights"))};
    add(form, 2, QStringLiteral("type"), QStringLiteral("Entered %1 as the destination").arg(to->label()),
        QStringLiteral("Filling in %1 -> %2, one way, departing %3.")
            .arg(placeKey(*from), placeKey(*to), readableDate(day)),
        QStringLiteral("form fields located: 4"));
    if (nonstop) {
        form.elements[4].detail = QStringLiteral("checked");
        add(form, 4, QStringLiteral("click"), QStringLiteral("Ticked \"Nonstop only\""),
            QStringLiteral("Only nonstop flights were asked for."));
    }
    add(form, 5, QStringLiteral("click"), QStringLiteral("Clicked \"Search flights\""));

    PageView results;
    results.url = QUrl(QStringLiteral("https://www.kayak.com/flights/%1-%2/%3?sort=price_a%4")
                           .arg(placeKey(*from), placeKey(*to), day.toString(Qt::ISODate),
                               nonstop ? QStringLiteral("&fs=stops%3D0") : QString()));
    results.title = QStringLiteral("%1 to %2, %3 | KAYAK").arg(placeKey(*from), placeKey(*to), readableDate(day));
    results.layout = PageView::Layout::Table;
    results.elements = {PageFactory::element(Kind::Heading,
                            QStringLiteral("%1 to %2 - %3").arg(from->city, to->city, readableDate(day))),
        PageFactory::element(Kind::TableRow, QStringLiteral("Airline\tDepart\tArrive\tStops\tPrice"))};
    QJsonArray matches;
    for (const Fare &fare : fares) {
        results.elements.append(PageFactory::element(Kind::TableRow, tableRow(fare, m_spec)));
        if (matches.size() < wanted && (!ceiling || fare.price <= *ceiling))
            matches.append(fareJson(fare, search, m_spec.currency));
    }
    add(results, 1, QStringLiteral("read"), QStringLiteral("Read %1 fares").arg(fares.size()),
        under.isEmpty()
            ? QStringLiteral("%1 results, sorted by price. Comparing times and stops.").arg(fares.size())
            : QStringLiteral("%1 results, sorted by price. Checking which are%2.").arg(fares.size()).arg(under),
        QStringLiteral("parsed %1 fare rows from the results table").arg(fares.size()));

    const Fare &cheapest = fares.constFirst();
    const QString cheapestText
        = QStringLiteral("%1 %2 at %3")
              .arg(QLatin1String(cheapest.carrier->name), cheapest.number, m_spec.money(cheapest.price));
    if (matches.isEmpty()) {
        finishWithList(QStringLiteral("No %1 on %2%3. The cheapest %4fare is %5.")
                           .arg(routeWords, readableDate(day), under, nonstop ? QStringLiteral("nonstop ") : QString(),
                               cheapestText),
            QStringLiteral("flights"), matches);
        return;
    }
    results.scroll = 120;
    add(results, 2, QStringLiteral("click"),
        QStringLiteral("Opened the cheapest fare (%1)").arg(m_spec.money(cheapest.price)),
        QStringLiteral("The cheapest is %1. Opening it to confirm the price.").arg(cheapestText));
    PageView detail;
    detail.url = QUrl(QStringLiteral("https://www.kayak.com/book/flight?code=%1&price=%2")
                          .arg(QString(cheapest.number).remove(QLatin1Char(' ')))
                          .arg(cheapest.price));
    detail.title = QStringLiteral("Review your trip to %1 | KAYAK").arg(to->city);
    detail.layout = PageView::Layout::Checkout;
    detail.elements = {PageFactory::element(Kind::Heading, QStringLiteral("%1 to %2").arg(from->city, to->city)),
        PageFactory::element(Kind::TableRow,
            QStringLiteral("%1 %2\t%3")
                .arg(QLatin1String(cheapest.carrier->name), cheapest.number, stopsText(cheapest.stops))),
        PageFactory::element(Kind::TableRow,
            QStringLiteral("Departs %1\tArrives %2")
                .arg(cheapest.departure.toString(QStringLiteral("ddd HH:mm")),
                    cheapest.arrival.toString(QStringLiteral("ddd HH:mm")))),
        PageFactory::element(Kind::TableRow, QStringLiteral("Fare\t%1").arg(m_spec.money(cheapest.price))),
        PageFactory::element(Kind::Notice, QStringLiteral("Price confirmed: %1").arg(m_spec.money(cheapest.price))),
        PageFactory::element(Kind::Button, QStringLiteral("Continue to book"))};
    add(detail, 4, QStringLiteral("read"), QStringLiteral("Confirmed the fare"),
        matches.size() > 1 ? QStringLiteral("Fare confirmed. Listing the %1 cheapest%2.").arg(matches.size()).arg(under)
                           : QStringLiteral("Fare confirmed."));

    const QString found = matches.size() == 1
        ? QStringLiteral("1 %1").arg(routeWords).replace(QLatin1String("flights"), QLatin1String("flight"))
        : QStringLiteral("%1 %2").arg(matches.size()).arg(routeWords);
    finishWithList(QStringLiteral("Found %1 on %2%3. Cheapest: %4, departing %5 and arriving %6 (%7, %8).")
                       .arg(found, readableDate(day), ceiling ? QStringLiteral(", all") + under : QString(),
                           cheapestText, cheapest.departure.toString(QStringLiteral("HH:mm")), localArrival(cheapest),
                           durationText(cheapest.minutes), stopsText(cheapest.stops)),
        QStringLiteral("flights"), matches);
}

} // namespace agi::emu
