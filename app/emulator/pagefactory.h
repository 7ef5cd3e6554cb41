#pragma once

#include "pageview.h"

#include <QString>
#include <QUrl>

namespace agi::emu {

//! Builds the PageViews the emulated browser shows outside a scenario: a blank tab and the
//! generic page any navigated URL turns into.
class PageFactory final
{
public:
    static PageView blank();
    //! A plausible page for `address` (host as site name, path words as the heading); the page
    //! keeps `address` exactly as given.
    static PageView generic(const QString &address, quint32 seed);
    static PageElement element(PageElement::Kind kind, const QString &text, const QString &detail = {});
    //! "www.kayak.com" -> "Kayak"
    static QString siteName(const QString &host);
};

} // namespace agi::emu
