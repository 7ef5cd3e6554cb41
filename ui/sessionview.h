#pragma once

#include <QByteArray>
#include <QSplitter>

namespace agi {

//! The right side of the window: the live frame and the agent beside it, side by side when there
//! is room and one above the other when the side is narrow. The frame's share of the room is the
//! user's (dragged, then kept through resizes and restarts), one for each arrangement.
class SessionView final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionView)

public:
    //! Below this width (device-independent pixels) the agent goes under the frame.
    static constexpr int sideBySideMinWidth = 900;
    //! The frame's share until the user drags the handle.
    static constexpr double defaultFrameShare = 0.6;

    SessionView(QWidget *frame, QWidget *agent, QWidget *parent = nullptr);

    //! The frame's share of the width (side by side) or of the height (stacked), 0.1 to 0.9.
    double frameShare(Qt::Orientation orientation) const;
    //! Both shares, for restoreSplit() at the next start.
    QByteArray saveSplit() const;
    //! Takes shares saveSplit() gave; false (and nothing changed) for anything else.
    bool restoreSplit(const QByteArray &state);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyShare(Qt::Orientation orientation, int length);
    static int slot(Qt::Orientation orientation) { return orientation == Qt::Horizontal ? 0 : 1; }

    double m_share[2] = {defaultFrameShare, defaultFrameShare};
    bool m_sized = false;
};

} // namespace agi
