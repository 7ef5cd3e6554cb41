#include "timelinedelegate.h"

#include "model/messagemodel.h"
#include "timelinestyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace agi {

namespace {

constexpr int Margin = 6;
constexpr int Gap = 8;

QString headingFor(const Message &message)
{
    QString heading = timelinestyle::typeName(message.type, message.typeText);
    if (message.type == Message::Type::Step) {
        const int number = message.metadata.value(QLatin1String("step")).toInt();
        const QString action = message.metadata.value(QLatin1String("action")).toString();
        if (number > 0)
            heading += QLatin1Char(' ') + QString::number(number);
        if (!action.isEmpty())
            heading += QStringLiteral(" \u00B7 ") + action;
    }
    return heading;
}

QString timeFor(const Message &message)
{
    return message.timestamp.isValid()
        ? QLocale().toString(message.timestamp.toLocalTime().time(), QLocale::ShortFormat)
        : QString();
}

} // namespace

TimelineDelegate::TimelineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

TimelineDelegate::Layout TimelineDelegate::layoutFor(const QStyleOptionViewItem &option, const QString &text) const
{
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    const int badgeSize = line + 4;
    Layout layout;
    const QRect inner = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    layout.badge = QRect(inner.left(), inner.top(), badgeSize, badgeSize);
    const int left = layout.badge.right() + Gap;
    layout.heading = QRect(left, inner.top() + 2, std::max(1, inner.right() - left), line);
    const QRect bounds(left, layout.heading.bottom() + 2, std::max(1, inner.right() - left), line * maxLines);
    const QRect needed = metrics.boundingRect(bounds, Qt::TextWordWrap, text);
    layout.text = QRect(bounds.topLeft(), QSize(bounds.width(), std::min(needed.height(), bounds.height())));
    return layout;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The viewport's width, not the view's: a scroll bar that appears narrows the rows.
    const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
    const int width = view ? view->viewport()->width() : (opt.widget ? opt.widget->width() : 400);
    opt.rect = QRect(0, 0, width, 0);
    const Layout layout = layoutFor(opt, index.data(MessageModel::TextRole).toString());
    const int bottom = std::max(layout.badge.bottom(), layout.text.bottom());
    return {width, bottom + Margin + 1};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto message = index.data(MessageModel::MessageRole).value<Message>();
    const QString text = index.data(MessageModel::TextRole).toString();

    // The selection and focus frame as the style draws them, without the item's own text.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Layout layout = layoutFor(opt, text);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor tint = timelinestyle::tint(message.type, palette);
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The badge: a circle for the agent's words, a rounded square for what happened in the browser
    // or to the task, so the type reads without colour too.
    painter->setPen(Qt::NoPen);
    painter->setBrush(tint);
    const bool square = message.type == Message::Type::Step || message.type == Message::Type::Done
        || message.type == Message::Type::Error || message.type == Message::Type::Log;
    if (square)
        painter->drawRoundedRect(layout.badge, 3, 3);
    else
        painter->drawEllipse(layout.badge);
    QFont glyphFont = opt.font;
    glyphFont.setBold(true);
    painter->setFont(glyphFont);
    painter->setPen(QColor(Qt::white));
    painter->drawText(layout.badge, Qt::AlignCenter, timelinestyle::glyph(message.type));

    // Heading: type (bold, tinted unless selected) and time on the right.
    const QString time = timeFor(message);
    QFont headingFont = opt.font;
    headingFont.setBold(true);
    painter->setFont(headingFont);
    painter->setPen(selected ? textColor : tint);
    const QFontMetrics headingMetrics(headingFont);
    const int timeWidth = time.isEmpty() ? 0 : QFontMetrics(opt.font).horizontalAdvance(time) + Gap;
    painter->drawText(layout.heading.adjusted(0, 0, -timeWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        headingMetrics.elidedText(headingFor(message), Qt::ElideRight, layout.heading.width() - timeWidth));
    painter->setFont(opt.font);
    if (!time.isEmpty()) {
        QColor muted = textColor;
        muted.setAlphaF(selected ? 1.0f : 0.65f);
        painter->setPen(muted);
        painter->drawText(layout.heading, Qt::AlignRight | Qt::AlignVCenter, time);
    }

    // The text, wrapped; cut to the lines the layout allows.
    painter->setPen(textColor);
    painter->setClipRect(layout.text);
    painter->drawText(layout.text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    painter->restore();
}

} // namespace agi
