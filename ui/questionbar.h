#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace agi {

//! The agent's pending question, prominent, with an answer box: Enter or "Answer" sends.
class QuestionBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionBar)

public:
    explicit QuestionBar(QWidget *parent = nullptr);

    //! Shows `question` (plain text); an empty one hides the bar. The answer typed so far stays
    //! while the question is the same.
    void setQuestion(const QString &question);
    QString question() const { return m_question; }
    //! While an answer is on its way: the box and the button wait.
    void setSending(bool sending);
    //! Why the answer cannot be sent, or what the server said; empty hides it.
    void setProblem(const QString &text);
    QLineEdit *answerEdit() const { return m_answer; }

Q_SIGNALS:
    void answerRequested(const QString &answer);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void submit();

    QString m_question;
    QLabel *m_text = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_answer = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace agi
