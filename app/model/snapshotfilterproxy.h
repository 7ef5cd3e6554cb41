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
    //! Which entries are listed.
    enum class Shown {
        All,
        Defaults, // saves that made the default environment, the current one and earlier ones
        Missing,  // entries the server no longer has
    };

    explicit SnapshotFilterProxy(QObject *parent = nullptr);

    Shown shown() const { return m_shown; }
    void setShown(Shown shown);

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
    Shown m_shown = Shown::All;
};

} // namespace agi
