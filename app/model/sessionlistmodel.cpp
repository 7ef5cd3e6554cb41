#include "model/sessionlistmodel.h"

#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>
#include <utility>

namespace agi {

namespace {

constexpr int kShortIdLength = 8;

QList<Session> withoutDuplicates(const QList<Session> &sessions)
{
    QList<Session> unique;
    unique.reserve(sessions.size());
    QSet<QString> seen;
    for (const Session &session : sessions) {
        if (seen.contains(session.id))
            continue;
        seen.insert(session.id);
        unique.append(session);
    }
    return unique;
}

QImage dot(const QColor &colour, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(125), size / 16.0));
    painter.setBrush(colour);
    const qreal margin = size * 0.22;
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
    return image;
}

} // namespace

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

SessionListModel::~SessionListModel() = default;

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &session = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(session, column);
    case Qt::ToolTipRole:
        return toolTipData(session, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return statusIcon(stateFor(session).look);
        return {};
    case SessionRole:
        return QVariant::fromValue(session);
    case IdRole:
        return session.id;
    case StatusRole:
        return QVariant::fromValue(stateFor(session).look);
    case StateRole:
        return QVariant::fromValue(stateFor(session).value);
    case CreatedRole:
        return session.createdAt;
    case TaskRole:
        return taskFor(session);
    case SortRole:
        return sortData(session, column);
    case StatusColorRole:
        return statusColor(stateFor(session).look);
    case StalledSinceRole:
        return m_stalledSince.value(session.id);
    default:
        return {};
    }
}

QVariant SessionListModel::displayData(const Session &session, int column) const
{
    switch (column) {
    case IdColumn:
        return shortId(session.id);
    case AgentColumn:
        return session.agentName;
    case StatusColumn:
        return statusText(session);
    case CreatedColumn:
        return relativeTime(session.createdAt, m_clock());
    case TaskColumn:
        // One line in the table; the tooltip and TaskRole keep the full text.
        return taskFor(session).simplified();
    default:
        return {};
    }
}

QVariant SessionListModel::toolTipData(const Session &session, int column) const
{
    switch (column) {
    case IdColumn:
        return session.id;
    case StatusColumn:
        return statusText(session);
    case CreatedColumn:
        if (!session.createdAt.isValid())
            return tr("Creation time unknown");
        return QLocale().toString(session.createdAt.toLocalTime(), QLocale::LongFormat);
    case TaskColumn: {
        const QString task = taskFor(session);
        return task.isEmpty() ? QVariant() : QVariant(task);
    }
    default:
        return {};
    }
}

QVariant SessionListModel::sortData(const Session &session, int column) const
{
    switch (column) {
    case IdColumn:
        return session.id;
    case AgentColumn:
        return session.agentName;
    case StatusColumn:
        return SessionState::rank(stateFor(session).value);
    case CreatedColumn:
        return session.createdAt;
    case TaskColumn:
        return taskFor(session);
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Session");
    case AgentColumn:
        return tr("Agent");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case TaskColumn:
        return tr("Task");
    default:
        return {};
    }
}

Qt::ItemFlags SessionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SessionRole, QByteArrayLiteral("session"));
    names.insert(IdRole, QByteArrayLiteral("sessionId"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(CreatedRole, QByteArrayLiteral("created"));
    names.insert(TaskRole, QByteArrayLiteral("task"));
    names.insert(SortRole, QByteArrayLiteral("sortKey"));
    names.insert(StatusColorRole, QByteArrayLiteral("statusColor"));
    names.insert(StalledSinceRole, QByteArrayLiteral("stalledSince"));
    names.insert(StateRole, QByteArrayLiteral("state"));
    return names;
}

void SessionListModel::setSessions(const QList<Session> &sessions)
{
    const QList<Session> incoming = withoutDuplicates(sessions);
    removeMissing(incoming);
    updateExisting(incoming);
    insertNew(incoming);
}

void SessionListModel::removeMissing(const QList<Session> &incoming)
{
    QSet<QString> keep;
    for (const Session &session : incoming)
        keep.insert(session.id);
    // From the bottom up, so the rows above a removed range keep their numbers.
    int last = int(m_rows.size()) - 1;
    while (last >= 0) {
        if (keep.contains(m_rows.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !keep.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_tasks.remove(m_rows.at(row).id);
        m_rows.remove(first, last - first + 1);
        rebuildIndex();
        endRemoveRows();
        last = first - 1;
    }
}

void SessionListModel::updateExisting(const QList<Session> &incoming)
{
    for (const Session &session : incoming) {
        const int row = m_rowById.value(session.id, -1);
        if (row >= 0 && m_rows.at(row) != session)
            updateRow(row, session);
    }
}

void SessionListModel::updateRow(int row, const Session &session)
{
    const Session old = std::exchange(m_rows[row], session);
    int first = ColumnCount;
    int last = -1;
    auto touch = [&](int column, bool changed) {
        if (changed) {
            first = std::min(first, column);
            last = std::max(last, column);
        }
    };
    touch(AgentColumn, old.agentName != session.agentName);
    touch(StatusColumn, old.status != session.status);
    touch(CreatedColumn, old.createdAt != session.createdAt);
    touch(TaskColumn, taskFor(old) != taskFor(session));
    if (last < 0) {
        // Only fields without a column changed (vnc_url, environment_id): the Session itself did.
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {SessionRole});
        return;
    }
    Q_EMIT dataChanged(index(row, first), index(row, last));
}

void SessionListModel::insertNew(const QList<Session> &incoming)
{
    const int count = int(incoming.size());
    int i = 0;
    while (i < count) {
        if (m_rowById.contains(incoming.at(i).id)) {
            ++i;
            continue;
        }
        int end = i;
        while (end < count && !m_rowById.contains(incoming.at(end).id))
            ++end;
        // A run of new sessions goes right above the listed session that follows it on the
        // server, so the server's newest-first order holds for rows that appear later.
        const int at = end < count ? m_rowById.value(incoming.at(end).id) : int(m_rows.size());
        beginInsertRows({}, at, at + (end - i) - 1);
        for (int k = i; k < end; ++k)
            m_rows.insert(at + (k - i), incoming.at(k));
        rebuildIndex();
        endInsertRows();
        i = end;
    }
}

void SessionListModel::removeSession(const QString &sessionId)
{
    const int row = rowOf(sessionId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_tasks.remove(sessionId);
    m_taskStatus.remove(sessionId);
    rebuildIndex();
    endRemoveRows();
}

void SessionListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowById.clear();
    m_tasks.clear();
    m_stalledSince.clear();
    m_taskStatus.clear();
    endRemoveRows();
}

void SessionListModel::setTask(const QString &sessionId, const QString &task)
{
    if (m_tasks.contains(sessionId) && m_tasks.value(sessionId) == task)
        return;
    m_tasks.insert(sessionId, task);
    const int row = rowOf(sessionId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, TaskColumn), index(row, TaskColumn));
}

QString SessionListModel::task(const QString &sessionId) const
{
    const int row = rowOf(sessionId);
    return row >= 0 ? taskFor(m_rows.at(row)) : m_tasks.value(sessionId);
}

QString SessionListModel::taskFor(const Session &session) const
{
    // The server echoes `goal` when the session was created with one; a task the app sent wins.
    const auto it = m_tasks.constFind(session.id);
    return it != m_tasks.constEnd() ? *it : session.goal;
}

void SessionListModel::refreshRelativeTimes()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, CreatedColumn), index(int(m_rows.size()) - 1, CreatedColumn), {Qt::DisplayRole});
    for (auto it = m_stalledSince.cbegin(); it != m_stalledSince.cend(); ++it) {
        if (const QModelIndex status = indexOf(it.key(), StatusColumn); status.isValid())
            Q_EMIT dataChanged(status, status, {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

void SessionListModel::setStalledSince(const QString &sessionId, const QDateTime &lastChange)
{
    if (m_stalledSince.value(sessionId) == lastChange)
        return;
    if (lastChange.isValid())
        m_stalledSince.insert(sessionId, lastChange);
    else
        m_stalledSince.remove(sessionId);
    const QModelIndex status = indexOf(sessionId, StatusColumn);
    if (status.isValid())
        Q_EMIT dataChanged(status, status, {Qt::DisplayRole, Qt::ToolTipRole, StalledSinceRole});
}

void SessionListModel::setTaskStatus(const QString &sessionId, const ExecutionStatus &status)
{
    const bool known = status.value != ExecutionStatus::Value::Unknown;
    const auto it = m_taskStatus.constFind(sessionId);
    if (it == m_taskStatus.constEnd() ? !known : *it == status)
        return;
    if (known)
        m_taskStatus.insert(sessionId, status);
    else
        m_taskStatus.remove(sessionId);
    const int row = rowOf(sessionId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

SessionState SessionListModel::stateOf(const QString &sessionId) const
{
    const int row = rowOf(sessionId);
    return row >= 0 ? stateFor(m_rows.at(row)) : SessionState();
}

SessionState SessionListModel::stateFor(const Session &session) const
{
    return SessionState::of(session.status, m_taskStatus.value(session.id));
}

QString SessionListModel::statusText(const Session &session) const
{
    const QDateTime since = m_stalledSince.value(session.id);
    if (!since.isValid())
        return stateFor(session).text;
    return tr("Stalled, last change %1").arg(relativeTime(since, m_clock()));
}

int SessionListModel::rowOf(const QString &sessionId) const
{
    return m_rowById.value(sessionId, -1);
}

QModelIndex SessionListModel::indexOf(const QString &sessionId, int column) const
{
    const int row = rowOf(sessionId);
    return row >= 0 ? index(row, column) : QModelIndex();
}

Session SessionListModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Session();
}

QList<Session> SessionListModel::sessions() const
{
    return m_rows;
}

void SessionListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshRelativeTimes();
}

void SessionListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
}

QString SessionListModel::shortId(const QString &sessionId)
{
    return sessionId.left(kShortIdLength);
}

QColor SessionListModel::statusColor(SessionStatus::Value status)
{
    // Mid-tone colours that read on light and dark palettes alike.
    switch (status) {
    case SessionStatus::Value::Initializing:
        return {0x3d, 0x8b, 0xd9};
    case SessionStatus::Value::Ready:
        return {0x2a, 0xa1, 0x98};
    case SessionStatus::Value::Running:
        return {0x3c, 0xb3, 0x4a};
    case SessionStatus::Value::Paused:
        return {0xe6, 0xa2, 0x17};
    case SessionStatus::Value::Completed:
        return {0x7a, 0x86, 0x94};
    case SessionStatus::Value::Error:
        return {0xd9, 0x3d, 0x3d};
    case SessionStatus::Value::Terminated:
        return {0x5c, 0x63, 0x6e};
    case SessionStatus::Value::Unknown:
        break;
    }
    return {0x9a, 0x9a, 0x9a};
}

QIcon SessionListModel::statusIcon(SessionStatus::Value status) const
{
    // QPixmap needs a QGuiApplication; a core-only process (a tool, a test) gets no icon.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QIcon &icon = m_statusIcons.at(std::size_t(status));
    if (icon.isNull()) {
        const QColor colour = statusColor(status);
        icon.addPixmap(QPixmap::fromImage(dot(colour, 16)));
        icon.addPixmap(QPixmap::fromImage(dot(colour, 32)));
    }
    return icon;
}

QString SessionListModel::relativeTime(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid() || !now.isValid())
        return {};
    const qint64 seconds = then.secsTo(now);
    // A server clock slightly ahead of ours must not read as "in 3 s".
    if (seconds < 10)
        return tr("just now");
    if (seconds < 60)
        return tr("%n s ago", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n d ago", nullptr, int(seconds / 86400));
}

} // namespace agi
