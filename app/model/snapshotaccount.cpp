#include "model/snapshotaccount.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace agi {

namespace {

QString normalizedUrl(const QUrl &url)
{
    // The same server written with or without a trailing slash is one account.
    QUrl plain = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo | QUrl::NormalizePathSegments);
    if (plain.path() == QLatin1String("/"))
        plain.setPath(QString());
    return plain.toString(QUrl::FullyEncoded).toLower();
}

} // namespace

QString SnapshotAccount::key() const
{
    if (demo)
        return QStringLiteral("demo");
    const QByteArray identity = (normalizedUrl(baseUrl) + QLatin1Char('\n') + userId.trimmed()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16);
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9.-]"));
    QString host = baseUrl.host().toLower().replace(unsafe, QStringLiteral("_"));
    if (host.isEmpty())
        host = QStringLiteral("server");
    return host + QLatin1Char('-') + QString::fromLatin1(hash);
}

QString SnapshotAccount::displayText() const
{
    if (demo)
        return tr("Demo (built-in emulator)");
    QString server = baseUrl.host();
    if (baseUrl.port() > 0)
        server += QLatin1Char(':') + QString::number(baseUrl.port());
    if (server.isEmpty())
        server = baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    const QString user = userId.trimmed();
    return user.isEmpty() ? tr("%1 (no user id set)").arg(server) : tr("%1, user %2").arg(server, user);
}

} // namespace agi
