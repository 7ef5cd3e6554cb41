#pragma once

#include <QLabel>
#include <QString>

namespace agi {

//! A plain-text label that elides its text to the width it gets and shows the whole text as a
//! tooltip. Plain text always: what it shows may come from the web.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateElision();

    QString m_fullText;
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace agi
