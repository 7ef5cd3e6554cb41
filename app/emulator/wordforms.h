#pragma once

#include <QString>

namespace agi::emu {

//! English noun forms for the scripted agent's sentences and page titles: "mice" -> "mouse",
//! "battery" -> "batteries". The last word of a phrase changes ("wireless mice").
namespace WordForms {
QString singular(const QString &phrase);
QString plural(const QString &phrase);
bool isPlural(const QString &phrase);
} // namespace WordForms

} // namespace agi::emu
