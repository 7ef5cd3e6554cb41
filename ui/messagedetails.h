#pragma once

#include "api/message.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace agi {

class ElidedLabel;

//! One message of the timeline in full: its type and time, the page of that moment when it came
//! with one (URL and title), its whole text, and a structured result (DONE's JSON) as a summary
//! line above an expandable tree, copyable as JSON.
class MessageDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDetails)

public:
    explicit MessageDetails(QWidget *parent = nullptr);

    void showMessage(const Message &message);
    void clear();
    Message message() const { return m_message; }

    //! The result's summary line and its tree (empty when the message has no structured result).
    QString summary() const;
    QTreeWidget *resultTree() const { return m_tree; }
    //! The structured result as indented JSON (what "Copy JSON" copies).
    QString resultJson() const;

Q_SIGNALS:
    //! For the status bar: "Copied the result as JSON".
    void notice(const QString &text);

private:
    static void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value);

    Message m_message;
    QLabel *m_heading = nullptr;
    ElidedLabel *m_page = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_copyJson = nullptr;
};

} // namespace agi
