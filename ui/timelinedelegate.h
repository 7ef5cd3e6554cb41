#pragma once

#include <QStyledItemDelegate>

namespace agi {

//! Paints one agent message of the timeline: a badge whose shape and glyph tell the type (not only
//! its colour), the type's name, the time, and the text wrapped to the view's width (long texts end
//! in an ellipsis; the details below the timeline show them whole).
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDelegate)

public:
    explicit TimelineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! At most this many lines of a message in the list.
    static constexpr int maxLines = 6;

private:
    struct Layout
    {
        QRect badge;
        QRect heading;
        QRect text;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QString &text) const;
};

} // namespace agi
