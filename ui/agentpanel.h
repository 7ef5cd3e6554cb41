#pragma once

#include "api/executionstatus.h"
#include "monitor/sessioncommand.h"

#include <QByteArray>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;

namespace agi {

class AppActions;
class ElidedLabel;
class LiveSession;
class MessageComposer;
class MessageDetails;
class QuestionBar;
class SessionMonitor;
class TimelineView;

//! The agent beside its browser: the timeline of its messages (live, with catch-up), the message
//! chosen in full, the question bar when it waits for an answer, and a box for a new task or a
//! follow-up. Pause, Resume, Cancel and Navigate (AppActions) act on the shown session, enabled in
//! the states where the server takes them; one command at a time, each outcome in words.
class AgentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentPanel)

public:
    AgentPanel(SessionMonitor *monitor, AppActions *actions, QWidget *parent = nullptr);
    ~AgentPanel() override;

    //! Follows `live` (held by the live pane, which outlives the choice); nullptr shows nothing.
    void setLiveSession(LiveSession *live);
    QString sessionId() const;

    TimelineView *timeline() const { return m_timeline; }
    //! The split between the timeline and the details, for restoreSplitState() at the next start.
    QByteArray saveSplitState() const;
    bool restoreSplitState(const QByteArray &state);
    MessageDetails *details() const { return m_details; }
    QuestionBar *questionBar() const { return m_question; }
    MessageComposer *composer() const { return m_composer; }
    QLineEdit *navigateEdit() const { return m_navigate; }
    //! The latest command's outcome or progress, as shown under the timeline.
    QString commandText() const;
    //! The header's whole text (state, steps, elapsed time, model), however narrow the panel is.
    QString headerText() const;
    bool isCommandRunning() const;

Q_SIGNALS:
    //! A short status message for the window's status bar.
    void notice(const QString &text);
    //! A message was chosen in the timeline: the moment it stands for (hook for the frame history).
    void momentChosen(const QString &sessionId, qint64 messageId);

private:
    //! The task moved on (status or a new message): the question, the actions and the header follow.
    void onStatusChanged();
    //! The header's run facts alone (they also move with the clock and the attention tracker).
    void updateHeader();
    void onOutcome(const SessionCommand::Outcome &outcome);
    void updateQuestion();
    void updateActions();
    void pause();
    void resume();
    void cancel();
    void showNavigate();
    void navigate();
    void send(const QString &message, const QUrl &startUrl, bool answer);
    void setCommandText(const QString &text);

    SessionMonitor *m_monitor = nullptr;
    AppActions *m_actions = nullptr;
    LiveSession *m_live = nullptr;       // held by the live pane; cleared when it goes
    SessionCommand *m_command = nullptr; // of m_live, a child
    bool m_sendingAnswer = false;
    QSplitter *m_split = nullptr;
    TimelineView *m_timeline = nullptr;
    MessageDetails *m_details = nullptr;
    QuestionBar *m_question = nullptr;
    MessageComposer *m_composer = nullptr;
    QLineEdit *m_navigate = nullptr;
    ElidedLabel *m_header = nullptr;
    QLabel *m_commandText = nullptr;
    QTimer m_ticker; // the header's clock
};

} // namespace agi
