#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace agi {

//! Whose snapshots a library holds: the server (base URL) and the user id on it. Snapshots are
//! kept apart per account, so the demo's never show against the real API and two accounts never
//! mix.
//!
//! Without a user id, the account is the server alone: every key used on that server shares one
//! library (a key can be replaced without losing it). The demo emulator is one account of its own,
//! whatever port it runs on.
struct SnapshotAccount
{
    Q_DECLARE_TR_FUNCTIONS(agi::SnapshotAccount)

public:
    QUrl baseUrl;
    QString userId;
    bool demo = false;

    //! No server known yet: the library keeps its single unscoped file.
    bool isNull() const { return !demo && baseUrl.isEmpty(); }

    //! A stable file-system name for the account ("demo", or "<host>-<hash>").
    QString key() const;
    //! For the user: "Demo (built-in emulator)", "api.example.com, user u-123",
    //! "api.example.com (no user id set)".
    QString displayText() const;

    friend bool operator==(const SnapshotAccount &, const SnapshotAccount &) = default;
};

} // namespace agi

Q_DECLARE_METATYPE(agi::SnapshotAccount)
