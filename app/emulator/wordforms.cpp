#include "wordforms.h"

#include <QStringList>

namespace agi::emu {

namespace {

QString singularWord(const QString &word)
{
    const QString lower = word.toLower();
    if (lower == QLatin1String("mice"))
        return word.left(1) + QStringLiteral("ouse");
    if (lower == QLatin1String("people"))
        return word.left(1) + QStringLiteral("erson");
    if (lower.endsWith(QLatin1String("ies")) && word.size() > 4)
        return word.chopped(3) + QLatin1Char('y');
    for (const char *ending : {"ches", "shes", "xes", "sses"}) {
        if (lower.endsWith(QLatin1String(ending)))
            return word.chopped(2);
    }
    if (lower.endsWith(QLatin1Char('s')) && !lower.endsWith(QLatin1String("ss")) && !lower.endsWith(QLatin1String("us"))
        && !lower.endsWith(QLatin1String("is")))
        return word.chopped(1);
    return word;
}

QString pluralWord(const QString &word)
{
    if (singularWord(word) != word)
        return word;
    const QString lower = word.toLower();
    if (lower == QLatin1String("mouse"))
        return word.left(1) + QStringLiteral("ice");
    if (lower.endsWith(QLatin1Char('y')) && word.size() > 2
        && !QStringLiteral("aeiou").contains(lower.at(lower.size() - 2)))
        return word.chopped(1) + QStringLiteral("ies");
    for (const char *ending : {"ch", "sh", "x", "ss", "s"}) {
        if (lower.endsWith(QLatin1String(ending)))
            return word + QStringLiteral("es");
    }
    return word + QLatin1Char('s');
}

QString lastWord(const QString &phrase, QString (*change)(const QString &))
{
    QStringList words = phrase.split(QLatin1Char(' '));
    if (!words.constLast().isEmpty() && words.constLast().at(0).isLetter())
        words.last() = change(words.constLast());
    return words.join(QLatin1Char(' '));
}

} // namespace

QString WordForms::singular(const QString &phrase)
{
    return lastWord(phrase, singularWord);
}

QString WordForms::plural(const QString &phrase)
{
    return lastWord(phrase, pluralWord);
}

} // namespace agi::emu
