#pragma once

#include "api/message.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace agi::timelinestyle {

//! How a message type looks in the timeline and its details: one place for the glyph, the name and
//! the tint, so every view of a message says the same.
QChar glyph(Message::Type type);
//! "Question", "Thought" ... for the user; an unknown type keeps the server's name.
QString typeName(Message::Type type, const QString &sentAs);
//! A tint readable on `palette`'s base colour (light and dark palettes alike): at least 4.5:1, the
//! contrast WCAG asks of text.
QColor tint(Message::Type type, const QPalette &palette);
//! WCAG's contrast ratio of two colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);

} // namespace agi::timelinestyle
