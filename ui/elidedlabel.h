#pragma once

#include <QLabel>
#include <QString>
#include <QTextLayout>

namespace agi {

//! A plain-text label that elides its text to the width it gets and shows the whole text as a
//! tooltip. Plain text always: what it shows may come from the web.
//!
//! Made for text that changes often (a page's title and URL with every frame): a new text is
//! shaped once, and that one layout gives its width, where to cut it and the glyphs to paint,
//! where QLabel with QFontMetrics::elidedText shapes it three times. (A cut text is shaped a
//! second time; so is a right-to-left one, elided by QFontMetrics.)
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    //! The text can be selected with the mouse. The label turns selectable while the mouse is over
    //! it (and while something stays selected): a selectable QLabel lays its text out as a
    //! document on every change, several times the cost of a plain one.
    void setSelectableByMouse(bool selectable);
    bool isSelectableByMouse() const { return m_selectable; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updateElision();
    //! The full text laid out in the label's font, shaped on first use after a change.
    QTextLayout &fullLayout() const;
    //! `m_fullText` cut to `width` pixels with an ellipsis, from the full layout's positions.
    QString cutTo(int width) const;
    int lineHeight() const;

    QString m_fullText;
    Qt::TextElideMode m_mode = Qt::ElideRight;
    bool m_selectable = false;
    // Size hints, computed once per text (width) and once per font (height): a layout asks for
    // them after every change of text, and QLabel's own lays the text out again each time.
    mutable int m_fullWidth = -1;
    mutable int m_lineHeight[2] = {-1, -1}; // without and with text
    mutable QTextLayout m_full;             // m_fullText, laid out when m_fullLaidOut
    mutable bool m_fullLaidOut = false;
    QTextLayout m_shown;        // text(), what paintEvent() draws
    bool m_shownIsFull = false; // text() is m_fullText: m_full is painted instead
};

} // namespace agi
