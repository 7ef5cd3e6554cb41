#include "timelineview.h"

#include "model/messagemodel.h"
#include "timelinedelegate.h"

#include <QItemSelectionModel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QToolButton>

namespace agi {

TimelineView::TimelineView(QWidget *parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setItemDelegate(new TimelineDelegate(this));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust); // rows wrap again to a new width
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    setWordWrap(true);
    setAccessibleName(tr("Agent timeline"));

    m_jump = new QToolButton(viewport());
    m_jump->setObjectName(QStringLiteral("jumpToLatest"));
    m_jump->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_jump->setAutoRaise(false);
    m_jump->hide();
    connect(m_jump, &QToolButton::clicked, this, &TimelineView::jumpToLatest);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TimelineView::onScrolled);
    // A range that grows (rows laid out later) must not read as the user scrolling away.
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_following)
            scrollToBottom();
    });
}

void TimelineView::setMessages(MessageModel *messages)
{
    if (m_messages)
        disconnect(m_messages, nullptr, this, nullptr);
    if (selectionModel())
        disconnect(selectionModel(), nullptr, this, nullptr);
    m_messages = messages;
    setModel(messages);
    m_following = true;
    m_unseen = 0;
    updateJumpButton();
    if (!messages)
        return;
    connect(messages, &QAbstractItemModel::rowsInserted, this, &TimelineView::onRowsInserted);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        Q_EMIT messageChosen(current.isValid() ? current.data(MessageModel::MessageRole).value<Message>() : Message());
    });
    scrollToBottom();
}

void TimelineView::jumpToLatest()
{
    m_following = true;
    m_unseen = 0;
    scrollToBottom();
    updateJumpButton();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    placeJumpButton();
}

void TimelineView::onRowsInserted()
{
    if (m_following) {
        scrollToBottom();
        return;
    }
    ++m_unseen;
    updateJumpButton();
}

void TimelineView::onScrolled()
{
    const QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    if (atBottom == m_following)
        return;
    m_following = atBottom;
    if (m_following)
        m_unseen = 0;
    updateJumpButton();
}

void TimelineView::updateJumpButton()
{
    m_jump->setVisible(!m_following);
    m_jump->setText(m_unseen > 0 ? tr("Jump to latest (%n new)", nullptr, m_unseen) : tr("Jump to latest"));
    m_jump->adjustSize();
    placeJumpButton();
}

void TimelineView::placeJumpButton()
{
    const QRect area = viewport()->rect();
    const QSize size = m_jump->sizeHint();
    m_jump->setGeometry(
        area.right() - size.width() - 8, area.bottom() - size.height() - 8, size.width(), size.height());
    m_jump->raise();
}

void TimelineView::markMessage(qint64 id)
{
    if (!m_messages || !selectionModel())
        return;
    if (id > 0) {
        for (int row = m_messages->rowCount() - 1; row >= 0; --row) {
            const QModelIndex index = m_messages->index(row);
            if (index.data(MessageModel::IdRole).toLongLong() == id) {
                // Selected, not current: the details stay as they are and nothing scrolls.
                selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
                return;
            }
        }
    }
    selectionModel()->clearSelection();
}

} // namespace agi
