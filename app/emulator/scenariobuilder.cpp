#include "scenariobuilder.h"

#include "pagefactory.h"
#include "resultformat.h"

#include <QLocale>
#include <QUrl>

#include <utility>

namespace agi::emu {

QString readableDate(QDate date)
{
    return QLocale::c().toString(date, QStringLiteral("ddd, MMM d, yyyy"));
}

ScenarioBuilder::ScenarioBuilder(QString task, quint32 seed, QDate today)
    : m_task(std::move(task).simplified())
    , m_spec(TaskSpec::parse(m_task, today))
    , m_today(today)
    , m_rng(seed)
{ }

quint32 ScenarioBuilder::pageSeed()
{
    return m_rng.generate();
}

int ScenarioBuilder::jitterMs()
{
    return 1200 + int(m_rng.bounded(1201));
}

int ScenarioBuilder::bounded(int low, int high)
{
    return low + int(m_rng.bounded(quint32(high - low + 1)));
}

double ScenarioBuilder::boundedPrice(double low, double high)
{
    // Shop prices end in .99, .49, .95 or .79 as real listings do; always below `high`.
    static constexpr double cents[] = {0.99, 0.49, 0.95, 0.79};
    const int whole = bounded(int(low), std::max(int(low), int(high) - 1));
    return whole + cents[m_rng.bounded(4u)];
}

QString ScenarioBuilder::pick(const QStringList &choices)
{
    return choices.at(int(m_rng.bounded(quint32(choices.size()))));
}

void ScenarioBuilder::add(PageView page, int highlight, const QString &action, const QString &description,
    const QString &thought, const QString &log)
{
    if (page.seed == 0)
        page.seed = pageSeed();
    page.highlighted = highlight;
    if (highlight >= 0 && highlight < page.elements.size()) {
        const PageElement &target = page.elements.at(highlight);
        page.agentAction = action == QLatin1String("type") ? QStringLiteral("type \"%1\"").arg(target.detail) : action;
    } else {
        page.agentAction = action == QLatin1String("navigate") ? QString() : action;
    }
    ScenarioStep step;
    step.page = std::move(page);
    step.action = action;
    step.description = description;
    step.thought = thought;
    step.log = log;
    step.delayMs = jitterMs();
    m_scenario.steps.append(step);
}

void ScenarioBuilder::ask(const QString &question, const QStringList &choices)
{
    if (!m_scenario.steps.isEmpty())
        m_scenario.steps.last().question = question;
    m_scenario.choices = choices;
}

void ScenarioBuilder::finishWithList(
    const QString &summary, const QString &listKey, const QJsonArray &items, const QJsonObject &extra)
{
    m_scenario.resultCount = int(items.size());
    if (!m_spec.outputFields.isEmpty()) {
        m_scenario.result = ResultFormat::project(items, m_spec.outputFields);
        return;
    }
    if (m_spec.wantsJson) {
        m_scenario.result = items;
        return;
    }
    QJsonObject result = extra;
    result.insert(QStringLiteral("summary"), summary);
    result.insert(listKey, items);
    m_scenario.result = result;
}

void ScenarioBuilder::finishWithItem(const QString &summary, const QString &key, const QJsonObject &item)
{
    m_scenario.resultCount = 1;
    if (!m_spec.outputFields.isEmpty()) {
        m_scenario.result = ResultFormat::project(item, m_spec.outputFields);
        return;
    }
    m_scenario.result = QJsonObject {{QStringLiteral("summary"), summary}, {key, item}};
}

Scenario ScenarioBuilder::take()
{
    m_scenario.finalDelayMs = jitterMs();
    return std::exchange(m_scenario, Scenario {});
}

QString ScenarioBuilder::searchUrl(const QString &query)
{
    QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(query));
    return QStringLiteral("https://www.google.com/search?q=")
        + encoded.replace(QLatin1String("%20"), QLatin1String("+"));
}

QDate ScenarioBuilder::taskDate()
{
    if (m_spec.date.isValid())
        return m_spec.date;
    if (m_spec.week.isValid())
        return m_spec.week.addDays(bounded(0, 4));
    if (m_spec.month > 0) {
        int year = m_today.year();
        if (m_spec.month < m_today.month())
            ++year;
        QDate day(year, m_spec.month, 1);
        day = day.addDays(bounded(0, day.daysInMonth() - 1));
        return day < m_today ? m_today.addDays(bounded(7, 20)) : day;
    }
    return m_today.addDays(bounded(14, 45));
}

PageView ScenarioBuilder::searchPage(const QString &query, const QList<std::pair<QString, QString>> &results)
{
    using Kind = PageElement::Kind;
    PageView page;
    page.url = QUrl(searchUrl(query));
    page.title = query + QStringLiteral(" - Google Search");
    page.layout = PageView::Layout::Search;
    page.seed = pageSeed();
    page.elements.append(PageFactory::element(Kind::TextField, QStringLiteral("Search"), query));
    page.elements.append(PageFactory::element(Kind::Paragraph,
        QStringLiteral("About %1 results (0.%2 seconds)")
            .arg(QLocale(QLocale::English).toString(bounded(120000, 9800000)))
            .arg(bounded(21, 68))));
    for (const auto &[title, snippet] : results)
        page.elements.append(PageFactory::element(Kind::ResultCard, title, snippet));
    return page;
}

} // namespace agi::emu
