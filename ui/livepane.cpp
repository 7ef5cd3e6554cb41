#include "livepane.h"

#include "appactions.h"
#include "elidedlabel.h"
#include "filmstrip.h"
#include "frameexport.h"
#include "frameview.h"
#include "layoutboundary.h"
#include "live/framehistory.h"
#include "live/framepoller.h"
#include "live/imageheader.h"
#include "live/livesession.h"
#include "live/livesessions.h"
#include "live/messagefeed.h"
#include "model/displaytext.h"
#include "model/messagemodel.h"
#include "model/sessionlistmodel.h"
#include "model/sessionstate.h"
#include "monitor/sessionmonitor.h"
#include "statusbanner.h"
#include "tones.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPainter>
#include <QShortcut>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace agi {

namespace {

Q_LOGGING_CATEGORY(lcPane, "agi.ui.live")

QString ageText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 2)
        return LivePane::tr("updated just now");
    if (seconds < 120)
        return LivePane::tr("updated %n s ago", nullptr, int(seconds));
    if (seconds < 7200)
        return LivePane::tr("updated %n min ago", nullptr, int(seconds / 60));
    return LivePane::tr("updated %n h ago", nullptr, int(seconds / 3600));
}

QString agoText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds < 60)
        return LivePane::tr("%n s ago", nullptr, int(seconds));
    if (seconds < 7200)
        return LivePane::tr("%n min ago", nullptr, int(seconds / 60));
    return LivePane::tr("%n h ago", nullptr, int(seconds / 3600));
}

QToolButton *toolButtonFor(QAction *action, QWidget *parent, Qt::ToolButtonStyle style = Qt::ToolButtonIconOnly)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(style);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    return button;
}

} // namespace

LivePane::LivePane(SessionMonitor *monitor, AppActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("livePane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    m_problems = new StatusBanner(this);
    m_problems->setObjectName(QStringLiteral("sessionProblemBanner"));
    connect(m_problems, &StatusBanner::dismissed, this, [this] { m_dismissedProblem = m_problems->text(); });
    layout->addWidget(m_problems);

    m_view = new FrameView(this);
    m_view->addAction(m_actions->copyFrame); // Ctrl+C copies the frame only while it has focus
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_actions->saveFrame);
    m_view->addAction(m_actions->copyUrl);
    m_view->addAction(m_actions->refreshFrame);
    connect(m_view, &FrameView::viewportDeviceSizeChanged, this, &LivePane::updateTargetSize);
    layout->addWidget(m_view, 1);
    m_strip = new Filmstrip(this);
    connect(m_strip, &Filmstrip::sequenceChosen, this, &LivePane::showSequence);
    connect(m_view, &FrameView::viewportDeviceSizeChanged, this, [this] {
        if (isViewingPast())
            showViewedFrame();
    });
    layout->addWidget(m_strip);
    layout->addWidget(buildControls());

    connect(m_actions->refreshFrame, &QAction::triggered, this, [this] {
        if (m_poller)
            m_poller->refreshNow();
    });
    connect(m_actions->saveFrame, &QAction::triggered, this, &LivePane::saveFrame);
    connect(m_actions->copyFrame, &QAction::triggered, this, &LivePane::copyFrame);
    connect(m_actions->copyUrl, &QAction::triggered, this, &LivePane::copyUrl);
    connect(m_actions->openInBrowser, &QAction::triggered, this, &LivePane::openPageInBrowser);
    connect(m_actions->openLiveView, &QAction::triggered, this, &LivePane::openLiveView);
    connect(m_actions->frameBack, &QAction::triggered, this, [this] { stepFrame(-1); });
    connect(m_actions->frameForward, &QAction::triggered, this, [this] { stepFrame(+1); });
    connect(m_actions->firstFrame, &QAction::triggered, this, &LivePane::showFirstFrame);
    connect(m_actions->goLive, &QAction::triggered, this, &LivePane::goLive);
    // End alone returns to live only inside the pane: elsewhere it keeps moving to the end of lists and fields.
    auto *end = new QShortcut(QKeySequence(Qt::Key_End), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    end->setObjectName(QStringLiteral("goLiveEndShortcut"));
    connect(end, &QShortcut::activated, this, &LivePane::goLive);
    connect(m_actions->zoomFit, &QAction::triggered, this, [this] { setZoomActual(false); });
    connect(m_actions->zoomOriginal, &QAction::triggered, this, [this] { setZoomActual(true); });
    connect(m_actions->frameInterval, &QActionGroup::triggered, this,
        [this](QAction *action) { setFrameInterval(action->data().toInt()); });

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        updateAge();
        updateStateText();
    });

    connect(m_monitor->live(), &LiveSessions::frameIntervalChanged, this, &LivePane::onIntervalChanged);
    onIntervalChanged(frameInterval());
    clearSession();
}

LivePane::~LivePane() = default;

QWidget *LivePane::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("livePaneHeader"));
    // Two rows, each its own: the title runs up to the state and the status badge, the URL up to
    // the age and the buttons. (In one grid the title stopped where the age below it began.)
    auto *rows = new QVBoxLayout(header);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    rows->setContentsMargins(margin, margin / 2, margin, margin / 2);
    rows->setSpacing(2);
    auto *top = new QHBoxLayout;
    auto *bottom = new QHBoxLayout;
    top->setSpacing(margin / 2);
    bottom->setSpacing(margin / 2);
    rows->addLayout(top);
    rows->addLayout(bottom);

    m_title = new ElidedLabel(header);
    m_title->setObjectName(QStringLiteral("frameTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);

    auto *badge = new QWidget(header);
    badge->setObjectName(QStringLiteral("sessionStatusBadge"));
    auto *badgeLayout = new QHBoxLayout(badge);
    badgeLayout->setContentsMargins(0, 0, 0, 0);
    badgeLayout->setSpacing(4);
    m_statusDot = new QLabel(badge);
    m_statusDot->setObjectName(QStringLiteral("sessionStatusDot"));
    m_statusText = new QLabel(badge);
    m_statusText->setObjectName(QStringLiteral("sessionStatusText"));
    m_statusText->setTextFormat(Qt::PlainText);
    badgeLayout->addWidget(m_statusDot);
    badgeLayout->addWidget(m_statusText);

    // Elided and capped: a long error must not push the title out of the header (the tooltip has it whole).
    m_state = new ElidedLabel(header);
    m_state->setObjectName(QStringLiteral("pollerStateLabel"));
    m_state->setMaximumWidth(m_state->fontMetrics().averageCharWidth() * 48);
    m_age = new QLabel(header);
    m_age->setObjectName(QStringLiteral("frameAgeLabel"));
    m_age->setTextFormat(Qt::PlainText);
    m_age->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_url = new ElidedLabel(header, Qt::ElideMiddle);
    m_url->setObjectName(QStringLiteral("frameUrlLabel"));
    m_url->setSelectableByMouse(true);
    m_url->setForegroundRole(QPalette::PlaceholderText);
    m_copyUrlButton = toolButtonFor(m_actions->copyUrl, header);
    m_openButton = toolButtonFor(m_actions->openInBrowser, header);

    // The title, the URL and the age change with every frame (the age every second): behind a
    // boundary each, so that a new text repaints the label without laying out the window again.
    top->addWidget(new LayoutBoundary(m_title, header), 1);
    top->addWidget(m_state);
    top->addWidget(badge);
    bottom->addWidget(new LayoutBoundary(m_url, header), 1);
    bottom->addWidget(new LayoutBoundary(m_age, header));
    bottom->addWidget(m_copyUrlButton);
    bottom->addWidget(m_openButton);
    return header;
}

QWidget *LivePane::buildControls()
{
    // A tool bar, so that a narrow pane (a large font, a small screen) folds what does not fit into
    // its extension menu instead of forcing the window's columns wider.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("livePaneControls"));
    bar->setMovable(false);
    bar->setFloatable(false);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    bar->setIconSize(QSize(icon, icon));

    auto *intervalLabel = new QLabel(tr("&Refresh:"), bar);
    intervalLabel->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin) / 2, 0, 2, 0);
    m_intervalCombo = new QComboBox(bar);
    m_intervalCombo->setObjectName(QStringLiteral("frameIntervalCombo"));
    m_intervalCombo->setToolTip(tr("How often a new frame is fetched"));
    for (const int ms : AppActions::frameIntervalChoices())
        m_intervalCombo->addItem(AppActions::frameIntervalText(ms), ms);
    intervalLabel->setBuddy(m_intervalCombo);
    connect(m_intervalCombo, &QComboBox::activated, this,
        [this](int index) { setFrameInterval(m_intervalCombo->itemData(index).toInt()); });

    bar->addWidget(intervalLabel);
    bar->addWidget(m_intervalCombo);
    bar->addWidget(toolButtonFor(m_actions->refreshFrame, bar));
    bar->addSeparator();
    bar->addWidget(toolButtonFor(m_actions->zoomFit, bar));
    bar->addWidget(toolButtonFor(m_actions->zoomOriginal, bar));
    bar->addSeparator();
    bar->addWidget(toolButtonFor(m_actions->firstFrame, bar));
    bar->addWidget(toolButtonFor(m_actions->frameBack, bar));
    bar->addWidget(toolButtonFor(m_actions->frameForward, bar));
    QToolButton *liveButton = toolButtonFor(m_actions->goLive, bar, Qt::ToolButtonTextBesideIcon);
    liveButton->setObjectName(QStringLiteral("goLiveButton"));
    // In a tool bar a widget shows and hides through its action.
    m_liveButtonAction = bar->addWidget(liveButton);
    m_liveButtonAction->setVisible(false);
    auto *gap = new QWidget(bar);
    gap->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(gap);
    bar->addWidget(toolButtonFor(m_actions->copyFrame, bar));
    bar->addWidget(toolButtonFor(m_actions->saveFrame, bar, Qt::ToolButtonTextBesideIcon));
    bar->addWidget(toolButtonFor(m_actions->redactFrames, bar, Qt::ToolButtonTextBesideIcon));
    bar->addWidget(toolButtonFor(m_actions->openLiveView, bar, Qt::ToolButtonTextBesideIcon));
    return bar;
}

FramePoller *LivePane::poller() const
{
    return m_poller;
}

Frame LivePane::frame() const
{
    if (isViewingPast())
        return m_viewed;
    return m_poller ? m_poller->frame() : Frame();
}

QString LivePane::sessionId() const
{
    const LiveSession *live = m_handle.get();
    return live ? live->sessionId() : QString();
}

Session LivePane::session() const
{
    const LiveSession *live = m_handle.get();
    return live ? live->session() : Session();
}

bool LivePane::isPolling() const
{
    const LiveSession *live = m_handle.get();
    return live && live->isPolling();
}

int LivePane::frameInterval() const
{
    return m_monitor->live()->frameInterval();
}

void LivePane::setSession(const Session &session)
{
    if (session.id.isEmpty()) {
        clearSession();
        return;
    }
    if (session.id == sessionId())
        return;
    clearSession();
    m_handle = m_monitor->live()->acquire(session);
    LiveSession *live = m_handle.get();
    m_poller = live->poller();
    connect(m_poller, &FramePoller::frameChanged, this, &LivePane::onFrameChanged);
    connect(m_poller, &FramePoller::frameRefreshed, this, &LivePane::onFrameRefreshed);
    connect(m_poller, &FramePoller::errorOccurred, this, &LivePane::onPollerError);
    connect(m_poller, &FramePoller::stateChanged, this, &LivePane::updateStateText);
    connect(live, &LiveSession::sessionChanged, this, &LivePane::onSessionChanged);
    connect(live, &LiveSession::pollingChanged, this, &LivePane::updateStateText);
    connect(live->feed(), &MessageFeed::problemChanged, this, &LivePane::updateProblemBanner);
    connect(live->feed(), &MessageFeed::statusChanged, this, &LivePane::updateStatusBadge);
    connect(live, &LiveSession::historyChanged, this, &LivePane::onHistoryChanged);
    m_strip->setSession(live);
    updateTargetSize();
    // A session shown before still has its last frame: at once, while a fresh one is on its way.
    if (!m_poller->frame().isNull())
        m_view->setImage(m_poller->frame().image);
    else
        m_view->setPlaceholderText(tr("Waiting for the first frame..."));
    qCDebug(lcPane) << "showing" << session.id;
    setEnabled(true);
    updateWatching();
    updateHeader();
    updateActions();
    updateProblemBanner();
    m_ticker.start();
}

void LivePane::clearSession()
{
    if (LiveSession *live = m_handle.get()) {
        disconnect(live, nullptr, this, nullptr);
        disconnect(live->feed(), nullptr, this, nullptr);
        disconnect(m_poller, nullptr, this, nullptr);
    }
    m_strip->setSession(nullptr);
    m_handle.reset();
    m_poller = nullptr;
    m_viewSequence = 0;
    m_viewed = {};
    m_liveButtonAction->setVisible(false);
    if (m_viewedMessage != 0) {
        m_viewedMessage = 0;
        Q_EMIT viewedMessageChanged(0);
    }
    m_ticker.stop();
    m_view->clear();
    m_view->setNote({});
    m_view->setPlaceholderText(tr("Select a session to watch its browser live."));
    updateHeader();
    updateStateText();
    updateProblemBanner();
    updateActions();
}

void LivePane::setFrameInterval(int milliseconds)
{
    m_monitor->setFrameInterval(std::max(0, milliseconds));
}

void LivePane::onIntervalChanged(int milliseconds)
{
    m_actions->checkFrameInterval(milliseconds);
    const int index = m_intervalCombo->findData(milliseconds);
    if (index >= 0)
        m_intervalCombo->setCurrentIndex(index);
    updateStateText();
    updateAge();
}

void LivePane::setWindowMinimized(bool minimized)
{
    m_minimized = minimized;
    updateWatching();
}

void LivePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateWatching();
}

void LivePane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateWatching();
}

void LivePane::updateWatching()
{
    // Nobody sees a hidden pane or a minimised window: the session need not fetch for it.
    m_handle.setWatching(isVisible() && !m_minimized);
    updateStateText();
    updateAge();
}

void LivePane::onSessionChanged()
{
    updateStatusBadge();
    updateStateText();
    updateProblemBanner();
    updateActions();
}

void LivePane::onFrameChanged()
{
    if (isViewingPast()) {
        // The new frame goes to the filmstrip (historyChanged); the past frame stays on screen.
        updateStateText();
        return;
    }
    const Frame current = m_poller->frame();
    m_view->setImage(current.image);
    m_view->setNote({});
    updateHeader();
    updateAge();
    updateStateText();
    updateActions();
}

void LivePane::onFrameRefreshed()
{
    // The same image confirmed: the labels are set again only where their text changed.
    if (isViewingPast()) {
        updateStateText();
        return;
    }
    m_view->setNote({});
    updateHeader();
    updateAge();
    updateStateText();
}

void LivePane::onPollerError(const ApiError &error)
{
    if (isViewingPast()) {
        updateStateText();
        return;
    }
    if (m_poller->frame().isNull()) {
        m_view->setPlaceholderText(tr("No frame yet: %1").arg(error.userMessage()));
    } else if (error.kind == ApiError::Kind::BadResponse) {
        m_view->setNote(tr("The latest frame could not be decoded (%1).\nShowing the last good frame.")
                            .arg(error.serverMessage.isEmpty() ? error.userMessage() : error.serverMessage));
    } else {
        m_view->setNote(tr("No new frame: %1\nShowing the last good frame.").arg(error.userMessage()));
    }
    updateStateText();
}

void LivePane::updateHeader()
{
    if (!m_handle) {
        m_title->setFullText(tr("No session selected"));
        m_url->setFullText({});
        m_statusDot->clear();
        m_statusText->clear();
        m_badgeStatus = {};
        m_badgeRatio = 0;
        m_age->clear();
        return;
    }
    const Frame current = frame();
    const QString shortId = SessionListModel::shortId(sessionId());
    m_title->setFullText(current.title.isEmpty() ? tr("Session %1").arg(shortId) : DisplayText::oneLine(current.title));
    m_url->setFullText(DisplayText::url(current.url));
    updateStatusBadge();
}

void LivePane::updateStatusBadge()
{
    // The truest state there is: the task's own (needs input, paused, finished ...) while the session
    // is live and its feed knows it; the listed status otherwise; "Not listed" once it left the list.
    const LiveSession *live = m_handle.get();
    SessionStatus status;
    QString text;
    if (live && !live->isListed()) {
        status.value = SessionStatus::Value::Terminated;
        text = tr("Not listed");
    } else {
        const SessionState state
            = SessionState::of(session().status, live ? live->feed()->status() : ExecutionStatus());
        status.value = state.look;
        text = state.text;
    }
    const qreal ratio = devicePixelRatioF();
    if (status == m_badgeStatus && text == m_statusText->text() && ratio == m_badgeRatio)
        return;
    m_badgeStatus = status;
    m_badgeRatio = ratio;
    const int size = fontMetrics().height() * 6 / 10;
    QPixmap dot(QSize(size, size) * ratio);
    dot.setDevicePixelRatio(ratio);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(SessionListModel::statusColor(status.value));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    painter.end();
    m_statusDot->setPixmap(dot);
    m_statusText->setText(text);
}

void LivePane::updateAge()
{
    if (isViewingPast()) {
        const QString text = viewingText();
        if (m_age->text() != text) {
            m_age->setText(text);
            m_age->setToolTip(tr("A past frame: first shown at %1\nEnd or Live returns to the live frame")
                                  .arg(QLocale().toString(m_viewed.changedAt.toLocalTime(), QLocale::LongFormat)));
        }
        if (!m_age->property("past").toBool()) {
            m_age->setProperty("past", true);
            m_age->setProperty("stale", false);
            QFont font = m_age->font();
            font.setBold(true);
            m_age->setFont(font);
            QPalette pal = palette();
            pal.setColor(QPalette::WindowText, pal.color(QPalette::Highlight));
            m_age->setPalette(pal);
        }
        return;
    }
    if (m_age->property("past").toBool()) {
        m_age->setProperty("past", false);
        m_age->setProperty("stale", false);
        m_age->setFont(font());
        m_age->setPalette(palette());
        m_age->clear();
    }
    if (!m_poller || m_poller->frameAge() < 0) {
        m_age->clear();
        return;
    }
    const qint64 age = m_poller->frameAge();
    const QString text = ageText(age);
    if (m_age->text() != text) {
        const Frame current = m_poller->frame();
        m_age->setText(text);
        m_age->setToolTip(tr("Captured at %1\nLast changed at %2")
                              .arg(QLocale().toString(current.capturedAt.toLocalTime(), QLocale::LongFormat),
                                  QLocale().toString(current.changedAt.toLocalTime(), QLocale::LongFormat)));
    }
    // Stale only matters while we expect fresh frames.
    const bool stale = isPolling() && age > 3 * qint64(m_poller->currentInterval());
    if (m_age->property("stale").toBool() != stale) {
        m_age->setProperty("stale", stale);
        QFont font = m_age->font();
        font.setBold(stale);
        m_age->setFont(font);
        QPalette pal = palette();
        if (stale)
            pal.setColor(QPalette::WindowText, tones::neutralText(pal));
        m_age->setPalette(pal);
    }
}

void LivePane::updateProblemBanner()
{
    // The frames have their own line in the header; these are what else the pane cannot read.
    QStringList lines;
    if (const LiveSession *live = m_handle.get()) {
        if (const ApiError details = live->detailsProblem(); !details.isNone())
            lines.append(tr("Session details could not be read: %1").arg(details.userMessage()));
        if (const ApiError feed = live->feed()->lastError(); !feed.isNone())
            lines.append(tr("Agent messages and status could not be read: %1").arg(feed.userMessage()));
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (text.isEmpty()) {
        m_problems->dismiss();
        m_dismissedProblem.clear(); // not the user's doing
        return;
    }
    const bool shown = m_problems->isVisibleTo(this) && m_problems->text() == text;
    // Closed by the user: shown again only for a different problem.
    if (!shown && text != m_dismissedProblem)
        m_problems->showMessage(StatusBanner::Severity::Warning, text);
}

void LivePane::updateStateText()
{
    const LiveSession *live = m_handle.get();
    if (!live || !m_poller) {
        m_state->setFullText({});
        return;
    }
    QString text;
    const ApiError error = m_poller->lastError();
    if (!live->isListed()) {
        text = tr("No longer listed: showing its last frame");
    } else if (live->session().status.isFinal()) {
        text = tr("Session ended: showing its last frame");
    } else if (frameInterval() <= 0) {
        text = tr("Paused");
    } else if (!live->isPolling()) {
        text = tr("Not watching while hidden");
    } else if (m_poller->state() == FramePoller::State::BackingOff) {
        const int seconds = int(
            std::max<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(m_poller->backoffUntil()) + 999) / 1000));
        if (error.kind == ApiError::Kind::RateLimited)
            text = tr("Rate limited \u2014 next try in %n s", nullptr, seconds);
        else
            text = tr("%1 \u2014 next try in %n s", nullptr, seconds).arg(error.userMessage());
    } else if (m_poller->state() == FramePoller::State::Failing) {
        text = error.userMessage();
    } else if (m_poller->isIdle()) {
        // Stable text (no counter): the header is not laid out again every second.
        const QDateTime since = m_poller->frame().changedAt.toLocalTime();
        text = tr("Unchanged since %1 \u2014 checking every %n s", nullptr, m_poller->currentInterval() / 1000)
                   .arg(QLocale().toString(since.time(), QLocale::ShortFormat));
    }
    const QString shown = DisplayText::oneLine(text);
    if (m_state->fullText() == shown)
        return;
    m_state->setFullText(shown);
    m_state->setToolTip(text);
    m_state->setVisible(!text.isEmpty());
}

void LivePane::updateActions()
{
    const Frame current = frame();
    const bool hasSession = bool(m_handle);
    m_actions->refreshFrame->setEnabled(hasSession);
    m_actions->saveFrame->setEnabled(!current.isNull());
    m_actions->copyFrame->setEnabled(!current.isNull());
    m_actions->copyUrl->setEnabled(current.url.isValid() && !current.url.isEmpty());
    m_actions->openInBrowser->setEnabled(FrameExport::isWebUrl(current.url));
    m_actions->openLiveView->setEnabled(FrameExport::isWebUrl(session().vncUrl));
    m_intervalCombo->setEnabled(hasSession);
}

void LivePane::updateTargetSize()
{
    if (!m_poller)
        return;
    const QSize source = m_poller->frame().sourceSize;
    const qreal ratio = m_view->devicePixelRatioF();
    if (m_view->zoomMode() == FrameView::ZoomMode::ActualSize) {
        // One image pixel per logical pixel; an unknown source size decodes as sent.
        m_poller->setTargetSize(
            source.isValid() ? QSize(qRound(source.width() * ratio), qRound(source.height() * ratio)) : QSize(), ratio);
    } else {
        m_poller->setTargetSize(m_view->viewportDeviceSize(), ratio);
    }
}

void LivePane::setZoomActual(bool actual)
{
    m_view->setZoomMode(actual ? FrameView::ZoomMode::ActualSize : FrameView::ZoomMode::Fit);
    m_actions->zoomFit->setChecked(!actual);
    m_actions->zoomOriginal->setChecked(actual);
    updateTargetSize();
    // The frame in hand was decoded for the other mode; fetch one at the right size.
    if (m_poller)
        m_poller->refreshNow();
    if (isViewingPast())
        showViewedFrame();
}

QString LivePane::viewingText() const
{
    if (!isViewingPast() || !m_viewed.changedAt.isValid())
        return {};
    const QDateTime at = m_viewed.changedAt;
    return tr("viewing %1, %2")
        .arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
            agoText(at.msecsTo(QDateTime::currentDateTimeUtc())));
}

void LivePane::showSequence(qint64 sequence)
{
    const LiveSession *live = m_handle.get();
    if (!live)
        return;
    const FrameHistory &history = live->history();
    const int index = history.indexOfSequence(sequence);
    if (index < 0 || index == history.size() - 1)
        goLive();
    else
        setViewSequence(sequence);
}

void LivePane::stepFrame(int delta)
{
    const LiveSession *live = m_handle.get();
    if (!live || live->history().isEmpty())
        return;
    const FrameHistory &history = live->history();
    int index = isViewingPast() ? history.indexOfSequence(m_viewSequence) : history.size() - 1;
    index = std::clamp(std::max(index, 0) + delta, 0, history.size() - 1);
    showSequence(history.at(index).sequence);
}

void LivePane::showFirstFrame()
{
    const LiveSession *live = m_handle.get();
    if (live && !live->history().isEmpty())
        showSequence(live->history().at(0).sequence);
}

void LivePane::goLive()
{
    setViewSequence(0);
}

void LivePane::showMessageMoment(const QString &sessionId, qint64 messageId)
{
    const LiveSession *live = m_handle.get();
    if (!live || sessionId != this->sessionId() || live->history().isEmpty())
        return;
    const FrameHistory &history = live->history();
    QDateTime moment;
    const MessageModel *messages = live->feed()->messages();
    for (int row = messages->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = messages->index(row);
        if (index.data(MessageModel::IdRole).toLongLong() == messageId) {
            moment = index.data(MessageModel::TimestampRole).toDateTime();
            break;
        }
    }
    int index = -1;
    if (moment.isValid()) {
        index = history.indexAt(moment);
    } else {
        // No time on the message: the last frame that showed before a newer message came.
        for (int i = 0; i < history.size() && history.at(i).messageId <= messageId; ++i)
            index = i;
    }
    showSequence(history.at(std::max(index, 0)).sequence);
}

void LivePane::onHistoryChanged()
{
    const LiveSession *live = m_handle.get();
    if (!live || !isViewingPast())
        return;
    // The frame viewed may have gone with the oldest: the oldest still kept takes its place.
    const FrameHistory &history = live->history();
    if (history.indexOfSequence(m_viewSequence) < 0) {
        if (history.size() > 1)
            setViewSequence(history.at(0).sequence);
        else
            goLive();
    }
}

void LivePane::setViewSequence(qint64 sequence)
{
    const bool wasPast = isViewingPast();
    m_viewSequence = sequence;
    qint64 message = 0;
    if (sequence > 0) {
        showViewedFrame();
        if (const LiveSession *live = m_handle.get()) {
            if (const int index = live->history().indexOfSequence(sequence); index >= 0)
                message = live->history().at(index).messageId;
        }
    } else {
        m_viewed = {};
        if (wasPast) {
            m_view->setNote({});
            if (m_poller && !m_poller->frame().isNull())
                m_view->setImage(m_poller->frame().image);
        }
    }
    m_strip->setCurrentSequence(sequence);
    m_liveButtonAction->setVisible(sequence > 0);
    updateHeader();
    updateAge();
    updateActions();
    if (message != m_viewedMessage) {
        m_viewedMessage = message;
        Q_EMIT viewedMessageChanged(message);
    }
}

void LivePane::showViewedFrame()
{
    const LiveSession *live = m_handle.get();
    const int index = live ? live->history().indexOfSequence(m_viewSequence) : -1;
    if (!live || index < 0)
        return;
    const FrameHistory &history = live->history();
    const FrameHistory::Entry &entry = history.at(index);
    Frame frame;
    frame.encoded = history.encoded(index);
    frame.encodedFormat = entry.encodedFormat;
    frame.url = entry.url;
    frame.title = entry.title;
    frame.changedAt = entry.changedAt;
    frame.capturedAt = entry.lastSeenAt.isValid() ? entry.lastSeenAt : entry.changedAt;
    const ImageHeader::Format format = ImageHeader::sniff(frame.encoded);
    frame.sourceSize = entry.size.isValid() ? entry.size : ImageHeader::readSize(frame.encoded, format);
    const qreal ratio = m_view->devicePixelRatioF();
    const QSize target = m_view->zoomMode() == FrameView::ZoomMode::ActualSize
        ? QSize(qRound(frame.sourceSize.width() * ratio), qRound(frame.sourceSize.height() * ratio))
        : m_view->viewportDeviceSize();
    QString error;
    if (format != ImageHeader::Format::Unknown && frame.sourceSize.isValid()) {
        frame.image = m_decoder.decode(
            frame.encoded, format, frame.sourceSize, ImageDecoder::fittedSize(frame.sourceSize, target), &error);
    } else {
        error = tr("its stored image could not be read");
    }
    if (frame.image.isNull()) {
        // The bytes are gone or damaged: say so over the frame before it rather than show the live one.
        m_view->setNote(tr("The frame of %1 could not be shown: %2")
                            .arg(entry.changedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), error));
        frame.encoded.clear();
        m_viewed = frame;
        return;
    }
    frame.image.setDevicePixelRatio(ratio);
    m_viewed = frame;
    m_view->setNote({});
    m_view->setImage(m_viewed.image);
}

void LivePane::saveFrame()
{
    if (const QString path = FrameExport::save(this, frame(), sessionId()); !path.isEmpty())
        Q_EMIT notice(tr("Saved the frame to %1").arg(QDir::toNativeSeparators(path)));
}

void LivePane::copyFrame()
{
    const Frame current = frame();
    if (current.isNull())
        return;
    FrameExport::copyImage(current);
    Q_EMIT notice(tr("Copied the frame"));
}

void LivePane::copyUrl()
{
    const QUrl url = frame().url;
    if (url.isEmpty()) {
        Q_EMIT notice(tr("This frame came without a page address"));
        return;
    }
    FrameExport::copyUrl(url);
    Q_EMIT notice(tr("Copied %1").arg(DisplayText::url(url)));
}

void LivePane::openPageInBrowser()
{
    openOutside(frame().url, tr("This frame came without a web address to open"));
}

void LivePane::openLiveView()
{
    openOutside(session().vncUrl, tr("The server gave no live view link for this session"));
}

void LivePane::openOutside(const QUrl &url, const QString &missing)
{
    if (!FrameExport::isWebUrl(url)) {
        Q_EMIT notice(missing);
        return;
    }
    if (FrameExport::openInBrowser(url)) {
        Q_EMIT notice(tr("Opened %1 in your browser").arg(DisplayText::url(url)));
        return;
    }
    // No browser answered: the address goes to the clipboard, so it can be pasted somewhere.
    FrameExport::copyUrl(url);
    Q_EMIT notice(tr("No web browser could open %1; the address was copied instead").arg(DisplayText::url(url)));
}

} // namespace agi
