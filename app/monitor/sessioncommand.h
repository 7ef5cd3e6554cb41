#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace agi {

class ApiClient;
class ApiJob;

//! One command to a session's agent or browser: pause, resume, cancel the task, open a URL, or send
//! a message (a new task or the answer to a question). Never resent automatically: when the answer
//! to a message is lost, the conversation is read to tell whether it arrived. One command at a time
//! per object.
//! The outcome is in words, for the user; views only choose and show.
class SessionCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCommand)

public:
    enum class Kind {
        Pause,
        Resume,
        Cancel,
        Navigate,
        SendMessage
    };
    Q_ENUM(Kind)

    struct Outcome
    {
        Kind kind = Kind::Pause;
        bool done = false;           //!< the server took it (or the session already was in that state)
        bool alreadyInState = false; //!< pause/resume: nothing to do, it already was paused / running
        bool maybeSent = false;      //!< a message whose arrival could not be checked: the agent may have it
        QUrl url;                    //!< navigate: where the browser ended up
        QString text;                //!< what happened, for the user
        ApiError error;              //!< when not done
    };

    SessionCommand(ApiClient *client, const QString &sessionId, QObject *parent = nullptr);
    ~SessionCommand() override;

    QString sessionId() const { return m_sessionId; }
    bool isRunning() const { return !m_job.isNull(); }

    //! Each sends its request and returns true; false (and nothing sent) while a command runs.
    bool pause();
    bool resume();
    bool cancel();
    //! `url` must be an absolute http(s) URL.
    bool navigate(const QUrl &url);
    //! `message` must not be blank; `startUrl` (optional) opens first.
    bool sendMessage(const QString &message, const QUrl &startUrl = {});

    //! The API's bounds of a message: 1 to 10,000 characters once trimmed.
    static constexpr int maxMessageLength = 10000;
    //! Why `message` cannot be sent, for the user; empty when it can.
    static QString messageProblem(const QString &message);
    //! Why the browser cannot be sent to `url` (absolute http or https only); empty when it can.
    static QString urlProblem(const QUrl &url);

    //! "pause", "resume", "cancel", "navigate", "message": for logs and the command line.
    static QString kindName(Kind kind);

Q_SIGNALS:
    //! While it runs: "Pausing...", "Sending...".
    void progress(const QString &text);
    //! Once per command.
    void finished(const agi::SessionCommand::Outcome &outcome);

private:
    bool run(Kind kind, ApiJob *job);
    void succeed(Kind kind, ApiJob *job);
    void fail(Kind kind, const ApiError &error);
    void checkDelivery(const ApiError &lost);

    ApiClient *m_client = nullptr;
    QString m_sessionId;
    QString m_message; // the message being sent, trimmed
    QPointer<ApiJob> m_job;
};

} // namespace agi

Q_DECLARE_METATYPE(agi::SessionCommand::Outcome)
