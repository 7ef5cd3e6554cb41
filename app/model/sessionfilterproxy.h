#pragma once

#include "model/sessionstate.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace agi {

//! Filters the session list by state (the task's own while live: needs input, paused ...) and by text (id, agent, task) and sorts any column by the
//! source's SortRole, so dates sort as dates and statuses by urgency.
class SessionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFilterProxy)

public:
    explicit SessionFilterProxy(QObject *parent = nullptr);

    //! Shows only sessions in one of these states; an empty list shows every state.
    void setStateFilter(const QList<SessionState::Value> &states);
    QList<SessionState::Value> stateFilter() const;

    //! Case-insensitive substring of the full id, the agent or the task; blank shows all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    static constexpr quint32 bit(SessionState::Value state) { return 1U << quint32(state); }

    quint32 m_stateMask = 0; // 0: no state filter
    QString m_text;
};

} // namespace agi
