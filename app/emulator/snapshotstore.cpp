#include "snapshotstore.h"

#include <QJsonArray>

#include <algorithm>

namespace agi::emu {

QJsonObject Snapshot::toJson() const
{
    return QJsonObject {
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("session_id"), sessionId},
        {QStringLiteral("environment_id"), environmentId},
        {QStringLiteral("mode"), mode},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("url"), page.address()},
        {QStringLiteral("title"), page.title},
        {QStringLiteral("browser_state"), browserState},
    };
}

void SnapshotStore::save(const Snapshot &snapshot, bool asDefault)
{
    // A later save of the same environment replaces the earlier one.
    m_snapshots.removeIf([&](const Snapshot &old) {
        return old.userId == snapshot.userId && old.environmentId == snapshot.environmentId;
    });
    m_snapshots.append(snapshot);
    if (asDefault)
        m_defaultByUser.insert(snapshot.userId, snapshot.environmentId);
}

std::optional<Snapshot> SnapshotStore::bySession(const QString &userId, const QString &sessionId) const
{
    const auto it = std::find_if(m_snapshots.crbegin(), m_snapshots.crend(),
        [&](const Snapshot &snapshot) { return snapshot.userId == userId && snapshot.sessionId == sessionId; });
    if (it == m_snapshots.crend())
        return std::nullopt;
    return *it;
}

std::optional<Snapshot> SnapshotStore::byEnvironment(const QString &userId, const QString &environmentId) const
{
    const auto it = std::find_if(m_snapshots.crbegin(), m_snapshots.crend(),
        [&](const Snapshot &snapshot) { return snapshot.userId == userId && snapshot.environmentId == environmentId; });
    if (it == m_snapshots.crend())
        return std::nullopt;
    return *it;
}

std::optional<Snapshot> SnapshotStore::defaultFor(const QString &userId) const
{
    const auto it = m_defaultByUser.constFind(userId);
    if (it == m_defaultByUser.cend())
        return std::nullopt;
    return byEnvironment(userId, it.value());
}

QJsonObject SnapshotStore::toJson() const
{
    QJsonArray snapshots;
    for (const Snapshot &snapshot : m_snapshots) {
        QJsonObject json = snapshot.toJson();
        json.insert(QStringLiteral("is_default"), m_defaultByUser.value(snapshot.userId) == snapshot.environmentId);
        snapshots.append(json);
    }
    QJsonObject defaults;
    for (auto it = m_defaultByUser.cbegin(); it != m_defaultByUser.cend(); ++it)
        defaults.insert(it.key(), it.value());
    return QJsonObject {{QStringLiteral("snapshots"), snapshots}, {QStringLiteral("default_environments"), defaults}};
}

} // namespace agi::emu
