#include "keyring.h"

#include "seededids.h"

namespace agi::emu {

KeyRing::KeyRing(const EmulatorConfig &config)
{
    QStringList keys = config.keys;
    if (keys.isEmpty()) {
        // A generated key must not be guessable, so it is the one thing not drawn from the seed.
        QString key = QStringLiteral("agi_emu_");
        for (int i = 0; i < 4; ++i)
            key += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        keys.append(key);
    }
    m_firstKey = keys.constFirst();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (m_users.contains(keys.at(i)))
            continue;
        QString user;
        if (i == 0 && !config.userId.isEmpty()) {
            user = config.userId;
        } else {
            QRandomGenerator generator = SeededIds::generator(config.seed, SeededIds::User, quint32(i));
            user = QStringLiteral("user_") + SeededIds::uuid(generator).remove(QLatin1Char('-')).left(24);
        }
        m_users.insert(keys.at(i), user);
    }
    for (const QString &key : config.revokedKeys)
        m_revoked.insert(key);
}

KeyRing::Verdict KeyRing::check(const QByteArray &authorization, QString *userId) const
{
    const QByteArray trimmed = authorization.trimmed();
    if (!trimmed.startsWith("Bearer ") && !trimmed.startsWith("bearer "))
        return Verdict::Unknown;
    const QString key = QString::fromUtf8(trimmed.mid(7).trimmed());
    if (m_revoked.contains(key))
        return Verdict::Revoked;
    const auto it = m_users.constFind(key);
    if (it == m_users.cend())
        return Verdict::Unknown;
    if (userId)
        *userId = it.value();
    return Verdict::Ok;
}

} // namespace agi::emu
