#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace agi {

//! The snapshot library as the library view lists it: searched by name, URL and page title (every
//! word must match somewhere, case-insensitive), optionally only the entries the server still has,
//! sorted by the role of the column's sort (saved at by default, newest first).
class SnapshotFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotFilterProxy)

public:
    explicit SnapshotFilterProxy(QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

    bool hidesMissing() const { return m_hideMissing; }
    //! Leaves out entries the server no longer has.
    void setHidesMissing(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QStringList m_words;
    bool m_hideMissing = false;
};

} // namespace agi
