// The six scripted tasks of ScenarioBuilder. Each walks several pages, highlights the element it
// acts on and ends with a structured DONE result (or an ERROR for the failing one).
#include "scenariobuilder.h"

#include "pagefactory.h"

#include <QJsonArray>
#include <QStringList>

namespace agi::emu {

using Kind = PageElement::Kind;

namespace {

PageElement el(Kind kind, const QString &text, const QString &detail = {})
{
    return PageFactory::element(kind, text, detail);
}

QString money(int dollars)
{
    return QStringLiteral("$%1").arg(dollars);
}

} // namespace

void ScenarioBuilder::flights()
{
    const QString to = extractAfter({QStringLiteral("to")}, QStringLiteral("Lisbon"));
    const QString from = extractAfter({QStringLiteral("from")}, QStringLiteral("New York"));
    const QString day = QStringLiteral("2025-%1-%2")
                            .arg(bounded(5, 9), 2, 10, QLatin1Char('0'))
                            .arg(bounded(1, 28), 2, 10, QLatin1Char('0'));

    add(searchPage(m_task,
            {{QStringLiteral("Cheap Flights to %1 - KAYAK").arg(to),
                 QStringLiteral("Compare flights from %1 to %2 across hundreds of airlines.").arg(from, to)},
                {QStringLiteral("Google Flights"),
                    QStringLiteral("Find cheap flights to %1 and track prices.").arg(to)},
                {QStringLiteral("%1 travel guide").arg(to),
                    QStringLiteral("When to go, where to stay, getting around.")}}),
        0, QStringLiteral("type"), QStringLiteral("Searched the web for \"%1\"").arg(shortTask(60)),
        QStringLiteral("Searching for flights to %1 first, then I'll compare fares on a booking site.").arg(to));
    const QString kayak = QStringLiteral("https://www.kayak.com/flights");
    PageView search;
    search.url = QUrl(kayak);
    search.title = QStringLiteral("Cheap Flights, Airline Tickets & Airfare Deals | KAYAK");
    search.layout = PageView::Layout::Form;
    search.elements
        = {el(Kind::Heading, QStringLiteral("Where to?")), el(Kind::TextField, QStringLiteral("From"), from),
            el(Kind::TextField, QStringLiteral("To"), to), el(Kind::TextField, QStringLiteral("Depart"), day),
            el(Kind::Checkbox, QStringLiteral("Nonstop only")), el(Kind::Button, QStringLiteral("Search flights"))};
    add(search, 2, QStringLiteral("type"), QStringLiteral("Entered %1 as destination").arg(to),
        QStringLiteral("Filling in %1 -> %2 departing %3.").arg(from, to, day),
        QStringLiteral("form fields located: 4"));
    add(search, 5, QStringLiteral("click"), QStringLiteral("Clicked \"Search flights\""));

    const QStringList airlines = {QStringLiteral("TAP Air Portugal"), QStringLiteral("United"), QStringLiteral("Delta"),
        QStringLiteral("Lufthansa"), QStringLiteral("Iberia"), QStringLiteral("Air France")};
    QJsonArray flightsJson;
    PageView results;
    results.url = QUrl(
        QStringLiteral("%1/%2-%3/%4?sort=bestflight_a").arg(kayak, from.left(3).toUpper(), to.left(3).toUpper(), day));
    results.title = QStringLiteral("%1 to %2 flights | KAYAK").arg(from, to);
    results.layout = PageView::Layout::Table;
    results.elements.append(el(Kind::Heading, QStringLiteral("%1 to %2 - %3").arg(from, to, day)));
    results.elements.append(el(Kind::TableRow, QStringLiteral("Airline\tDepart\tArrive\tStops\tPrice")));
    int cheapestRow = -1;
    int cheapest = 1 << 30;
    for (int i = 0; i < 5; ++i) {
        const QString &airline = airlines.at((i + bounded(0, 5)) % airlines.size());
        const int price = bounded(289, 890);
        const QString dep = QStringLiteral("%1:%2")
                                .arg(bounded(6, 22), 2, 10, QLatin1Char('0'))
                                .arg(bounded(0, 11) * 5, 2, 10, QLatin1Char('0'));
        const QString arr = QStringLiteral("%1:%2")
                                .arg(bounded(6, 23), 2, 10, QLatin1Char('0'))
                                .arg(bounded(0, 11) * 5, 2, 10, QLatin1Char('0'));
        const int stops = bounded(0, 2);
        results.elements.append(el(Kind::TableRow,
            QStringList {airline, dep, arr, QString::number(stops), money(price)}.join(QLatin1Char('\t'))));
        if (price < cheapest) {
            cheapest = price;
            cheapestRow = results.elements.size() - 1;
        }
        flightsJson.append(QJsonObject {{QStringLiteral("airline"), airline}, {QStringLiteral("price"), money(price)},
            {QStringLiteral("departure"), dep}, {QStringLiteral("arrival"), arr}, {QStringLiteral("stops"), stops}});
    }
    add(results, 1, QStringLiteral("read"), QStringLiteral("Read %1 results").arg(flightsJson.size()),
        QStringLiteral("The results loaded. Reading the fares."),
        QStringLiteral("parsed 5 fare rows from results table"));
    results.scroll = 120;
    add(results, cheapestRow, QStringLiteral("click"),
        QStringLiteral("Selected the cheapest fare (%1)").arg(money(cheapest)),
        QStringLiteral("The cheapest option is %1. Opening the details to confirm the price.").arg(money(cheapest)));
    PageView detail;
    detail.url = QUrl(QStringLiteral("%1/booking?price=%2").arg(kayak).arg(cheapest));
    detail.title = QStringLiteral("Review your trip to %1 | KAYAK").arg(to);
    detail.layout = PageView::Layout::Checkout;
    detail.elements = {el(Kind::Heading, QStringLiteral("Your trip to %1").arg(to)),
        el(Kind::TableRow, QStringLiteral("Fare\t%1").arg(money(cheapest))),
        el(Kind::TableRow, QStringLiteral("Taxes and fees\tincluded")),
        el(Kind::Notice, QStringLiteral("Price confirmed %1").arg(money(cheapest))),
        el(Kind::Button, QStringLiteral("Continue to book"))};
    add(detail, 3, QStringLiteral("read"), QStringLiteral("Confirmed fare details"),
        QStringLiteral("Fare confirmed. I have what I need to summarise."));

    m_scenario.resultCount = int(flightsJson.size());
    m_scenario.result = {{QStringLiteral("summary"),
                             QStringLiteral("Found %1 flights from %2 to %3 on %4; the cheapest is %5.")
                                 .arg(flightsJson.size())
                                 .arg(from, to, day, money(cheapest))},
        {QStringLiteral("flights"), flightsJson}};
}

void ScenarioBuilder::shopping()
{
    QString product = m_task;
    for (const QString &trigger :
        {QStringLiteral("buy "), QStringLiteral("order "), QStringLiteral("shop for "), QStringLiteral("find ")}) {
        const int at = m_task.indexOf(trigger, 0, Qt::CaseInsensitive);
        if (at >= 0) {
            product = m_task.mid(at + trigger.size());
            break;
        }
    }
    product = product.left(40).trimmed();
    add(searchPage(product,
            {{QStringLiteral("Amazon.com: %1").arg(product), QStringLiteral("Free delivery on eligible orders.")},
                {QStringLiteral("Best %1 of 2025 - reviews").arg(product),
                    QStringLiteral("We tested the top picks.")}}),
        0, QStringLiteral("type"), QStringLiteral("Searched for \"%1\"").arg(product),
        QStringLiteral("Looking for %1. I'll compare a few listings by price and rating.").arg(product));
    PageView grid;
    grid.url = QUrl(
        QStringLiteral("https://www.amazon.com/s?k=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(product))));
    grid.title = QStringLiteral("Amazon.com : %1").arg(product);
    grid.layout = PageView::Layout::ProductGrid;
    grid.elements.append(el(Kind::TextField, QStringLiteral("Search Amazon"), product));
    const QStringList brands = {QStringLiteral("Acme"), QStringLiteral("Northwind"), QStringLiteral("Contoso"),
        QStringLiteral("Globex"), QStringLiteral("Initech"), QStringLiteral("Umbrella")};
    QJsonArray products;
    int best = 1;
    int bestPrice = 1 << 30;
    for (int i = 0; i < 6; ++i) {
        const QString name = QStringLiteral("%1 %2 %3")
                                 .arg(brands.at(i), product,
                                     pick({QStringLiteral("Pro"), QStringLiteral("Lite"), QStringLiteral("Plus"),
                                         QStringLiteral("2")}));
        const int price = bounded(19, 240);
        grid.elements.append(el(Kind::ProductCard, name, money(price)));
        if (price < bestPrice) {
            bestPrice = price;
            best = grid.elements.size() - 1;
        }
        if (i < 3)
            products.append(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("price"), money(price)},
                {QStringLiteral("rating"), bounded(35, 50) / 10.0}});
    }
    add(grid, 1, QStringLiteral("read"), QStringLiteral("Compared %1 listings").arg(6),
        QStringLiteral("Six listings. Checking prices and ratings."), QStringLiteral("extracted 6 product cards"));
    add(grid, best, QStringLiteral("click"), QStringLiteral("Opened %1").arg(grid.elements.at(best).text),
        QStringLiteral("%1 is the best value at %2.").arg(grid.elements.at(best).text, money(bestPrice)));
    PageView item;
    item.url = QUrl(QStringLiteral("https://www.amazon.com/dp/B0%1").arg(bounded(10000000, 99999999)));
    item.title = grid.elements.at(best).text;
    item.layout = PageView::Layout::Article;
    item.elements = {el(Kind::Heading, item.title), el(Kind::Image, item.title), el(Kind::Paragraph, money(bestPrice)),
        el(Kind::Paragraph, QStringLiteral("In stock. Ships in 1-2 days.")),
        el(Kind::Button, QStringLiteral("Add to Cart"))};
    add(item, 4, QStringLiteral("click"), QStringLiteral("Added to cart"), QStringLiteral("Adding it to the cart."));
    PageView cart;
    cart.url = QUrl(QStringLiteral("https://www.amazon.com/gp/cart/view.html"));
    cart.title = QStringLiteral("Amazon.com Shopping Cart");
    cart.layout = PageView::Layout::Checkout;
    cart.elements = {el(Kind::Heading, QStringLiteral("Shopping Cart")),
        el(Kind::TableRow, item.title + QLatin1Char('\t') + money(bestPrice)),
        el(Kind::Notice, QStringLiteral("Added to Cart")), el(Kind::Button, QStringLiteral("Proceed to checkout"))};
    add(cart, 2, QStringLiteral("read"), QStringLiteral("Checked the cart"), QString(),
        QStringLiteral("cart total verified"));
    m_scenario.resultCount = int(products.size());
    m_scenario.result = {{QStringLiteral("summary"),
                             QStringLiteral("Added %1 (%2) to the cart; compared %3 listings.")
                                 .arg(item.title, money(bestPrice))
                                 .arg(6)},
        {QStringLiteral("products"), products}, {QStringLiteral("cart_total"), money(bestPrice)}};
}

void ScenarioBuilder::form()
{
    const QString first
        = pick({QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Alan"), QStringLiteral("Linus")});
    const QString email = first.toLower() + QStringLiteral("@example.com");
    PageView page;
    page.url = QUrl(QStringLiteral("https://forms.acme-events.com/register"));
    page.title = QStringLiteral("Register - Acme Events");
    page.layout = PageView::Layout::Form;
    page.elements = {el(Kind::Heading, QStringLiteral("Registration")), el(Kind::Paragraph, shortTask(80)),
        el(Kind::TextField, QStringLiteral("Full name")), el(Kind::TextField, QStringLiteral("Email")),
        el(Kind::Checkbox, QStringLiteral("I agree to the terms")), el(Kind::Button, QStringLiteral("Submit"))};
    add(page, 1, QStringLiteral("read"), QStringLiteral("Opened the registration form"),
        QStringLiteral("Found the form. It needs a name, an email and the terms accepted."),
        QStringLiteral("form has 3 inputs"));
    page.elements[2].detail = first + QStringLiteral(" Example");
    add(page, 2, QStringLiteral("type"), QStringLiteral("Typed the name"));
    page.elements[3].detail = email;
    add(page, 3, QStringLiteral("type"), QStringLiteral("Typed the email"),
        QStringLiteral("Using %1 for the email field.").arg(email));
    page.elements[4].detail = QStringLiteral("checked");
    add(page, 4, QStringLiteral("click"), QStringLiteral("Accepted the terms"));
    add(page, 5, QStringLiteral("click"), QStringLiteral("Submitted the form"), QStringLiteral("Submitting."));
    PageView done;
    done.url = QUrl(QStringLiteral("https://forms.acme-events.com/register/thanks"));
    done.title = QStringLiteral("Thank you - Acme Events");
    done.layout = PageView::Layout::Form;
    const QString ref = QStringLiteral("REG-%1").arg(bounded(100000, 999999));
    done.elements = {el(Kind::Heading, QStringLiteral("Thank you!")),
        el(Kind::Notice, QStringLiteral("Registration received. Reference %1").arg(ref)),
        el(Kind::Paragraph, QStringLiteral("A confirmation was sent to %1.").arg(email))};
    add(done, 1, QStringLiteral("read"), QStringLiteral("Read the confirmation"), QString(),
        QStringLiteral("confirmation detected"));
    m_scenario.resultCount = 1;
    m_scenario.result = {{QStringLiteral("summary"), QStringLiteral("Submitted the form; reference %1.").arg(ref)},
        {QStringLiteral("submitted"), true}, {QStringLiteral("reference"), ref},
        {QStringLiteral("fields"),
            QJsonObject {{QStringLiteral("name"), QString(first + QStringLiteral(" Example"))},
                {QStringLiteral("email"), email}}}};
}

void ScenarioBuilder::booking()
{
    const QString place = pick({QStringLiteral("Casa Lisboa"), QStringLiteral("The Green Table"),
        QStringLiteral("Bistro 42"), QStringLiteral("Harbour House")});
    add(searchPage(m_task,
            {{QStringLiteral("%1 - OpenTable").arg(place), QStringLiteral("Book a table online.")},
                {QStringLiteral("%1 reviews").arg(place), QStringLiteral("4.6 stars, 1,204 reviews")}}),
        0, QStringLiteral("type"), QStringLiteral("Searched for \"%1\"").arg(shortTask(60)),
        QStringLiteral("Looking for availability: \"%1\".").arg(shortTask(80)));
    PageView slots;
    slots.url = QUrl(QStringLiteral("https://www.opentable.com/r/%1")
                         .arg(place.toLower().replace(QLatin1Char(' '), QLatin1Char('-'))));
    slots.title = QStringLiteral("%1 - Reservations | OpenTable").arg(place);
    slots.layout = PageView::Layout::Table;
    const QString early = QStringLiteral("%1:00").arg(bounded(17, 19));
    const QString late = QStringLiteral("%1:30").arg(bounded(20, 21));
    slots.elements = {el(Kind::Heading, place), el(Kind::TableRow, QStringLiteral("Time\tParty\tAvailability")),
        el(Kind::TableRow, QStringLiteral("%1\t2\tavailable").arg(early)),
        el(Kind::TableRow, QStringLiteral("%1\t2\tavailable").arg(late))};
    add(slots, 1, QStringLiteral("read"), QStringLiteral("Checked availability"), QStringLiteral("Two slots are open."),
        QStringLiteral("availability widget loaded"));
    ask(QStringLiteral("I found two open slots at %1: %2 and %3. Which one should I book?").arg(place, early, late));
    PageView form;
    form.url = QUrl(slots.url.toString() + QStringLiteral("/book"));
    form.title = QStringLiteral("Complete your reservation | OpenTable");
    form.layout = PageView::Layout::Form;
    form.elements = {el(Kind::Heading, QStringLiteral("Complete your reservation")),
        el(Kind::TextField, QStringLiteral("Preferred time"), QStringLiteral("{answer}")),
        el(Kind::TextField, QStringLiteral("Name"), QStringLiteral("Alex Example")),
        el(Kind::Button, QStringLiteral("Confirm reservation"))};
    add(form, 1, QStringLiteral("type"), QStringLiteral("Entered the chosen time"),
        QStringLiteral("Booking as the user asked: {answer}."));
    add(form, 3, QStringLiteral("click"), QStringLiteral("Confirmed the reservation"));
    PageView done;
    const QString code = QStringLiteral("OT%1").arg(bounded(100000, 999999));
    done.url = QUrl(slots.url.toString() + QStringLiteral("/confirmation"));
    done.title = QStringLiteral("Reservation confirmed | OpenTable");
    done.layout = PageView::Layout::Checkout;
    done.elements = {el(Kind::Heading, QStringLiteral("You're all set")),
        el(Kind::Notice, QStringLiteral("Confirmation %1").arg(code)),
        el(Kind::Paragraph, QStringLiteral("%1, party of 2, {answer}").arg(place))};
    add(done, 1, QStringLiteral("read"), QStringLiteral("Read the confirmation"), QString(),
        QStringLiteral("confirmation number found"));
    m_scenario.resultCount = 1;
    m_scenario.result
        = {{QStringLiteral("summary"),
               QStringLiteral("Booked %1 for 2 (%2); confirmation %3.").arg(place, QStringLiteral("{answer}"), code)},
            {QStringLiteral("booking"),
                QJsonObject {{QStringLiteral("place"), place}, {QStringLiteral("time"), QStringLiteral("{answer}")},
                    {QStringLiteral("party"), 2}, {QStringLiteral("confirmation"), code}}}};
}

void ScenarioBuilder::failing()
{
    add(searchPage(m_task, {{QStringLiteral("Acme Portal - Sign in"), QStringLiteral("portal.acme-travel.com")}}), 2,
        QStringLiteral("click"), QStringLiteral("Opened the first result"),
        QStringLiteral("Trying the Acme portal for this task."));
    PageView portal = PageFactory::generic(QStringLiteral("https://portal.acme-travel.com/dashboard"), pageSeed());
    add(portal, 5, QStringLiteral("type"), QStringLiteral("Searched the portal"), QString(),
        QStringLiteral("portal search returned 502"));
    PageView error;
    error.url = QUrl(QStringLiteral("https://portal.acme-travel.com/search?q=%1")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(shortTask(30)))));
    error.title = QStringLiteral("502 Bad Gateway");
    error.layout = PageView::Layout::ErrorPage;
    error.elements = {el(Kind::Heading, QStringLiteral("502 Bad Gateway")),
        el(Kind::Paragraph, QStringLiteral("nginx")), el(Kind::Button, QStringLiteral("Reload"))};
    add(error, -1, QStringLiteral("read"), QStringLiteral("The site answered 502"),
        QStringLiteral("The site answered 502 Bad Gateway. Retrying once."));
    add(error, 2, QStringLiteral("click"), QStringLiteral("Reloaded the page"), QString(),
        QStringLiteral("retry 1/1 failed: 502"));
    m_scenario.error = QStringLiteral(
        "The site portal.acme-travel.com kept answering 502 Bad Gateway; the task cannot be completed.");
}

void ScenarioBuilder::research()
{
    static const QStringList stop = {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("of"), QStringLiteral("about"), QStringLiteral("on"), QStringLiteral("and"),
        QStringLiteral("search"), QStringLiteral("find"), QStringLiteral("read"), QStringLiteral("summarise"),
        QStringLiteral("summarize"), QStringLiteral("what"), QStringLiteral("is"), QStringLiteral("me"),
        QStringLiteral("for"), QStringLiteral("to")};
    QStringList topicWords;
    for (const QString &word : m_task.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!stop.contains(word.toLower()) && topicWords.size() < 4)
            topicWords.append(word);
    }
    const QString topic = topicWords.isEmpty() ? QStringLiteral("Web agents") : topicWords.join(QLatin1Char(' '));
    const QString wikiTitle = topic.left(1).toUpper() + topic.mid(1);
    const QString wikiUrl = QStringLiteral("https://en.wikipedia.org/wiki/%1")
                                .arg(QString(wikiTitle).replace(QLatin1Char(' '), QLatin1Char('_')));
    add(searchPage(m_task,
            {{QStringLiteral("%1 - Wikipedia").arg(wikiTitle),
                 QStringLiteral("%1 is a topic with a long history.").arg(wikiTitle)},
                {QStringLiteral("What we know about %1 | Nature").arg(topic),
                    QStringLiteral("A review of recent findings.")},
                {QStringLiteral("%1 explained").arg(topic), QStringLiteral("A beginner's guide.")}}),
        0, QStringLiteral("type"), QStringLiteral("Searched for \"%1\"").arg(shortTask(60)),
        QStringLiteral("Searching for sources about %1.").arg(topic));
    PageView wiki;
    wiki.url = QUrl(wikiUrl);
    wiki.title = QStringLiteral("%1 - Wikipedia").arg(wikiTitle);
    wiki.layout = PageView::Layout::Article;
    const int year = bounded(1950, 2015);
    wiki.elements = {el(Kind::Heading, wikiTitle),
        el(Kind::Paragraph, QStringLiteral("%1 has been studied since %2.").arg(wikiTitle).arg(year)),
        el(Kind::Image, wikiTitle), el(Kind::Heading, QStringLiteral("History")),
        el(Kind::Paragraph,
            QStringLiteral("Interest grew sharply after %1, with %2 major studies.")
                .arg(year + 20)
                .arg(bounded(3, 40)))};
    add(wiki, 1, QStringLiteral("read"), QStringLiteral("Read the encyclopedia article"),
        QStringLiteral("Reading the overview article."),
        QStringLiteral("article length: %1 words").arg(bounded(900, 6000)));
    wiki.scroll = 400;
    add(wiki, 4, QStringLiteral("scroll"), QStringLiteral("Scrolled to History"));
    PageView paper;
    paper.url = QUrl(
        QStringLiteral("https://www.nature.com/articles/s41586-0%1-%2").arg(bounded(20, 25)).arg(bounded(1000, 9999)));
    paper.title = QStringLiteral("What we know about %1 | Nature").arg(topic);
    paper.layout = PageView::Layout::Article;
    paper.elements = {el(Kind::Heading, paper.title),
        el(Kind::Paragraph, QStringLiteral("Abstract. We review the evidence on %1.").arg(topic)),
        el(Kind::Image, QStringLiteral("Figure 1")), el(Kind::Paragraph, QStringLiteral("Three findings stand out."))};
    add(paper, 1, QStringLiteral("read"), QStringLiteral("Read the review article"),
        QStringLiteral("A second, more technical source."));
    add(paper, 3, QStringLiteral("read"), QStringLiteral("Collected key findings"),
        QStringLiteral("I have enough to summarise."), QStringLiteral("2 sources collected"));
    const QJsonArray sources {
        QJsonObject {{QStringLiteral("title"), wiki.title}, {QStringLiteral("url"), wiki.address()}},
        QJsonObject {{QStringLiteral("title"), paper.title}, {QStringLiteral("url"), paper.address()}}};
    m_scenario.resultCount = int(sources.size());
    m_scenario.result = {
        {QStringLiteral("summary"),
            QStringLiteral("%1: studied since %2; two sources agree on three main findings.").arg(wikiTitle).arg(year)},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("key_points"),
            QJsonArray {QStringLiteral("Studied since %1").arg(year),
                QStringLiteral("Interest grew after %1").arg(year + 20), QStringLiteral("Three main findings")}}};
}

} // namespace agi::emu
