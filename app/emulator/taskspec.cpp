#include "taskspec.h"

#include <QLocale>
#include <QRegularExpression>

namespace agi::emu {

namespace {

using RE = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

const QStringList NumberWords = {QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two"),
    QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"),
    QStringLiteral("seven"), QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten"),
    QStringLiteral("eleven"), QStringLiteral("twelve")};

int numberValue(const QString &word)
{
    bool ok = false;
    const int value = word.toInt(&ok);
    return ok ? value : int(NumberWords.indexOf(word.toLower()));
}

QString currencyOf(const QString &mark)
{
    const QString m = mark.toLower();
    if (m == QChar(0x20AC) || m.startsWith(QLatin1String("eur")))
        return QStringLiteral("EUR");
    if (m == QChar(0xA3) || m == QLatin1String("gbp") || m.startsWith(QLatin1String("pound")))
        return QStringLiteral("GBP");
    return QStringLiteral("USD");
}

// A price ceiling: "under $450", "below 40 euros", "$40 or less", "max $100". A bare number after
// "under" counts only when no unit other than money follows ("under 40 minutes" is no price).
void parsePrice(const QString &text, TaskSpec *spec)
{
    static const RE before(QStringLiteral("\\b(?:under|below|less than|cheaper than|at most|no more than|max(?:imum)?|"
                                          "up to|within|budget of)\\s*([$€£])?\\s*(\\d[\\d,]*(?:\\.\\d+)?)(k?)"
                                          "(?:\\s*(usd|dollars?|eur|euros?|gbp|pounds?)\\b|(?!\\s*(?:%|[a-z])))"),
        CI);
    static const RE after(
        QStringLiteral("([$€£])\\s*(\\d[\\d,]*(?:\\.\\d+)?)(k?)\\s*(?:or less|or under|max(?:imum)?|tops)\\b"), CI);
    for (const RE *re : {&before, &after}) {
        const QRegularExpressionMatch m = re->match(text);
        if (!m.hasMatch())
            continue;
        const bool hasMark = !m.captured(1).isEmpty() || (re == &before && !m.captured(4).isEmpty());
        double amount = QString(m.captured(2)).remove(QLatin1Char(',')).toDouble();
        if (!m.captured(3).isEmpty())
            amount *= 1000;
        if (amount <= 0 || (!hasMark && amount < 5))
            continue;
        spec->maxPrice = amount;
        spec->currency = currencyOf(re == &before && m.captured(1).isEmpty() ? m.captured(4) : m.captured(1));
        return;
    }
}

// "three flights", "top 5 results", "5 cheapest": the first small number that counts things. Not a
// price, a date, a time, a party ("for two"), a measure ("2 stops", "40 minutes") or part of a
// product's name ("iPhone 15 case").
void parseCount(const QString &text, TaskSpec *spec)
{
    static const RE number(QStringLiteral("(?<![$€£\\d.,:/-])\\b(\\d{1,2}|%1)\\b(?![-:/.,]\\d|-)\\s+([A-Za-z]+)")
                               .arg(NumberWords.join(QLatin1Char('|'))),
        CI);
    static const RE blockedBefore(QStringLiteral("(?:for|under|below|than|over|at|of|in|up to|party|table)\\s+$"), CI);
    static const QStringList units = {QStringLiteral("am"), QStringLiteral("pm"), QStringLiteral("people"),
        QStringLiteral("persons"), QStringLiteral("guests"), QStringLiteral("adults"), QStringLiteral("stop"),
        QStringLiteral("stops"), QStringLiteral("minutes"), QStringLiteral("hours"), QStringLiteral("days"),
        QStringLiteral("nights"), QStringLiteral("weeks"), QStringLiteral("months"), QStringLiteral("years"),
        QStringLiteral("stars"), QStringLiteral("star"), QStringLiteral("percent"), QStringLiteral("dollars"),
        QStringLiteral("euros"), QStringLiteral("usd"), QStringLiteral("eur"), QStringLiteral("gb"),
        QStringLiteral("tb"), QStringLiteral("inch"), QStringLiteral("w"), QStringLiteral("mm"), QStringLiteral("o"),
        QStringLiteral("of")};
    QRegularExpressionMatchIterator it = number.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString before = text.left(m.capturedStart());
        if (units.contains(m.captured(2).toLower()) || blockedBefore.match(before).hasMatch())
            continue;
        const QStringList words = before.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool sentenceStart = words.size() < 2 || words.at(words.size() - 2).endsWith(QLatin1Char('.'));
        if (!words.isEmpty() && !sentenceStart && words.constLast() != words.constLast().toLower())
            continue;
        const int value = numberValue(m.captured(1));
        if (value >= 1 && value <= 20) {
            spec->count = value;
            return;
        }
    }
}

void parseParty(const QString &text, TaskSpec *spec)
{
    static const RE party(QStringLiteral("\\b(?:for|party of|table of)\\s+(\\d{1,2}|%1)\\b(?!\\s*(?:am|pm|:))")
                              .arg(NumberWords.join(QLatin1Char('|'))),
        CI);
    const QRegularExpressionMatch m = party.match(text);
    if (m.hasMatch())
        spec->partySize = numberValue(m.captured(1));
}

void parseDate(const QString &text, QDate today, TaskSpec *spec)
{
    static const RE iso(QStringLiteral("\\b(20\\d\\d)-(\\d\\d)-(\\d\\d)\\b"));
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch()) {
        spec->date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (spec->date.isValid())
            return;
    }
    if (text.contains(QLatin1String("tomorrow"), Qt::CaseInsensitive)) {
        spec->date = today.addDays(1);
        return;
    }
    if (RE(QStringLiteral("\\bnext week\\b"), CI).match(text).hasMatch()) {
        spec->week = today.addDays(8 - today.dayOfWeek());
        return;
    }
    if (RE(QStringLiteral("\\b(?:this|next) weekend\\b"), CI).match(text).hasMatch()) {
        spec->date = today.addDays((6 - today.dayOfWeek() + 7) % 7);
        return;
    }
    const QLocale c = QLocale::c();
    for (int day = 1; day <= 7; ++day) {
        const RE weekday(QStringLiteral("\\b(?:on|next|this)\\s+%1\\b").arg(c.dayName(day)), CI);
        if (weekday.match(text).hasMatch()) {
            const int ahead = (day - today.dayOfWeek() + 7) % 7;
            spec->date = today.addDays(ahead == 0 ? 7 : ahead);
            return;
        }
    }
    for (int month = 1; month <= 12; ++month) {
        const QString name = c.monthName(month);
        const RE dayMonth(QStringLiteral("\\b(?:%1|%2)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|"
                                         "th)?\\s+(?:of\\s+)?(?:%1|%2)\\b")
                              .arg(name, c.monthName(month, QLocale::ShortFormat)),
            CI);
        if (const QRegularExpressionMatch m = dayMonth.match(text); m.hasMatch()) {
            const int day = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt();
            QDate date(today.year(), month, day);
            if (date.isValid() && date < today)
                date = date.addYears(1);
            if (date.isValid()) {
                spec->date = date;
                return;
            }
        }
        if (RE(QStringLiteral("\\b(?:in|during|for)\\s+(?:early\\s+|late\\s+|mid-?)?%1\\b").arg(name), CI)
                .match(text)
                .hasMatch())
            spec->month = month;
    }
}

// "Return as JSON array with fields: airline, price, departure_time." The list ends at the end of
// the sentence; "..." and words that cannot be field names are dropped.
void parseOutput(const QString &text, TaskSpec *spec)
{
    spec->wantsJson = RE(QStringLiteral("\\bjson\\b"), CI).match(text).hasMatch();
    static const RE fields(QStringLiteral("\\b(?:fields|keys|columns|properties|attributes)\\b\\s*(:|named|called)?"
                                          "\\s*(.+?)(?:\\.(?:\\s|$)|;|\\n|$)"),
        CI);
    const QRegularExpressionMatch m = fields.match(text);
    // "car keys with a ring" is no output format: a colon, "named", or JSON must say so.
    if (!m.hasMatch() || (m.captured(1).isEmpty() && !spec->wantsJson))
        return;
    static const RE separator(QStringLiteral("\\s*(?:,|\\band\\b|&)\\s*"), CI);
    static const RE name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_ .-]{0,39}$"));
    for (QString field : m.captured(2).split(separator, Qt::SkipEmptyParts)) {
        field.remove(QRegularExpression(QStringLiteral("[`'\"()\\[\\]{}]")));
        field = field.trimmed();
        if (field.endsWith(QLatin1Char('.')))
            field.chop(1);
        if (name.match(field).hasMatch() && !spec->outputFields.contains(field))
            spec->outputFields.append(field);
    }
}

} // namespace

TaskSpec TaskSpec::parse(const QString &task, QDate today)
{
    TaskSpec spec;
    spec.text = task.simplified();
    parsePrice(spec.text, &spec);
    parseCount(spec.text, &spec);
    parseParty(spec.text, &spec);
    parseDate(spec.text, today, &spec);
    parseOutput(spec.text, &spec);
    spec.nonstop = RE(QStringLiteral("\\bnon[- ]?stop\\b|\\bdirect flights?\\b|\\bno (?:layovers|stops)\\b"), CI)
                       .match(spec.text)
                       .hasMatch();
    // Airport codes are upper case as written; places are looked up by the flights scenario.
    static const RE codes(QStringLiteral("\\b([A-Z]{3})\\s*(?:-|–|→|to)\\s*([A-Z]{3})\\b"));
    static const RE from(QStringLiteral("\\bfrom\\s+([A-Za-z][\\w.'-]*(?:\\s+[A-Za-z][\\w.'-]*){0,2})"), CI);
    // A lookahead, so that "to fly to Tokyo" still finds the second "to".
    static const RE to(QStringLiteral("\\bto\\s+(?=([A-Za-z][\\w.'-]*(?:\\s+[A-Za-z][\\w.'-]*){0,2}))"), CI);
    if (const QRegularExpressionMatch m = codes.match(spec.text); m.hasMatch()) {
        spec.origin = m.captured(1);
        spec.destination = m.captured(2);
    }
    if (spec.origin.isEmpty())
        spec.origin = from.match(spec.text).captured(1);
    if (spec.destination.isEmpty()) {
        QRegularExpressionMatchIterator it = to.globalMatch(spec.text);
        while (it.hasNext() && spec.destination.isEmpty()) {
            const QString words = it.next().captured(1);
            if (words.at(0).isUpper())
                spec.destination = words;
        }
    }
    return spec;
}

QString TaskSpec::money(double amount) const
{
    const QString symbol = currency == QLatin1String("EUR") ? QStringLiteral("€")
        : currency == QLatin1String("GBP")                  ? QStringLiteral("£")
                                                            : QStringLiteral("$");
    const bool whole = qFuzzyCompare(amount, double(qRound64(amount)));
    return symbol + QString::number(amount, 'f', whole ? 0 : 2);
}

} // namespace agi::emu
