#pragma once

#include "emulatorconfig.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace agi::emu {

//! The API keys the emulator accepts, the user id each belongs to, and the revoked ones.
class KeyRing final
{
public:
    enum class Verdict {
        Ok,
        Unknown,
        Revoked
    };

    explicit KeyRing(const EmulatorConfig &config);

    //! Checks an `Authorization` header value; sets *userId on success.
    Verdict check(const QByteArray &authorization, QString *userId) const;
    const QString &firstKey() const { return m_firstKey; }
    QString userFor(const QString &key) const { return m_users.value(key); }

private:
    QHash<QString, QString> m_users; // key -> user id
    QSet<QString> m_revoked;
    QString m_firstKey;
};

} // namespace agi::emu
