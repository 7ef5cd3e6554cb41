#include "windowattention.h"

#include "attentiontray.h"
#include "mainwindow.h"
#include "notify/attentiontracker.h"
#include "sessionlistpanel.h"

#include <QAction>
#include <QEvent>

namespace agi {

WindowAttention::WindowAttention(MainWindow *window, AttentionTracker *tracker, SessionListPanel *panel, QAction *next)
    : QObject(window)
    , m_window(window)
    , m_tracker(tracker)
    , m_panel(panel)
    , m_tray(new AttentionTray(window->windowIcon(), this))
    , m_next(next)
{
    connect(m_next, &QAction::triggered, this, &WindowAttention::showNext);

    // The window sets its own title (the demo says so); the count is added to whatever it is.
    m_baseTitle = window->windowTitle();
    connect(window, &QWidget::windowTitleChanged, this, [this](const QString &title) {
        if (title == m_title)
            return;
        m_baseTitle = title;
        updateTitle();
    });
    connect(tracker, &AttentionTracker::attentionCountChanged, this, &WindowAttention::updateTitle);
    connect(panel, &SessionListPanel::currentSessionChanged, this, &WindowAttention::updateShown);
    connect(m_tray, &AttentionTray::activated, this, &WindowAttention::showSession);
    connect(m_tray, &AttentionTray::windowRequested, this, &WindowAttention::raiseWindow);
    window->installEventFilter(this);
    updateTitle();
}

WindowAttention::~WindowAttention() = default;

void WindowAttention::showSession(const QString &sessionId)
{
    m_window->selectSession(sessionId);
    raiseWindow();
}

bool WindowAttention::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window
        && (event->type() == QEvent::ActivationChange || event->type() == QEvent::WindowStateChange
            || event->type() == QEvent::Hide || event->type() == QEvent::Show))
        updateShown();
    return QObject::eventFilter(watched, event);
}

void WindowAttention::updateTitle()
{
    const int count = m_tracker->attentionCount();
    if (count == 0)
        m_title = m_baseTitle;
    else if (count == 1)
        m_title = tr("%1 \u2014 1 needs attention").arg(m_baseTitle);
    else
        m_title = tr("%1 \u2014 %2 need attention").arg(m_baseTitle, QString::number(count));
    m_window->setWindowTitle(m_title);
    m_tray->setAttentionCount(count);
    m_next->setEnabled(count > 0);
}

void WindowAttention::updateShown()
{
    const bool looking = m_window->isActiveWindow() && m_window->isVisible() && !m_window->isMinimized();
    m_tracker->setShownSession(m_panel->currentSessionId(), looking);
}

void WindowAttention::showNext()
{
    const QString next = m_tracker->nextNeedingAttention(m_panel->currentSessionId());
    if (!next.isEmpty())
        m_window->selectSession(next);
}

void WindowAttention::raiseWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace agi
