#include "model/messagemodel.h"

#include "model/agentresult.h"

#include <algorithm>

namespace agi {

MessageModel::MessageModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

MessageModel::~MessageModel() = default;

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Message &message = row.message;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case Qt::ToolTipRole:
        return message.timestamp.isValid() ? QVariant(message.timestamp.toLocalTime()) : QVariant();
    case MessageRole:
        return QVariant::fromValue(message);
    case IdRole:
        return message.id;
    case TypeRole:
        return QVariant::fromValue(message.type);
    case TypeTextRole:
        return message.typeText;
    case TimestampRole:
        return message.timestamp;
    case IsQuestionRole:
        return message.type == Message::Type::Question;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageRole, QByteArrayLiteral("message"));
    names.insert(IdRole, QByteArrayLiteral("messageId"));
    names.insert(TypeRole, QByteArrayLiteral("type"));
    names.insert(TypeTextRole, QByteArrayLiteral("typeText"));
    names.insert(TextRole, QByteArrayLiteral("text"));
    names.insert(TimestampRole, QByteArrayLiteral("timestamp"));
    names.insert(IsQuestionRole, QByteArrayLiteral("isQuestion"));
    return names;
}

bool MessageModel::accepts(const Message &message, qint64 lastId, const Message *previous) const
{
    if (message.id > 0)
        return message.id > lastId;
    // Without an id only an exact repeat of the line before can be recognised.
    return previous == nullptr || *previous != message;
}

int MessageModel::append(const QList<Message> &messages)
{
    QList<Row> fresh;
    qint64 lastId = m_lastId;
    auto previous = [&]() -> const Message * {
        if (!fresh.isEmpty())
            return &fresh.constLast().message;
        return m_rows.isEmpty() ? nullptr : &m_rows.constLast().message;
    };
    for (const Message &message : messages) {
        if (!accepts(message, lastId, previous())) {
            takeTimeFrom(message);
            continue;
        }
        lastId = std::max(lastId, message.id);
        fresh.append(Row {message, AgentResult::lineFor(message)});
    }
    if (fresh.isEmpty())
        return 0;
    m_lastId = lastId;
    const int added = int(fresh.size());
    // Make room first, so the model never holds more than the maximum, even for a moment.
    if (fresh.size() > m_maximumCount)
        fresh.remove(0, fresh.size() - m_maximumCount);
    trimTo(m_maximumCount - int(fresh.size()));
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
    return added;
}

void MessageModel::takeTimeFrom(const Message &repeat)
{
    if (repeat.id <= 0 || !repeat.timestamp.isValid())
        return;
    // Rows with an id run in id order (steps, without one, lie between them): the repeat is found
    // from the newest back.
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        Message &held = m_rows[row].message;
        if (held.id <= 0 || held.id > repeat.id)
            continue;
        if (held.id < repeat.id)
            return;
        if (!held.timestamp.isValid()) {
            held.timestamp = repeat.timestamp;
            const QModelIndex changed = index(int(row));
            Q_EMIT dataChanged(changed, changed);
        }
        return;
    }
}

int MessageModel::append(const Message &message)
{
    return append(QList<Message> {message});
}

void MessageModel::clear()
{
    m_lastId = 0;
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

Message MessageModel::messageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).message : Message();
}

void MessageModel::setMaximumCount(int count)
{
    m_maximumCount = std::max(1, count);
    trimTo(m_maximumCount);
}

void MessageModel::trimTo(int count)
{
    const int excess = int(m_rows.size()) - std::max(0, count);
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.remove(0, excess);
    endRemoveRows();
}

} // namespace agi
