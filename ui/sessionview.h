#pragma once

#include <QSplitter>

namespace agi {

//! The right side of the window: the live frame and the agent beside it, side by side when there
//! is room and one above the other when the side is narrow.
class SessionView final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionView)

public:
    //! Below this width (device-independent pixels) the agent goes under the frame.
    static constexpr int sideBySideMinWidth = 900;

    SessionView(QWidget *frame, QWidget *agent, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    bool m_sized = false; // the first size shares the room 3:2; later the user's split stays
};

} // namespace agi
