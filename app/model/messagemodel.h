#pragma once

#include "api/message.h"

#include <QAbstractListModel>
#include <QList>

namespace agi {

//! One session's agent messages in arrival order: append-only by id (a repeated or older id is
//! ignored, so a catch-up after a stream reconnect cannot duplicate lines), keeping the latest ones.
class MessageModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageModel)

public:
    static constexpr int defaultMaximumCount = 5000;

    enum Role {
        MessageRole = Qt::UserRole + 1, // agi::Message
        IdRole,                         // qint64
        TypeRole,                       // Message::Type
        TypeTextRole,                   // QString as sent, e.g. "THOUGHT"
        TextRole,                       // QString, one line to list: the text, or a structured result's summary
        TimestampRole,                  // QDateTime (UTC), invalid when the server sent none
        IsQuestionRole,                 // bool: the agent waits for the user's answer
    };
    Q_ENUM(Role)

    explicit MessageModel(QObject *parent = nullptr);
    ~MessageModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Appends what is new, in the given order; returns how many messages were new.
    int append(const QList<Message> &messages);
    int append(const Message &message);
    //! A repeat of a message held without its time (the stream's events carry none) gives it the
    //! time the repeat has (from /messages); nothing is added.
    void takeTimeFrom(const Message &repeat);
    void clear();

    //! The highest id seen so far (for `after_id` catch-ups); 0 before any message with an id.
    qint64 lastId() const { return m_lastId; }
    Message messageAt(int row) const;

    //! Older rows are dropped from the top once there are more than this.
    void setMaximumCount(int count);
    int maximumCount() const { return m_maximumCount; }

private:
    struct Row
    {
        Message message;
        QString text; // rendered once: structured content is costly to render per paint
    };

    bool accepts(const Message &message, qint64 lastId, const Message *previous) const;
    void trimTo(int count);

    QList<Row> m_rows;
    qint64 m_lastId = 0;
    int m_maximumCount = defaultMaximumCount;
};

} // namespace agi
