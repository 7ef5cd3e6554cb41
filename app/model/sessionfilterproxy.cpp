#include "model/sessionfilterproxy.h"

#include "model/sessionlistmodel.h"

#include <QDateTime>

#include <algorithm>

namespace agi {

namespace {

constexpr SessionStatus::Value kAllStatuses[] = {
    SessionStatus::Value::Initializing,
    SessionStatus::Value::Ready,
    SessionStatus::Value::Running,
    SessionStatus::Value::Paused,
    SessionStatus::Value::Completed,
    SessionStatus::Value::Error,
    SessionStatus::Value::Terminated,
    SessionStatus::Value::Unknown,
};

} // namespace

SessionFilterProxy::SessionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void SessionFilterProxy::setStatusFilter(const QList<SessionStatus::Value> &statuses)
{
    quint32 mask = 0;
    for (const SessionStatus::Value status : statuses)
        mask |= bit(status);
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    invalidateFilter();
    Q_EMIT filterChanged();
}

QList<SessionStatus::Value> SessionFilterProxy::statusFilter() const
{
    QList<SessionStatus::Value> statuses;
    for (const SessionStatus::Value status : kAllStatuses) {
        if (m_statusMask & bit(status))
            statuses.append(status);
    }
    return statuses;
}

void SessionFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool SessionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (m_statusMask != 0) {
        const auto status = index.data(SessionListModel::StatusRole).value<SessionStatus::Value>();
        if (!(m_statusMask & bit(status)))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const QString fields[] = {
        index.data(SessionListModel::IdRole).toString(),
        source->index(sourceRow, SessionListModel::AgentColumn, sourceParent).data().toString(),
        index.data(SessionListModel::TaskRole).toString(),
    };
    return std::ranges::any_of(
        fields, [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); });
}

bool SessionFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (!a.isValid() || !b.isValid() || a.metaType() != b.metaType())
        return QSortFilterProxyModel::lessThan(left, right);
    if (a.metaType() == QMetaType::fromType<QDateTime>()) {
        // Sessions without a creation time sort as the oldest.
        const QDateTime x = a.toDateTime();
        const QDateTime y = b.toDateTime();
        if (x.isValid() != y.isValid())
            return !x.isValid();
        return x < y;
    }
    if (a.metaType() == QMetaType::fromType<int>())
        return a.toInt() < b.toInt();
    if (a.metaType() == QMetaType::fromType<QString>())
        return QString::localeAwareCompare(a.toString().toCaseFolded(), b.toString().toCaseFolded()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace agi
