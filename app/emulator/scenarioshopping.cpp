// The shopping task: search, compare listings on a shop, open the best value and, when the task
// says to buy, put it in the cart (never checking out). The product is the task's noun phrase;
// the number of results and a price ceiling come from the task; prices are numbers.
#include "pagefactory.h"
#include "scenariobuilder.h"
#include "wordforms.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace agi::emu {

namespace {

using Kind = PageElement::Kind;

// "Buy three wireless mice under $30 with long battery life" -> "wireless mice".
QString productPhrase(const QString &task)
{
    static const QRegularExpression lead(
        QStringLiteral(
            "\\b(?:buy|order|purchase|shop for|find|get|look for|search for|compare|recommend|pick)\\s+"
            "(?:me\\s+)?((?:(?:a|an|the|some|top|best|cheapest|cheap|good|new|couple of|pair of|\\d{1,2}|one|"
            "two|three|four|five|six|seven|eight|nine|ten)\\s+)*)(.+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(
        QStringLiteral("\\s+(?:under|below|less than|cheaper than|for|with|that|which|on|from|at|in|and|to|priced|"
                       "costing|within|no more than|max|return|sorted|by|around|about)\\b|[,.;:!?(]"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = lead.match(task);
    QString phrase = m.hasMatch() ? m.captured(2) : task;
    const QRegularExpressionMatch stop = end.match(phrase);
    if (stop.hasMatch())
        phrase = phrase.left(stop.capturedStart());
    QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 4)
        words.removeFirst(); // the head noun is last: "ergonomic wireless travel mice" keeps its end
    return words.isEmpty() ? QStringLiteral("gift") : words.join(QLatin1Char(' '));
}

// "usb-c charger" -> "USB-C Charger" as a listing would write it; words with capitals stay as typed.
QString titled(const QString &phrase)
{
    QStringList words = phrase.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (word == word.toLower() && !word.isEmpty())
            word[0] = word.at(0).toUpper();
        if (word.size() <= 5 && word.contains(QLatin1Char('-')))
            word = word.toUpper();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

void ScenarioBuilder::shopping()
{
    const QString phrase = productPhrase(m_task);
    const QString one = WordForms::singular(phrase);
    const QString many = WordForms::plural(phrase);
    const bool buying
        = QRegularExpression(QStringLiteral("\\b(?:buy|order|purchase|add (?:it |them )?to (?:the |my )?cart)\\b"),
            QRegularExpression::CaseInsensitiveOption)
              .match(m_task)
              .hasMatch();
    const int wanted = m_spec.count > 0 ? std::min(m_spec.count, 6) : 3;
    const std::optional<double> ceiling = m_spec.maxPrice;
    const QString under = ceiling ? QStringLiteral(" under %1").arg(m_spec.money(*ceiling)) : QString();

    add(searchPage(many + under,
            {{QStringLiteral("Amazon.com: %1").arg(titled(many)), QStringLiteral("Free delivery on eligible orders.")},
                {QStringLiteral("The best %1 - tested and reviewed").arg(many),
                    QStringLiteral("Our top picks after weeks of testing.")}}),
        0, QStringLiteral("type"), QStringLiteral("Searched for \"%1\"").arg(many + under),
        QStringLiteral("Looking for %1%2. I'll compare listings on Amazon by price and rating.").arg(many, under));

    PageView grid;
    grid.url = QUrl(QStringLiteral("https://www.amazon.com/s?k=")
        + QString::fromLatin1(QUrl::toPercentEncoding(one)).replace(QLatin1String("%20"), QLatin1String("+")));
    grid.title = QStringLiteral("Amazon.com : %1").arg(many);
    grid.layout = PageView::Layout::ProductGrid;
    grid.elements.append(PageFactory::element(Kind::TextField, QStringLiteral("Search Amazon"), one));
    static const QStringList brands
        = {QStringLiteral("Northwind"), QStringLiteral("Contoso"), QStringLiteral("Fabrikam"), QStringLiteral("Acme"),
            QStringLiteral("Globex"), QStringLiteral("Initech"), QStringLiteral("Tailspin")};
    static const QStringList variants = {QStringLiteral("Pro"), QStringLiteral("Lite"), QStringLiteral("Plus"),
        QStringLiteral("Max"), QStringLiteral("Mini"), QStringLiteral("2")};
    const int listings = std::max(6, wanted + 2);
    const int brandOffset = bounded(0, int(brands.size()) - 1);
    QList<QJsonObject> all;
    for (int i = 0; i < listings; ++i) {
        const QString &brand = brands.at((brandOffset + i) % brands.size());
        const QString name = QStringLiteral("%1 %2 %3").arg(brand, titled(one), pick(variants));
        double price = 0;
        if (ceiling)
            price = i < wanted ? boundedPrice(*ceiling * 0.45, *ceiling) : boundedPrice(*ceiling * 0.7, *ceiling * 1.6);
        else
            price = boundedPrice(15, 240);
        QString asin = QStringLiteral("B0");
        for (int c = 0; c < 8; ++c)
            asin += QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789").at(bounded(0, 33));
        all.append(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("brand"), brand},
            {QStringLiteral("price"), price}, {QStringLiteral("currency"), m_spec.currency},
            {QStringLiteral("rating"), bounded(38, 49) / 10.0}, {QStringLiteral("reviews"), bounded(40, 25000)},
            {QStringLiteral("availability"), QStringLiteral("In stock")},
            {QStringLiteral("seller"), QStringLiteral("Amazon.com")},
            {QStringLiteral("url"), QString(QStringLiteral("https://www.amazon.com/dp/") + asin)}});
        grid.elements.append(PageFactory::element(Kind::ProductCard, name, m_spec.money(price)));
    }
    QList<QJsonObject> fitting;
    for (const QJsonObject &product : std::as_const(all)) {
        if (!ceiling || product.value(QStringLiteral("price")).toDouble() <= *ceiling)
            fitting.append(product);
    }
    std::stable_sort(fitting.begin(), fitting.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("price")).toDouble() < b.value(QStringLiteral("price")).toDouble();
    });
    fitting = fitting.mid(0, wanted);
    add(grid, 1, QStringLiteral("read"), QStringLiteral("Compared %1 listings").arg(listings),
        QStringLiteral("%1 listings%2. Comparing prices and ratings.")
            .arg(listings)
            .arg(ceiling ? QStringLiteral(", %1 of them%2").arg(fitting.size()).arg(under) : QString()),
        QStringLiteral("extracted %1 product cards").arg(listings));

    QJsonArray items;
    for (const QJsonObject &product : std::as_const(fitting))
        items.append(product);
    if (fitting.isEmpty()) {
        finishWithList(QStringLiteral("No %1%2 on Amazon; the cheapest listing costs more.").arg(many, under),
            QStringLiteral("products"), items);
        return;
    }
    // Best value: the highest rating per dollar among those that fit.
    const QJsonObject best
        = *std::max_element(fitting.cbegin(), fitting.cend(), [](const QJsonObject &a, const QJsonObject &b) {
              return a.value(QStringLiteral("rating")).toDouble() / a.value(QStringLiteral("price")).toDouble()
                  < b.value(QStringLiteral("rating")).toDouble() / b.value(QStringLiteral("price")).toDouble();
          });
    const QString bestName = best.value(QStringLiteral("name")).toString();
    const double bestPrice = best.value(QStringLiteral("price")).toDouble();
    const QString bestText
        = QStringLiteral("%1 at %2 (%3 stars, %4 reviews)")
              .arg(bestName, m_spec.money(bestPrice))
              .arg(best.value(QStringLiteral("rating")).toDouble(), 0, 'f', 1)
              .arg(QLocale(QLocale::English).toString(best.value(QStringLiteral("reviews")).toInt()));
    int bestCard = 1;
    while (grid.elements.at(bestCard).text != bestName)
        ++bestCard;
    add(grid, bestCard, QStringLiteral("click"), QStringLiteral("Opened %1").arg(bestName),
        QStringLiteral("Best value: %1.").arg(bestText));

    PageView item;
    item.url = QUrl(best.value(QStringLiteral("url")).toString());
    item.title = QStringLiteral("Amazon.com: %1").arg(bestName);
    item.layout = PageView::Layout::Article;
    item.elements = {PageFactory::element(Kind::Heading, bestName), PageFactory::element(Kind::Image, bestName),
        PageFactory::element(Kind::Paragraph, m_spec.money(bestPrice)),
        PageFactory::element(Kind::Paragraph, QStringLiteral("In stock. Ships in 1-2 days.")),
        PageFactory::element(Kind::Button, QStringLiteral("Add to Cart"))};
    const QString found
        = items.size() == 1 ? QStringLiteral("1 %1").arg(one) : QStringLiteral("%1 %2").arg(items.size()).arg(many);
    if (!buying) {
        add(item, 2, QStringLiteral("read"), QStringLiteral("Checked price and availability"), QString(),
            QStringLiteral("price and stock verified"));
        finishWithList(QStringLiteral("Found %1%2 on Amazon. Best value: %3.").arg(found, under, bestText),
            QStringLiteral("products"), items);
        return;
    }
    add(item, 4, QStringLiteral("click"), QStringLiteral("Added to cart"), QStringLiteral("Adding it to the cart."));
    PageView cart;
    cart.url = QUrl(QStringLiteral("https://www.amazon.com/gp/cart/view.html"));
    cart.title = QStringLiteral("Amazon.com Shopping Cart");
    cart.layout = PageView::Layout::Checkout;
    cart.elements = {PageFactory::element(Kind::Heading, QStringLiteral("Shopping Cart")),
        PageFactory::element(Kind::TableRow, bestName + QLatin1Char('\t') + m_spec.money(bestPrice)),
        PageFactory::element(Kind::Notice, QStringLiteral("Added to Cart")),
        PageFactory::element(Kind::Button, QStringLiteral("Proceed to checkout"))};
    add(cart, 2, QStringLiteral("read"), QStringLiteral("Checked the cart"), QString(),
        QStringLiteral("cart total verified"));
    finishWithList(QStringLiteral("Found %1%2 on Amazon and added the best value to the cart (not checked out): %3.")
                       .arg(found, under, bestText),
        QStringLiteral("products"), items,
        {{QStringLiteral("cart"),
            QJsonObject {{QStringLiteral("name"), bestName}, {QStringLiteral("price"), bestPrice},
                {QStringLiteral("currency"), m_spec.currency}}}});
}

} // namespace agi::emu
