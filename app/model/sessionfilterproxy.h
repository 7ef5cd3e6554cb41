#pragma once

#include "api/sessionstatus.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace agi {

//! Filters the session list by status and by text (id, agent, task) and sorts any column by the
//! source's SortRole, so dates sort as dates and statuses by urgency.
class SessionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFilterProxy)

public:
    explicit SessionFilterProxy(QObject *parent = nullptr);

    //! Shows only sessions with one of these statuses; an empty list shows every status.
    void setStatusFilter(const QList<SessionStatus::Value> &statuses);
    QList<SessionStatus::Value> statusFilter() const;

    //! Case-insensitive substring of the full id, the agent or the task; blank shows all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    static constexpr quint32 bit(SessionStatus::Value status) { return 1U << quint32(status); }

    quint32 m_statusMask = 0; // 0: no status filter
    QString m_text;
};

} // namespace agi
