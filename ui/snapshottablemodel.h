#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QSize>

#include <functional>

namespace agi {

class SnapshotLibrary;

//! The snapshot library as a table: one row per entry (the library's rows, in its order), one
//! column per fact the library view shows. Every library role is answered on every column, so
//! SnapshotFilterProxy filters it as it filters the library; SortRole gives each column's sort key.
//! Follows the library live (inserts, removals, changes, an account switch).
class SnapshotTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotTableModel)

public:
    enum Column {
        ThumbnailColumn,
        NameColumn,
        DefaultColumn,
        SessionColumn,
        UrlColumn,
        AgentColumn,
        SavedColumn,
        ModeColumn,
        LastUsedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    //! The key a column sorts by (QDateTime for times, else text).
    static constexpr int SortRole = Qt::UserRole + 100;
    //! The size of the thumbnails in the first column.
    static QSize thumbnailSize() { return {72, 45}; }

    using Clock = std::function<QDateTime()>;

    explicit SnapshotTableModel(SnapshotLibrary *library, QObject *parent = nullptr);

    SnapshotLibrary *library() const { return m_library; }
    //! The row of the entry, in the library's order; -1 when unknown.
    QModelIndex indexOf(const QString &sessionId, int column = NameColumn) const;

    //! Tells views that "2 min ago" moved on; the view calls it from a timer.
    void refreshRelativeTimes();
    //! For tests: the time relative texts are measured from (default: the current time).
    void setClock(Clock clock);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const QModelIndex &source, int column) const;
    QVariant toolTipData(const QModelIndex &source, int column) const;
    QVariant sortData(const QModelIndex &source, int column) const;
    //! "Current default (replaced <name>)", "Earlier default", "No longer on the server".
    QString statusText(const QModelIndex &source) const;
    QString nameOf(const QString &sessionId) const;
    QDateTime now() const;

    SnapshotLibrary *m_library = nullptr;
    Clock m_clock;
    mutable QHash<QString, QImage> m_thumbnails; // scaled to thumbnailSize(), by session id
};

} // namespace agi
