#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace agi {

//! Sends a new task or a follow-up to the shown session: the message, an optional start URL, and
//! what stops it from being sent (checked before anything goes out, the API's 1-10,000 characters
//! and an http(s) URL). The line under it keeps its height, so nothing moves as messages come and go.
class MessageComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageComposer)

public:
    explicit MessageComposer(QWidget *parent = nullptr);

    void setSending(bool sending);
    //! What the server answered, or why the message was not sent; empty clears.
    void setNote(const QString &text);
    QString note() const;
    //! Empties the boxes after a message was taken.
    void clearMessage();
    QLineEdit *messageEdit() const { return m_message; }
    QLineEdit *startUrlEdit() const { return m_startUrl; }

Q_SIGNALS:
    void sendRequested(const QString &message, const QUrl &startUrl);

private:
    void submit();

    QLineEdit *m_message = nullptr;
    QLineEdit *m_startUrl = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace agi
