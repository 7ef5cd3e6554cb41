#include "model/displaytext.h"

#include <algorithm>

namespace agi {

namespace {

enum class Treatment {
    Keep,
    LineBreak,
    Space,
    Code
};

Treatment treatmentOf(char32_t c)
{
    if (c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029)
        return Treatment::LineBreak;
    if (c == U'\t')
        return Treatment::Space;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return Treatment::Code;
    switch (c) {
    case 0x061c: // Arabic letter mark
    case 0x200b: // zero width space
    case 0x200c: // zero width non-joiner
    case 0x200d: // zero width joiner
    case 0x200e: // left-to-right mark
    case 0x200f: // right-to-left mark
    case 0x2060: // word joiner
    case 0xfeff: // zero width no-break space
        return Treatment::Code;
    default:
        break;
    }
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) // embeddings, overrides, isolates
        return Treatment::Code;
    return Treatment::Keep;
}

} // namespace

bool DisplayText::needsEscaping(const QString &text)
{
    const QList<uint> characters = text.toUcs4();
    return std::ranges::any_of(characters, [](uint c) { return treatmentOf(char32_t(c)) != Treatment::Keep; });
}

QString DisplayText::oneLine(const QString &text)
{
    if (!needsEscaping(text))
        return text;
    QString shown;
    shown.reserve(text.size() + 16);
    const QList<uint> characters = text.toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const auto c = char32_t(characters.at(i));
        switch (treatmentOf(c)) {
        case Treatment::Keep:
            shown.append(QString::fromUcs4(&c, 1));
            break;
        case Treatment::LineBreak:
            // CR LF is one break.
            if (c == U'\r' && i + 1 < characters.size() && characters.at(i + 1) == uint(U'\n'))
                ++i;
            shown.append(QChar(0x23ce)); // ⏎
            break;
        case Treatment::Space:
            shown.append(QLatin1Char(' '));
            break;
        case Treatment::Code:
            shown.append(QStringLiteral("<U+%1>").arg(QString::number(uint(c), 16).toUpper(), 4, QLatin1Char('0')));
            break;
        }
    }
    return shown;
}

QString DisplayText::url(const QUrl &url)
{
    return oneLine(url.toDisplayString());
}

} // namespace agi
