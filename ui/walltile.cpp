#include "walltile.h"

#include "live/framepoller.h"
#include "live/livesession.h"
#include "model/sessionlistmodel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <utility>

namespace agi {

namespace {

constexpr int kPad = 6;

QString ageText(qint64 ms)
{
    if (ms < 0)
        return WallTile::tr("no frame yet");
    const qint64 s = ms / 1000;
    if (s < 60)
        return WallTile::tr("%1 s ago").arg(s);
    if (s < 3600)
        return WallTile::tr("%1 min ago").arg(s / 60);
    return WallTile::tr("%1 h ago").arg(s / 3600);
}

void drawBadge(QPainter &p, const QRectF &box, WallTile::Badge badge, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    QColor fill;
    QString glyph;
    QPainterPath shape;
    switch (badge) {
    case WallTile::Badge::None:
        return;
    case WallTile::Badge::NeedsInput:
        fill = dark ? QColor(0x5d, 0xa9, 0xff) : QColor(0x1a, 0x5f, 0xb4);
        shape.addEllipse(box);
        glyph = QStringLiteral("?");
        break;
    case WallTile::Badge::Stalled:
        fill = dark ? QColor(0xf6, 0xc3, 0x43) : QColor(0x9a, 0x67, 0x00);
        shape.addRect(box);
        glyph = QStringLiteral("\u2016");
        break;
    case WallTile::Badge::Error:
        fill = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
        shape.moveTo(box.center().x(), box.top());
        shape.lineTo(box.bottomRight());
        shape.lineTo(box.bottomLeft());
        shape.closeSubpath();
        glyph = QStringLiteral("!");
        break;
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette.color(QPalette::Base), 1.5));
    p.setBrush(fill);
    p.drawPath(shape);
    QFont font = p.font();
    font.setBold(true);
    p.setFont(font);
    p.setPen(dark ? Qt::black : Qt::white);
    p.drawText(box.adjusted(0, badge == WallTile::Badge::Error ? box.height() / 5 : 0, 0, 0), Qt::AlignCenter, glyph);
    p.restore();
}

} // namespace

WallTile::WallTile(LiveSessionHandle handle, QWidget *parent)
    : QFrame(parent)
    , m_handle(std::move(handle))
    , m_live(m_handle.get())
    , m_sessionId(m_live ? m_live->sessionId() : QString())
{
    setObjectName(QStringLiteral("wallTile"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setMinimumSize(200, 150);
    setAccessibleName(tr("Session %1").arg(SessionListModel::shortId(m_sessionId)));
    if (LiveSession *live = m_live) {
        connect(live->poller(), &FramePoller::frameChanged, this, [this] {
            // Another watcher (a hidden session view) may have asked for a smaller decode.
            const QSize image = m_live->poller()->frame().image.size();
            if (image.width() < width() / 2 && image.height() < height() / 2)
                updateTargetSize();
            update();
        });
    }
}

WallTile::~WallTile() = default;

void WallTile::setTask(const QString &task)
{
    if (task == m_task)
        return;
    m_task = task;
    update();
}

void WallTile::setState(const SessionState &state, bool stalled)
{
    if (state.value == m_state.value && state.text == m_state.text && stalled == m_stalled)
        return;
    m_state = state;
    m_stalled = stalled;
    update();
}

WallTile::Badge WallTile::badge() const
{
    switch (m_state.value) {
    case SessionState::Value::NeedsInput:
        return Badge::NeedsInput;
    case SessionState::Value::Error:
        return Badge::Error;
    default:
        return m_stalled ? Badge::Stalled : Badge::None;
    }
}

QString WallTile::stateText() const
{
    return badge() == Badge::Stalled ? tr("Stalled") : m_state.text;
}

void WallTile::setWatching(bool watching)
{
    m_handle.setWatching(watching);
    if (watching)
        updateTargetSize();
}

void WallTile::setFrameInterval(int milliseconds)
{
    m_handle.setFrameInterval(milliseconds);
}

void WallTile::tick()
{
    update(0, height() - fontMetrics().height() * 3, width(), fontMetrics().height() * 3);
}

void WallTile::updateTargetSize()
{
    const LiveSession *live = m_live;
    // A tile decodes small only while nobody else watches: the session view's larger size wins.
    if (!live || live->watcherCount() != 1 || !m_handle.isWatching())
        return;
    const qreal ratio = devicePixelRatioF();
    const QSize box = size() - QSize(2 * kPad, 2 * kPad);
    live->poller()->setTargetSize(QSize(qRound(box.width() * ratio), qRound(box.height() * ratio)), ratio);
}

void WallTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateTargetSize();
}

void WallTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    const QPalette pal = palette();
    const QRect inner = rect().adjusted(kPad, kPad, -kPad, -kPad);
    const int line = fontMetrics().height();
    const QRect picture = inner.adjusted(0, 0, 0, -3 * line - 4);

    const LiveSession *live = m_live;
    const Frame frame = live ? live->poller()->frame() : Frame();
    p.fillRect(picture, pal.color(QPalette::Dark));
    if (!frame.image.isNull()) {
        QSizeF shown = QSizeF(frame.image.size()) / frame.image.devicePixelRatio();
        shown.scale(picture.size(), Qt::KeepAspectRatio);
        const QRectF target(QPointF(picture.x() + (picture.width() - shown.width()) / 2,
                                picture.y() + (picture.height() - shown.height()) / 2),
            shown);
        p.setRenderHint(QPainter::SmoothPixmapTransform, frame.image.width() > target.width() * 1.5);
        p.drawImage(target, frame.image);
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }

    const Badge badge = this->badge();
    const int badgeSize = 2 * line;
    drawBadge(p, QRectF(picture.right() - badgeSize - 4, picture.top() + 4, badgeSize, badgeSize), badge, pal);

    QRect text = inner;
    text.setTop(picture.bottom() + 4);
    p.setPen(pal.color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QString id = SessionListModel::shortId(m_sessionId);
    p.drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter, id);
    const QString state = stateText();
    const int idWidth = fontMetrics().horizontalAdvance(id) + 2 * kPad;
    const QRect stateBox(text.left() + idWidth, text.top(), text.width() - idWidth, line);
    if (badge != Badge::None) {
        p.drawText(stateBox, Qt::AlignRight | Qt::AlignVCenter,
            fontMetrics().elidedText(state, Qt::ElideRight, stateBox.width()));
        p.setFont(font());
    } else {
        p.setFont(font());
        p.drawText(stateBox, Qt::AlignRight | Qt::AlignVCenter,
            fontMetrics().elidedText(state, Qt::ElideRight, stateBox.width()));
    }
    const QString task = m_task.isEmpty() ? tr("(no task)") : m_task.simplified();
    p.drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        fontMetrics().elidedText(task, Qt::ElideRight, text.width()));
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(text.left(), text.top() + 2 * line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        live ? ageText(live->poller()->frameAge()) : QString());
}

void WallTile::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        Q_EMIT openRequested(m_sessionId);
        return;
    }
    QFrame::mouseDoubleClickEvent(event);
}

void WallTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT openRequested(m_sessionId);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace agi
