#include "scenariolibrary.h"

#include "pagefactory.h"
#include "scenariobuilder.h"
#include "taskspec.h"

#include <QRegularExpression>
#include <QStringList>

namespace agi::emu {

namespace {

bool hasWord(const QStringList &words, std::initializer_list<const char *> stems)
{
    for (const QString &word : words) {
        for (const char *stem : stems) {
            if (word.startsWith(QLatin1String(stem)))
                return true;
        }
    }
    return false;
}

} // namespace

QString ScenarioLibrary::kindFor(const QString &task)
{
    const QString lower = task.toLower();
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    const QStringList words = lower.split(nonWord, Qt::SkipEmptyParts);
    if (hasWord(words, {"fail", "error", "broken", "crash"}))
        return QStringLiteral("error");
    if (hasWord(words, {"flight", "fly", "flies", "airline", "airport"}))
        return QStringLiteral("flights");
    if (hasWord(words, {"buy", "shop", "order", "cart", "price", "product", "purchas", "cheap", "deal"}))
        return QStringLiteral("shopping");
    if (lower.contains(QLatin1String("sign up"))
        || hasWord(words, {"signup", "form", "register", "fill", "apply", "subscribe"}))
        return QStringLiteral("form");
    if (hasWord(words, {"book", "reserv", "appointment", "ask"}))
        return QStringLiteral("question");
    // A price ceiling with nothing else to go by means something to buy: "wireless mice under $30".
    if (TaskSpec::parse(task, QDate()).maxPrice)
        return QStringLiteral("shopping");
    return QStringLiteral("research");
}

Scenario ScenarioLibrary::build(const QString &task, const QString &startUrl, quint32 seed, QDate today)
{
    ScenarioBuilder builder(task, seed, today);
    if (!startUrl.isEmpty()) {
        PageView page = PageFactory::generic(startUrl, builder.pageSeed());
        builder.add(page, -1, QStringLiteral("navigate"), QStringLiteral("Opened %1").arg(startUrl),
            QStringLiteral("Starting on %1 as requested.").arg(startUrl));
    }
    const QString kind = kindFor(task);
    if (kind == QLatin1String("flights"))
        builder.flights();
    else if (kind == QLatin1String("shopping"))
        builder.shopping();
    else if (kind == QLatin1String("form"))
        builder.form();
    else if (kind == QLatin1String("question"))
        builder.booking();
    else if (kind == QLatin1String("error"))
        builder.failing();
    else
        builder.research();
    Scenario scenario = builder.take();
    scenario.kind = kind;
    return scenario;
}

} // namespace agi::emu
