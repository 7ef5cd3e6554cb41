#pragma once

#include "pageview.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace agi::emu {

//! What DELETE ... ?save_snapshot_mode= keeps of a session's browser.
struct Snapshot
{
    QString userId;
    QString sessionId;     // the session it was taken from
    QString environmentId; // that session's environment_id
    QString mode;          // memory or filesystem
    QString createdAt;
    PageView page;            // the page the browser was on, without agent highlight
    QJsonObject browserState; // e.g. visited and logged-in sites

    QJsonObject toJson() const;
};

//! Saved snapshots per user, found by source session id or environment id, plus each user's
//! default environment.
class SnapshotStore final
{
public:
    void save(const Snapshot &snapshot, bool asDefault);
    std::optional<Snapshot> bySession(const QString &userId, const QString &sessionId) const;
    std::optional<Snapshot> byEnvironment(const QString &userId, const QString &environmentId) const;
    std::optional<Snapshot> defaultFor(const QString &userId) const;
    //! Every snapshot and every user's default environment id, for /_emulator/snapshots.
    QJsonObject toJson() const;

private:
    QList<Snapshot> m_snapshots;             // newest last
    QHash<QString, QString> m_defaultByUser; // user id -> environment id
};

} // namespace agi::emu
