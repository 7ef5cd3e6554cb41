#include "sessionview.h"

#include <QList>
#include <QResizeEvent>

#include <algorithm>
#include <cmath>

namespace agi {

namespace {

constexpr double kMinShare = 0.1;
constexpr double kMaxShare = 0.9;
const QByteArray kHorizontal = QByteArrayLiteral("side-by-side");
const QByteArray kVertical = QByteArrayLiteral("stacked");

} // namespace

SessionView::SessionView(QWidget *frame, QWidget *agent, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("sessionView"));
    setChildrenCollapsible(false);
    addWidget(frame);
    addWidget(agent);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    // The user's drag sets the share of the arrangement shown; resizes keep it.
    connect(this, &QSplitter::splitterMoved, this, [this] {
        const QList<int> lengths = sizes();
        const int total = lengths.value(0) + lengths.value(1);
        if (total > 0)
            m_share[slot(orientation())] = std::clamp(double(lengths.value(0)) / total, kMinShare, kMaxShare);
    });
}

double SessionView::frameShare(Qt::Orientation orientation) const
{
    return m_share[slot(orientation)];
}

QByteArray SessionView::saveSplit() const
{
    return kHorizontal + '=' + QByteArray::number(m_share[0], 'f', 3) + ';' + kVertical + '='
        + QByteArray::number(m_share[1], 'f', 3);
}

bool SessionView::restoreSplit(const QByteArray &state)
{
    double shares[2] = {0, 0};
    int found = 0;
    for (const QByteArray &part : state.split(';')) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = part.left(eq);
        bool ok = false;
        const double share = part.mid(eq + 1).toDouble(&ok);
        if (eq < 0 || !ok || share < kMinShare || share > kMaxShare)
            return false;
        if (key == kHorizontal)
            shares[0] = share;
        else if (key == kVertical)
            shares[1] = share;
        else
            return false;
        ++found;
    }
    if (found != 2 || shares[0] == 0 || shares[1] == 0)
        return false;
    m_share[0] = shares[0];
    m_share[1] = shares[1];
    if (m_sized)
        applyShare(orientation(), orientation() == Qt::Horizontal ? width() : height());
    return true;
}

void SessionView::applyShare(Qt::Orientation orientation, int length)
{
    const int frame = int(std::lround(length * m_share[slot(orientation)]));
    setSizes({frame, length - frame});
}

void SessionView::resizeEvent(QResizeEvent *event)
{
    const Qt::Orientation wanted = event->size().width() >= sideBySideMinWidth ? Qt::Horizontal : Qt::Vertical;
    m_sized = true;
    setOrientation(wanted);
    applyShare(wanted, wanted == Qt::Horizontal ? event->size().width() : event->size().height());
    QSplitter::resizeEvent(event);
}

} // namespace agi
