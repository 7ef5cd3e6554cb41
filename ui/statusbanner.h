#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;
class QToolButton;

namespace agi {

//! A slim message bar in the spirit of KMessageWidget: icon, one or two lines of plain text,
//! an optional Retry button and a close button, tinted from the palette by severity.
class StatusBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBanner)

public:
    enum class Severity {
        Information,
        Warning,
        Error
    };
    Q_ENUM(Severity)

    explicit StatusBanner(QWidget *parent = nullptr);

    //! Shows the banner; `text` is shown literally (server messages are not trusted markup).
    void showMessage(Severity severity, const QString &text, bool offerRetry = false);
    //! Like showMessage(), with a button labelled `actionText` that emits actionRequested() (e.g. "Show in Folder").
    void showMessageWithAction(Severity severity, const QString &text, const QString &actionText);
    void dismiss();

    Severity severity() const { return m_severity; }
    QString text() const;

Q_SIGNALS:
    void retryRequested();
    void actionRequested();
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QColor accent() const;
    void updateIcon();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    Severity m_severity = Severity::Information;
};

} // namespace agi
