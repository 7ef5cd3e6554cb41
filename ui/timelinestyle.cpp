#include "timelinestyle.h"

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

QColor tint(Message::Type type, const QPalette &palette)
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

} // namespace agi::timelinestyle
