#include "api/serveraddress.h"

#include <QHostAddress>

namespace agi {

bool ServerAddress::isLoopbackHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

ServerAddress::Verdict ServerAddress::check(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Verdict::Invalid;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return Verdict::Allowed;
    if (scheme == QLatin1String("http"))
        return isLoopbackHost(url.host()) ? Verdict::Allowed : Verdict::PlainHttpElsewhere;
    return Verdict::UnsupportedScheme;
}

} // namespace agi
