// The research task, the default: search, read an encyclopedia article and further sources, and
// report what they say with links. The topic is the task without its verbs and framing ("the
// history of", "the latest developments in"); "three sources" asks for three.
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
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

PageElement el(Kind kind, const QString &text, const QString &detail = {})
{
    return PageFactory::element(kind, text, detail);
}

// "Research the history of the espresso machine and summarise it" -> "the history of the espresso machine".
QString topicOf(const QString &task)
{
    static const QRegularExpression verbs(
        QStringLiteral("^(?:please\\s+)?(?:(?:can you|could you)\\s+)?(?:research|investigate|look up|read up on|"
                       "read about|learn about|tell me about|find out about|find information (?:on|about)|"
                       "find (?:\\d+|one|two|three|four|five) (?:sources|articles|papers) (?:on|about)|"
                       "summari[sz]e|explain|search for|search|find|what (?:is|are))\\s+"),
        CI);
    static const QRegularExpression tail(
        QStringLiteral(
            "\\s+(?:and (?:summari[sz]e|tell|write|give|list|report|explain)|using|from (?:at least )?\\d|"
            "with (?:sources|links)|in (?:\\d+|one|two|three|a few) (?:sentences|bullet|points|words))\\b.*$|"
            "[.;:!?].*$"),
        CI);
    QString topic = task;
    topic.remove(verbs);
    topic.remove(tail);
    return topic.trimmed();
}

// "the history of the espresso machine" -> "espresso machine": what an encyclopedia files it under.
QString subjectOf(const QString &topic)
{
    static const QRegularExpression framing(
        QStringLiteral("^(?:(?:the|some|recent|latest|current|new|major|key)\\s+)*(?:history|developments?|advances|"
                       "news|research|state|basics|origins?|evolution|future|impact|facts|information|overview)\\s+"
                       "(?:of|in|on|about|for)\\s+"),
        CI);
    static const QRegularExpression article(QStringLiteral("^(?:the|a|an)\\s+"), CI);
    QString subject = topic;
    subject.remove(framing);
    subject.remove(article);
    QStringList words = subject.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 5)
        words = words.mid(0, 5);
    return words.isEmpty() ? QStringLiteral("web agents") : words.join(QLatin1Char(' '));
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

struct Outlet
{
    const char *name;
    const char *host;
    const char *path; // {slug}: the subject, {n}: a number
};

constexpr Outlet Outlets[] = {
    {"Nature", "www.nature.com", "/articles/s41586-024-0{n}"},
    {"MIT Technology Review", "www.technologyreview.com", "/{n}/{slug}/"},
    {"Reuters", "www.reuters.com", "/science/{slug}-{n}/"},
    {"BBC News", "www.bbc.com", "/news/articles/{slug}-c{n}"},
    {"Scientific American", "www.scientificamerican.com", "/article/{slug}/"},
};

} // namespace

void ScenarioBuilder::research()
{
    const QString topic = topicOf(m_task);
    const QString subject = subjectOf(topic);
    // Encyclopedias file a subject under its singular: "Solid-state battery".
    const QString title = capitalised(WordForms::singular(subject));
    const int sourceCount = m_spec.count > 0 ? std::clamp(m_spec.count, 1, 6) : 2;
    const QString slug = subject.toLower().replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));

    add(searchPage(topic.isEmpty() ? subject : topic,
            {{QStringLiteral("%1 - Wikipedia").arg(title),
                 QStringLiteral("%1: overview, history and current state.").arg(title)},
                {QStringLiteral("%1: what we know | Nature").arg(title), QStringLiteral("A review of the evidence.")},
                {QStringLiteral("%1, explained").arg(title), QStringLiteral("A plain-language guide.")}}),
        0, QStringLiteral("type"), QStringLiteral("Searched for \"%1\"").arg(topic.isEmpty() ? subject : topic),
        QStringLiteral("Searching for sources on %1; I'll read an overview%2.")
            .arg(subject,
                sourceCount == 1       ? QString()
                    : sourceCount == 2 ? QStringLiteral(" and one more source")
                                       : QStringLiteral(" and %1 more sources").arg(sourceCount - 1)));

    PageView wiki;
    wiki.url = QUrl(
        QStringLiteral("https://en.wikipedia.org/wiki/") + QString(title).replace(QLatin1Char(' '), QLatin1Char('_')));
    wiki.title = QStringLiteral("%1 - Wikipedia").arg(title);
    wiki.layout = PageView::Layout::Article;
    const int year = bounded(1880, 2012);
    const int surge = std::min(year + bounded(10, 40), m_today.year() - 2);
    const int studies = bounded(4, 40);
    wiki.elements = {el(Kind::Heading, title),
        el(Kind::Paragraph, QStringLiteral("%1 has been documented since %2.").arg(title).arg(year)),
        el(Kind::Image, title), el(Kind::Heading, QStringLiteral("History")),
        el(Kind::Paragraph,
            QStringLiteral("Interest grew sharply after %1; %2 major studies are cited.").arg(surge).arg(studies))};
    add(wiki, 1, QStringLiteral("read"), QStringLiteral("Read the Wikipedia article"),
        QStringLiteral("Reading the overview article first."),
        QStringLiteral("article length: %1 words").arg(bounded(900, 6000)));
    wiki.scroll = 400;
    add(wiki, 4, QStringLiteral("scroll"), QStringLiteral("Scrolled to History"));

    QJsonArray sources {QJsonObject {{QStringLiteral("title"), wiki.title}, {QStringLiteral("url"), wiki.address()},
        {QStringLiteral("source"), QStringLiteral("Wikipedia")},
        {QStringLiteral("summary"),
            QStringLiteral("Overview; documented since %1, interest grew after %2.").arg(year).arg(surge)}}};
    const int first = bounded(0, int(std::size(Outlets)) - 1);
    for (int i = 1; i < sourceCount; ++i) {
        const Outlet &outlet = Outlets[(first + i) % std::size(Outlets)];
        PageView page;
        const QString path = QString::fromLatin1(outlet.path)
                                 .replace(QLatin1String("{slug}"), slug)
                                 .replace(QLatin1String("{n}"), QString::number(bounded(1000, 9999)));
        page.url = QUrl(QStringLiteral("https://") + QLatin1String(outlet.host) + path);
        page.title = QStringLiteral("%1: what the evidence shows | %2").arg(title, QLatin1String(outlet.name));
        page.layout = PageView::Layout::Article;
        const QDate published = m_today.addDays(-bounded(10, 400));
        const QString finding = pick(
            {QStringLiteral("Reports %1 notable results since %2.").arg(bounded(3, 12)).arg(published.year() - 3),
                QStringLiteral("Finds the main open questions are cost and scale."),
                QStringLiteral("Compares the leading approaches and where each falls short."),
                QStringLiteral("Summarises expert views; most expect steady rather than sudden change.")});
        page.elements = {el(Kind::Heading, page.title),
            el(Kind::Paragraph, QStringLiteral("Published %1.").arg(readableDate(published))),
            el(Kind::Image, QStringLiteral("Figure 1")), el(Kind::Paragraph, finding)};
        add(page, 3, QStringLiteral("read"), QStringLiteral("Read the %1 article").arg(QLatin1String(outlet.name)),
            i == 1 ? QStringLiteral("A second, more detailed source.") : QString(),
            QStringLiteral("%1 sources collected").arg(i + 1));
        sources.append(QJsonObject {{QStringLiteral("title"), page.title}, {QStringLiteral("url"), page.address()},
            {QStringLiteral("source"), QLatin1String(outlet.name)},
            {QStringLiteral("published"), published.toString(Qt::ISODate)}, {QStringLiteral("summary"), finding}});
    }
    QStringList names;
    for (const QJsonValue source : std::as_const(sources))
        names << source.toObject().value(QStringLiteral("source")).toString();
    const QJsonArray keyPoints {
        QStringLiteral("Documented since %1 (Wikipedia's \"%2\" article).").arg(year).arg(title),
        QStringLiteral("Interest grew sharply after %1; %2 major studies are cited.").arg(surge).arg(studies),
        sourceCount > 1 ? sources.at(1).toObject().value(QStringLiteral("summary")).toString()
                        : QStringLiteral("The overview article is well sourced but says little about recent work.")};
    finishWithList(
        QStringLiteral("Read %1 source%2 on %3 (%4). The subject has been documented since %5, and interest grew "
                       "sharply after %6. Key points and links below.")
            .arg(sourceCount)
            .arg(sourceCount == 1 ? QString() : QStringLiteral("s"), subject, names.join(QStringLiteral(", ")))
            .arg(year)
            .arg(surge),
        QStringLiteral("sources"), sources, {{QStringLiteral("key_points"), keyPoints}});
}

} // namespace agi::emu
