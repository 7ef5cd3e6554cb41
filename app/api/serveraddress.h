#pragma once

#include <QString>
#include <QUrl>

namespace agi {

//! The one rule for where requests (and so the API key) may go: https anywhere, plain http to this
//! computer only. Used by ApiClient before every request and by the settings before saving.
struct ServerAddress
{
    enum class Verdict {
        Allowed,
        Invalid,            //!< not a URL with a host
        PlainHttpElsewhere, //!< http to another computer
        UnsupportedScheme   //!< neither http nor https
    };

    static Verdict check(const QUrl &url);
    //! localhost, *.localhost, 127.0.0.0/8, ::1 (with or without brackets).
    static bool isLoopbackHost(const QString &host);
};

} // namespace agi
