#pragma once

#include "model/snapshotdefaultperiod.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace agi {

class SnapshotLibrary;

//! The default environment's history of a SnapshotLibrary as a table, newest first: the snapshot
//! (its name in the library, or its session id once forgotten), from, until ("now" while current).
class SnapshotDefaultHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotDefaultHistoryModel)

public:
    enum Column {
        SnapshotColumn,
        FromColumn,
        UntilColumn,
        ColumnCount
    };
    enum Role {
        SessionIdRole = Qt::UserRole + 1, // QString
        FromRole,                         // QDateTime (UTC)
        UntilRole,                        // QDateTime (UTC), invalid while current
        IsCurrentRole,                    // bool
    };

    explicit SnapshotDefaultHistoryModel(SnapshotLibrary *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reread();
    QString snapshotName(const QString &sessionId) const;

    QPointer<SnapshotLibrary> m_library;
    QList<SnapshotDefaultPeriod> m_periods; // newest first
};

} // namespace agi
