#pragma once

#include "api/message.h"

#include <QListView>

class QToolButton;

namespace agi {

class MessageModel;

//! The agent's messages as a list that follows the newest one, unless the user scrolled up to
//! read: then it stays where it is and offers "Jump to latest" with the count of new messages.
class TimelineView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    //! The messages to show (not owned); nullptr shows none.
    void setMessages(MessageModel *messages);
    MessageModel *messages() const { return m_messages; }
    //! Whether the newest message is kept in view as messages arrive.
    bool isFollowing() const { return m_following; }
    //! Messages that arrived while the user was scrolled up.
    int unseenCount() const { return m_unseen; }
    QToolButton *jumpButton() const { return m_jump; }

public Q_SLOTS:
    void jumpToLatest();
    //! Selects the message with `id` (the one of the frame being viewed) without making it current
    //! and without scrolling; 0 or an unknown id clears the mark.
    void markMessage(qint64 id);

Q_SIGNALS:
    //! A message was chosen (click or keyboard); invalid message when the selection went.
    void messageChosen(const agi::Message &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onRowsInserted();
    void onScrolled();
    void placeJumpButton();
    void updateJumpButton();

    MessageModel *m_messages = nullptr;
    QToolButton *m_jump = nullptr;
    bool m_following = true;
    int m_unseen = 0;
};

} // namespace agi
