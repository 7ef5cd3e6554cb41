#include "model/sessionfilterproxy.h"

#include "model/sessionlistmodel.h"

#include <QDateTime>

#include <algorithm>

namespace agi {

namespace {

constexpr SessionState::Value kAllStates[] = {
    SessionState::Value::Starting,
    SessionState::Value::Idle,
    SessionState::Value::Running,
    SessionState::Value::NeedsInput,
    SessionState::Value::Paused,
    SessionState::Value::Finished,
    SessionState::Value::Error,
    SessionState::Value::Ended,
    SessionState::Value::Unknown,
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

void SessionFilterProxy::setStateFilter(const QList<SessionState::Value> &states)
{
    quint32 mask = 0;
    for (const SessionState::Value state : states)
        mask |= bit(state);
    if (mask == m_stateMask)
        return;
    m_stateMask = mask;
    invalidateFilter();
    Q_EMIT filterChanged();
}

QList<SessionState::Value> SessionFilterProxy::stateFilter() const
{
    QList<SessionState::Value> states;
    for (const SessionState::Value state : kAllStates) {
        if (m_stateMask & bit(state))
            states.append(state);
    }
    return states;
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
    if (m_stateMask != 0) {
        const auto state = index.data(SessionListModel::StateRole).value<SessionState::Value>();
        if (!(m_stateMask & bit(state)))
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
