#include "scenariobuilder.h"

#include "pagefactory.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

#include <utility>

namespace agi::emu {

ScenarioBuilder::ScenarioBuilder(QString task, quint32 seed)
    : m_task(std::move(task).simplified())
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

void ScenarioBuilder::ask(const QString &question)
{
    if (!m_scenario.steps.isEmpty())
        m_scenario.steps.last().question = question;
}

Scenario ScenarioBuilder::take()
{
    m_scenario.finalDelayMs = jitterMs();
    return std::exchange(m_scenario, Scenario {});
}

QString ScenarioBuilder::searchUrl(const QString &query) const
{
    QUrl url(QStringLiteral("https://www.google.com/search"));
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("q"), query);
    url.setQuery(urlQuery);
    return url.toString(QUrl::FullyEncoded);
}

QString ScenarioBuilder::shortTask(int maxChars) const
{
    return m_task.size() <= maxChars ? m_task : m_task.left(maxChars - 1).trimmed() + QChar(0x2026);
}

QString ScenarioBuilder::extractAfter(const QStringList &markers, const QString &fallback) const
{
    for (const QString &marker : markers) {
        const QRegularExpression re(QStringLiteral("\\b%1\\s+([A-Za-z][A-Za-z]+(?:\\s+[A-Z][a-z]+)?)").arg(marker),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = re.match(m_task);
        if (match.hasMatch()) {
            QString word = match.captured(1);
            word[0] = word.at(0).toUpper();
            return word;
        }
    }
    return fallback;
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
            .arg(QLocale::c().toString(bounded(120000, 9800000)))
            .arg(bounded(21, 68))));
    for (const auto &[title, snippet] : results)
        page.elements.append(PageFactory::element(Kind::ResultCard, title, snippet));
    return page;
}

} // namespace agi::emu
