#pragma once

#include <QString>

namespace agi::emu {

//! English noun forms for the scripted agent's sentences and page titles: "mice" -> "mouse",
//! "battery" -> "batteries". The last word of a phrase changes ("wireless mice").
class WordForms final
{
public:
    static QString singular(const QString &phrase);
    static QString plural(const QString &phrase);
};

} // namespace agi::emu
