#include "timelinestyle.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace agi::timelinestyle {

QChar glyph(Message::Type type)
{
    switch (type) {
    case Message::Type::Question:
        return u'?';
    case Message::Type::Done:
        return QChar(0x2713); // check mark
    case Message::Type::Error:
        return u'!';
    case Message::Type::User:
        return QChar(0x203A); // single right-pointing angle quotation mark
    case Message::Type::Step:
        return QChar(0x2192); // rightwards arrow
    case Message::Type::Log:
        return u'i';
    case Message::Type::Thought:
        return QChar(0x2026); // ellipsis
    case Message::Type::Unknown:
        break;
    }
    return u'\u00B7';
}

QString typeName(Message::Type type, const QString &sentAs)
{
    switch (type) {
    case Message::Type::Question:
        return QCoreApplication::translate("Timeline", "Question");
    case Message::Type::Done:
        return QCoreApplication::translate("Timeline", "Done");
    case Message::Type::Error:
        return QCoreApplication::translate("Timeline", "Error");
    case Message::Type::User:
        return QCoreApplication::translate("Timeline", "You");
    case Message::Type::Step:
        return QCoreApplication::translate("Timeline", "Step");
    case Message::Type::Log:
        return QCoreApplication::translate("Timeline", "Log");
    case Message::Type::Thought:
        return QCoreApplication::translate("Timeline", "Thought");
    case Message::Type::Unknown:
        break;
    }
    return sentAs.isEmpty() ? QCoreApplication::translate("Timeline", "Message") : sentAs;
}

namespace {

// WCAG's relative luminance.
double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// `color`, lightened on a dark base or darkened on a light one until text in it reads (4.5:1).
QColor readableOn(QColor color, const QColor &base)
{
    const bool dark = base.lightness() < 128;
    for (int step = 0; step < 20 && contrast(color, base) < 4.5; ++step)
        color = dark ? color.lighter(112) : color.darker(112);
    return color;
}

QColor baseTint(Message::Type type, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // Hues of Breeze's positive, negative, neutral and link colours, lighter on dark bases.
    switch (type) {
    case Message::Type::Question:
        return dark ? QColor(0xf6, 0x74, 0x00) : QColor(0xc2, 0x5a, 0x00);
    case Message::Type::Done:
        return dark ? QColor(0x3d, 0xd4, 0x6f) : QColor(0x1e, 0x8a, 0x44);
    case Message::Type::Error:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
    case Message::Type::User:
        return palette.color(QPalette::Highlight);
    case Message::Type::Step:
        return dark ? QColor(0x6c, 0xb4, 0xee) : QColor(0x1d, 0x63, 0xa8);
    case Message::Type::Log:
    case Message::Type::Thought:
    case Message::Type::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor tint(Message::Type type, const QPalette &palette)
{
    // The user's own colour is the palette's highlight, which a scheme picks for a background:
    // made readable as text here, like every other tint.
    return readableOn(baseTint(type, palette), palette.color(QPalette::Base));
}

} // namespace agi::timelinestyle
