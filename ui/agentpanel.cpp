#include "agentpanel.h"

#include "elidedlabel.h"

#include "appactions.h"
#include "dialogseam.h"
#include "live/livesession.h"
#include "live/messagefeed.h"
#include "messagecomposer.h"
#include "messagedetails.h"
#include "model/messagemodel.h"
#include "monitor/sessionmonitor.h"
#include "notify/attentiontracker.h"
#include "questionbar.h"
#include "timelineview.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace agi {

Q_LOGGING_CATEGORY(lcAgentPanel, "agi.ui.agent")

namespace {

using Value = ExecutionStatus::Value;

bool canPause(Value v)
{
    return v == Value::Running || v == Value::WaitingForInput;
}

bool canCancel(Value v)
{
    return v == Value::Running || v == Value::WaitingForInput || v == Value::Paused;
}

//! Esc in the navigate box closes it, as in a browser's find bar.
class EscapeCloses final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            static_cast<QWidget *>(watched)->hide();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

AgentPanel::AgentPanel(SessionMonitor *monitor, AppActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("agentPanel"));
    // A width of its own: what it shows (a question, the chosen message's details, a hint) wraps or
    // elides inside it instead of moving the columns of the window whenever it changes.
    setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    auto *layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) / 2;
    layout->setContentsMargins(margin, margin, margin, margin);

    // Its words change every second (the elapsed time): elided, they never resize the window.
    m_header = new ElidedLabel(this);
    m_header->setObjectName(QStringLiteral("agentHeader"));
    layout->addWidget(m_header);

    m_navigate = new QLineEdit(this);
    m_navigate->setObjectName(QStringLiteral("navigateEdit"));
    m_navigate->setPlaceholderText(tr("Open a web address in the session's browser (Enter opens, Esc closes)"));
    m_navigate->setClearButtonEnabled(true);
    m_navigate->installEventFilter(new EscapeCloses(m_navigate));
    m_navigate->hide();
    layout->addWidget(m_navigate);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("timelineSplitter"));
    m_split->setChildrenCollapsible(false);
    m_timeline = new TimelineView(m_split);
    m_details = new MessageDetails(m_split);
    m_split->addWidget(m_timeline);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    layout->addWidget(m_split, 1);

    m_question = new QuestionBar(this);
    layout->addWidget(m_question);
    m_composer = new MessageComposer(this);
    layout->addWidget(m_composer);
    m_commandText = new QLabel(this);
    m_commandText->setObjectName(QStringLiteral("commandText"));
    m_commandText->setTextFormat(Qt::PlainText);
    m_commandText->setWordWrap(true);
    layout->addWidget(m_commandText);

    connect(m_timeline, &TimelineView::messageChosen, this, [this](const Message &message) {
        m_details->showMessage(message);
        if (message.id > 0)
            Q_EMIT momentChosen(sessionId(), message.id);
    });
    connect(m_details, &MessageDetails::notice, this, &AgentPanel::notice);
    connect(m_question, &QuestionBar::answerRequested, this, [this](const QString &answer) { send(answer, {}, true); });
    connect(m_composer, &MessageComposer::sendRequested, this,
        [this](const QString &message, const QUrl &startUrl) { send(message, startUrl, false); });
    connect(m_navigate, &QLineEdit::returnPressed, this, &AgentPanel::navigate);
    connect(m_actions->pauseTask, &QAction::triggered, this, &AgentPanel::pause);
    connect(m_actions->resumeTask, &QAction::triggered, this, &AgentPanel::resume);
    connect(m_actions->cancelTask, &QAction::triggered, this, &AgentPanel::cancel);
    connect(m_actions->navigate, &QAction::triggered, this, &AgentPanel::showNavigate);
    // The run facts (elapsed time, a stall) move on with the clock and with the attention tracker.
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &AgentPanel::updateHeader);
    if (AttentionTracker *attention = m_monitor->attention())
        connect(attention, &AttentionTracker::occurred, this, &AgentPanel::updateHeader);
    setLiveSession(nullptr);
}

AgentPanel::~AgentPanel() = default;

QString AgentPanel::headerText() const
{
    return m_header->fullText();
}

QByteArray AgentPanel::saveSplitState() const
{
    return m_split->saveState();
}

bool AgentPanel::restoreSplitState(const QByteArray &state)
{
    return !state.isEmpty() && m_split->restoreState(state);
}

QString AgentPanel::sessionId() const
{
    return m_live ? m_live->session().id : QString();
}

QString AgentPanel::commandText() const
{
    return m_commandText->text();
}

bool AgentPanel::isCommandRunning() const
{
    return m_command && m_command->isRunning();
}

void AgentPanel::setLiveSession(LiveSession *live)
{
    if (live && live == m_live)
        return;
    if (m_live) {
        disconnect(m_live, nullptr, this, nullptr);
        disconnect(m_live->feed(), nullptr, this, nullptr);
        disconnect(m_live->feed()->messages(), nullptr, this, nullptr);
    }
    if (m_command) {
        disconnect(m_command, nullptr, this, nullptr);
        // A command under way is not cut off: it finishes (the monitor gets its outcome), then goes.
        if (m_command->isRunning())
            connect(m_command, &SessionCommand::finished, m_command, &QObject::deleteLater);
        else
            m_command->deleteLater();
    }
    m_command = nullptr;
    m_sendingAnswer = false;
    m_live = live;
    m_details->clear();
    m_navigate->hide();
    m_composer->setNote({});
    m_composer->setSending(false);
    m_question->setSending(false);
    setCommandText({});
    if (!live) {
        m_ticker.stop();
        m_timeline->setMessages(nullptr);
        m_question->setQuestion({});
        updateActions();
        onStatusChanged();
        setEnabled(false);
        return;
    }
    setEnabled(true);
    connect(live, &QObject::destroyed, this, [this] {
        m_live = nullptr; // its connections went with it
        setLiveSession(nullptr);
    });
    MessageFeed *feed = live->feed();
    m_timeline->setMessages(feed->messages());
    connect(feed, &MessageFeed::statusChanged, this, &AgentPanel::onStatusChanged);
    connect(feed->messages(), &QAbstractItemModel::rowsInserted, this, &AgentPanel::onStatusChanged);
    connect(live, &LiveSession::sessionChanged, this, &AgentPanel::updateActions);
    m_ticker.start();
    m_command = m_monitor->newCommand(live->session().id, this);
    connect(m_command, &SessionCommand::progress, this, &AgentPanel::setCommandText);
    connect(m_command, &SessionCommand::finished, this, &AgentPanel::onOutcome);
    onStatusChanged();
}

void AgentPanel::onStatusChanged()
{
    updateQuestion();
    updateActions();
    updateHeader();
}

void AgentPanel::updateHeader()
{
    if (!m_live) {
        m_header->setFullText(tr("Select a session to follow its agent."));
        return;
    }
    const MessageModel *messages = m_live->feed()->messages();
    // Steps of the current task: those since the user's latest message that was not the answer
    // to a question (an answer goes on with the same task).
    // The agent numbers them: the highest number tells, even when the first ones came before the
    // view was opened (steps are not replayed).
    int counted = 0;
    int highest = 0;
    QDateTime started; // the task's first moment the app knows of
    QDateTime latest;
    for (int row = messages->rowCount() - 1; row >= 0; --row) {
        const Message message = messages->messageAt(row);
        const Message::Type type = message.type;
        if (message.timestamp.isValid()) {
            started = message.timestamp;
            if (!latest.isValid())
                latest = message.timestamp;
        }
        if (type == Message::Type::Step) {
            ++counted;
            highest = std::max(highest, message.metadata.value(QLatin1String("step")).toInt());
        }
        const bool answer = row > 0 && messages->messageAt(row - 1).type == Message::Type::Question;
        if (type == Message::Type::User && !answer)
            break;
    }
    const int steps = std::max(counted, highest);
    const ExecutionStatus status = m_live->feed()->status();
    QStringList facts {status.displayText()};
    const QString id = m_live->session().id;
    if (const AttentionTracker *attention = m_monitor->attention(); attention && attention->isStalled(id)) {
        const qint64 minutes = attention->lastChange(id).secsTo(QDateTime::currentDateTimeUtc()) / 60;
        facts.append(tr("stalled: no change for %n min", nullptr, int(minutes)));
    }
    if (steps > 0)
        facts.append(tr("%n step(s)", nullptr, steps));
    if (started.isValid()) {
        // While it runs, up to now; once it ended, up to its last message.
        const QDateTime end = status.isTerminal() ? latest : QDateTime::currentDateTimeUtc();
        const qint64 seconds = std::max<qint64>(0, started.secsTo(end));
        facts.append(seconds < 3600 ? tr("%1:%2 elapsed").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))
                                    : tr("%1 h %2 min elapsed").arg(seconds / 3600).arg(seconds % 3600 / 60));
    }
    if (const QString agent = m_live->session().agentName; !agent.isEmpty())
        facts.append(agent);
    m_header->setFullText(facts.join(QStringLiteral(" \u00B7 ")));
}

void AgentPanel::updateQuestion()
{
    m_question->setQuestion(m_live ? m_live->feed()->pendingQuestion() : QString());
}

void AgentPanel::updateActions()
{
    const bool busy = isCommandRunning();
    const Value status = m_live ? m_live->feed()->status().value : Value::Unknown;
    const bool listed = m_live && m_live->isListed();
    m_actions->pauseTask->setEnabled(listed && !busy && canPause(status));
    m_actions->resumeTask->setEnabled(listed && !busy && status == Value::Paused);
    m_actions->cancelTask->setEnabled(listed && !busy && canCancel(status));
    m_actions->navigate->setEnabled(listed && !busy);
    m_composer->setSending(busy);
    m_question->setSending(busy);
    m_composer->setEnabled(listed);
}

void AgentPanel::setCommandText(const QString &text)
{
    m_commandText->setText(text);
    m_commandText->setVisible(!text.isEmpty());
    updateActions();
}

void AgentPanel::pause()
{
    if (m_command && m_command->pause())
        updateActions();
}

void AgentPanel::resume()
{
    if (m_command && m_command->resume())
        updateActions();
}

void AgentPanel::cancel()
{
    if (!m_command || m_command->isRunning())
        return;
    // The task's work so far stops for good; the session itself stays.
    if (!DialogSeam::confirm(this, tr("Cancel Task"),
            tr("Cancel the agent's current task? It stops where it is; the session and its browser stay."),
            tr("Cancel Task")))
        return;
    if (m_command->cancel())
        updateActions();
}

void AgentPanel::showNavigate()
{
    m_navigate->show();
    m_navigate->setFocus();
    m_navigate->selectAll();
}

void AgentPanel::navigate()
{
    if (!m_command || m_command->isRunning())
        return;
    const QString typed = m_navigate->text().trimmed();
    // A bare "example.com" is completed as a browser would; a typed scheme must be http(s).
    const QUrl target
        = typed.contains(QLatin1String("://")) ? QUrl(typed, QUrl::StrictMode) : QUrl::fromUserInput(typed);
    if (const QString problem = SessionCommand::urlProblem(target); !problem.isEmpty()) {
        setCommandText(problem);
        return;
    }
    if (m_command->navigate(target)) {
        m_navigate->hide();
        updateActions();
    }
}

void AgentPanel::send(const QString &message, const QUrl &startUrl, bool answer)
{
    if (!m_command || m_command->isRunning())
        return;
    if (const QString problem = SessionCommand::messageProblem(message); !problem.isEmpty()) {
        if (answer)
            m_question->setProblem(problem);
        else
            m_composer->setNote(problem);
        return;
    }
    m_sendingAnswer = answer;
    if (m_command->sendMessage(message, startUrl))
        updateActions();
}

void AgentPanel::onOutcome(const SessionCommand::Outcome &outcome)
{
    qCDebug(lcAgentPanel) << SessionCommand::kindName(outcome.kind) << outcome.done << outcome.text;
    setCommandText(outcome.text);
    Q_EMIT notice(outcome.text);
    if (outcome.kind == SessionCommand::Kind::SendMessage) {
        if (m_sendingAnswer) {
            m_question->setProblem(outcome.done ? QString() : outcome.text);
            if (outcome.done)
                m_question->answerEdit()->clear();
        } else {
            m_composer->setNote(outcome.text);
            if (outcome.done)
                m_composer->clearMessage();
        }
    }
    m_sendingAnswer = false;
    updateActions();
}

} // namespace agi
