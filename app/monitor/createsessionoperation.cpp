#include "monitor/createsessionoperation.h"

#include "api/createsessionjob.h"
#include "monitor/sessioncommand.h"

namespace agi {

CreateSessionOperation::CreateSessionOperation(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

CreateSessionOperation::~CreateSessionOperation()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    delete m_command; // aborts its request
}

bool CreateSessionOperation::start(const CreateSessionRequest &request, const QString &firstTask, const QUrl &startUrl)
{
    if (isRunning())
        return false;
    m_request = request;
    m_task = firstTask.trimmed();
    m_startUrl = startUrl;
    auto *job = new CreateSessionJob(m_client, request, this);
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this, job] { sendFirstTask(job->session()); });
    connect(job, &ApiJob::failed, this, &CreateSessionOperation::failCreate);
    Q_EMIT progress(tr("Creating the session..."));
    job->start();
    return true;
}

void CreateSessionOperation::sendFirstTask(const Session &session)
{
    Outcome outcome;
    outcome.created = true;
    outcome.session = session;
    if (m_task.isEmpty()) {
        finish(outcome);
        return;
    }
    // A SessionCommand: never resent, and a lost answer is checked against the conversation.
    auto *command = new SessionCommand(m_client, session.id, this);
    m_command = command;
    connect(command, &SessionCommand::finished, this,
        [this, command, outcome](const SessionCommand::Outcome &sent) mutable {
            command->deleteLater();
            if (!sent.done) {
                outcome.taskProblem = sent.text;
                outcome.text = tr("The session was created, but its first task could not be sent: %1").arg(sent.text);
            }
            finish(outcome);
        });
    Q_EMIT progress(tr("Session created; sending the first task..."));
    command->sendMessage(m_task, m_startUrl);
}

void CreateSessionOperation::failCreate(const ApiError &error)
{
    Outcome outcome;
    outcome.errorKind = error.kind;
    if (error.effect == ApiError::Effect::MaybeCreated) {
        // userMessage() already says that the session may exist.
        outcome.mayExist = true;
        outcome.text = error.userMessage();
        finish(outcome);
        return;
    }
    QString reason = error.userMessage();
    const bool restores = !m_request.restoreFromSessionId.isEmpty()
        || !m_request.restoreDefaultEnvironmentFromUserId.isEmpty() || !m_request.restoreFromEnvironmentId.isEmpty();
    if (error.kind == ApiError::Kind::NotFound && restores) {
        reason = m_request.restoreFromSessionId.isEmpty() && !m_request.restoreDefaultEnvironmentFromUserId.isEmpty()
            ? tr("No default environment is saved for user id %1.").arg(m_request.restoreDefaultEnvironmentFromUserId)
            : tr("No snapshot is saved for that session.");
        if (!error.serverMessage.isEmpty())
            reason += QStringLiteral(" (%1)").arg(error.serverMessage);
    }
    outcome.text = tr("The session was not created: %1").arg(reason);
    finish(outcome);
}

void CreateSessionOperation::finish(const Outcome &outcome)
{
    m_job.clear();
    m_command.clear();
    Q_EMIT finished(outcome);
}

} // namespace agi
