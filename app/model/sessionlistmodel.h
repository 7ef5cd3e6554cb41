#pragma once

#include "api/executionstatus.h"
#include "api/session.h"
#include "model/sessionstate.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>

#include <array>
#include <functional>

namespace agi {

//! The sessions the server lists, one row each; refreshes are diffed into row inserts, removals
//! and per-cell dataChanged so selections and scroll positions survive.
class SessionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)

public:
    enum Column {
        IdColumn,
        AgentColumn,
        StatusColumn,
        CreatedColumn,
        TaskColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SessionRole = Qt::UserRole + 1, // agi::Session
        IdRole,                         // QString, the full id, on every column
        StatusRole,                     // SessionStatus::Value the state wears (its colour and icon)
        CreatedRole,                    // QDateTime (UTC)
        TaskRole,                       // QString
        SortRole,                       // what the column sorts by (QDateTime, rank, text)
        StatusColorRole,                // QColor of the status, for views that draw their own badge
        StalledSinceRole,               // QDateTime (UTC) of the last change of a stalled session; invalid otherwise
        StateRole,                      // SessionState::Value: the task's state while live, else the listed one
        FullIdRole = IdRole,
    };
    Q_ENUM(Role)

    using Clock = std::function<QDateTime()>;

    explicit SessionListModel(QObject *parent = nullptr);
    ~SessionListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Replaces the list with the server's, in the server's order (newest first). Rows that stay
    //! keep their place; only what differs is signalled.
    void setSessions(const QList<Session> &sessions);
    //! Drops one row at once (after a successful DELETE), before the next refresh confirms it.
    void removeSession(const QString &sessionId);
    void clear();

    //! The task text shown for a session; may be set before the session appears in the list.
    void setTask(const QString &sessionId, const QString &task);
    QString task(const QString &sessionId) const;

    //! The status of the session's task (needs input, paused, finished ...), where it is followed; the
    //! Status column, StateRole and the sort then show it while the session is live. Unknown clears it.
    void setTaskStatus(const QString &sessionId, const ExecutionStatus &status);
    //! What the session is doing, from its listed status and its task's status when known.
    SessionState stateOf(const QString &sessionId) const;

    //! Marks a session stalled since `lastChange` (its status then says so); an invalid time clears it.
    void setStalledSince(const QString &sessionId, const QDateTime &lastChange);

    //! Tells views that the "2 min ago" texts moved on; the UI calls it from a timer.
    void refreshRelativeTimes();

    //! The row of a session, -1 when it is not listed.
    int rowOf(const QString &sessionId) const;
    QModelIndex indexOf(const QString &sessionId, int column = IdColumn) const;
    Session sessionAt(int row) const;
    QList<Session> sessions() const;

    //! For tests: the time relative texts are measured from (default: the current time).
    void setClock(Clock clock);

    static QString shortId(const QString &sessionId);
    static QColor statusColor(SessionStatus::Value status);
    //! "just now", "42 s ago", "2 min ago", "3 h ago", "5 d ago"; empty for an invalid time.
    static QString relativeTime(const QDateTime &then, const QDateTime &now);

private:
    QVariant displayData(const Session &session, int column) const;
    QVariant toolTipData(const Session &session, int column) const;
    QVariant sortData(const Session &session, int column) const;
    QIcon statusIcon(SessionStatus::Value status) const;
    SessionState stateFor(const Session &session) const;
    QString taskFor(const Session &session) const;
    //! The status text, with "stalled" and the time since the last change when the session is.
    QString statusText(const Session &session) const;
    void removeMissing(const QList<Session> &incoming);
    void updateExisting(const QList<Session> &incoming);
    void updateRow(int row, const Session &session);
    void insertNew(const QList<Session> &incoming);
    void rebuildIndex();

    QList<Session> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_tasks;
    QHash<QString, QDateTime> m_stalledSince;
    QHash<QString, ExecutionStatus> m_taskStatus;
    Clock m_clock;
    mutable std::array<QIcon, 8> m_statusIcons;
};

} // namespace agi
