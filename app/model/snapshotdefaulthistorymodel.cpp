#include "model/snapshotdefaulthistorymodel.h"

#include "model/snapshotlibrary.h"

#include <QLocale>

#include <algorithm>

namespace agi {

SnapshotDefaultHistoryModel::SnapshotDefaultHistoryModel(SnapshotLibrary *library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    if (library) {
        connect(library, &SnapshotLibrary::defaultHistoryChanged, this, &SnapshotDefaultHistoryModel::reread);
        // Names shown in the first column follow renames and forgetting.
        connect(library, &QAbstractItemModel::dataChanged, this, &SnapshotDefaultHistoryModel::reread);
        connect(library, &QAbstractItemModel::rowsRemoved, this, &SnapshotDefaultHistoryModel::reread);
        connect(library, &QAbstractItemModel::rowsInserted, this, &SnapshotDefaultHistoryModel::reread);
    }
    reread();
}

void SnapshotDefaultHistoryModel::reread()
{
    beginResetModel();
    m_periods.clear();
    if (const SnapshotLibrary *library = m_library.data())
        m_periods = library->defaultHistory();
    std::reverse(m_periods.begin(), m_periods.end());
    endResetModel();
}

QString SnapshotDefaultHistoryModel::snapshotName(const QString &sessionId) const
{
    const SnapshotLibrary *library = m_library.data();
    const std::optional<SnapshotEntry> entry = library ? library->entry(sessionId) : std::nullopt;
    return entry ? entry->displayName() : tr("Forgotten snapshot of session %1").arg(sessionId);
}

int SnapshotDefaultHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int SnapshotDefaultHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotDefaultHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotDefaultPeriod &period = m_periods.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SnapshotColumn:
            return snapshotName(period.sessionId);
        case FromColumn:
            return QLocale().toString(period.from.toLocalTime(), QLocale::ShortFormat);
        case UntilColumn:
            return period.isCurrent() ? tr("now (the default)")
                                      : QLocale().toString(period.until.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case SessionIdRole:
        return period.sessionId;
    case FromRole:
        return period.from;
    case UntilRole:
        return period.until;
    case IsCurrentRole:
        return period.isCurrent();
    default:
        return {};
    }
}

QVariant SnapshotDefaultHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SnapshotColumn:
        return tr("Default environment");
    case FromColumn:
        return tr("From");
    case UntilColumn:
        return tr("Until");
    default:
        return {};
    }
}

} // namespace agi
