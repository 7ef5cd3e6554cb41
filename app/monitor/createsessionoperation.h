#pragma once

#include "api/apierror.h"
#include "api/createsessionrequest.h"
#include "api/session.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace agi {

class ApiClient;
class ApiJob;
class SessionCommand;

//! Creating a session and, when a task is given, sending it as the first message: one POST
//! /v1/sessions (never resent: a lost answer may have created it) and one message. Says in words
//! what happened, including a session that may exist although no answer came. Dialogs only choose
//! and show.
class CreateSessionOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSessionOperation)

public:
    struct Outcome
    {
        bool created = false;  //!< the session exists (`session` holds it)
        bool mayExist = false; //!< no answer came: the session may exist anyway (refresh the list)
        Session session;       //!< when created
        QString taskProblem;   //!< created, but the first task was not sent: why
        QString text;          //!< what happened, for the user (empty on a plain success)
        ApiError error;        //!< when not created: how the create request failed
    };

    explicit CreateSessionOperation(ApiClient *client, QObject *parent = nullptr);
    ~CreateSessionOperation() override;

    //! Sends the create request, then `firstTask` (with `startUrl`, when valid) if it is not blank.
    //! False (and nothing sent) while one is under way.
    bool start(const CreateSessionRequest &request, const QString &firstTask = {}, const QUrl &startUrl = {});
    //! What the last start() asked for.
    const CreateSessionRequest &request() const { return m_request; }
    bool isRunning() const { return !m_job.isNull() || !m_command.isNull(); }

Q_SIGNALS:
    //! While it runs: "Creating the session...", "Session created; sending the first task...".
    void progress(const QString &text);
    //! Once per start().
    void finished(const agi::CreateSessionOperation::Outcome &outcome);

private:
    void sendFirstTask(const Session &session);
    void failCreate(const ApiError &error);
    void finish(const Outcome &outcome);

    ApiClient *m_client = nullptr;
    CreateSessionRequest m_request;
    QString m_task;
    QUrl m_startUrl;
    QPointer<ApiJob> m_job;             // the create
    QPointer<SessionCommand> m_command; // the first task
};

} // namespace agi

Q_DECLARE_METATYPE(agi::CreateSessionOperation::Outcome)
