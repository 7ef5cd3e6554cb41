#include "monitor/createsessionoperation.h"

#include "api/createsessionjob.h"
#include "api/sendmessagejob.h"

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
}

bool CreateSessionOperation::start(const CreateSessionRequest &request, const QString &firstTask, const QUrl &startUrl)
{
    if (m_job)
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
    auto *job = new SendMessageJob(m_client, session.id, m_task, m_startUrl, this);
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this, outcome] { finish(outcome); });
    connect(job, &ApiJob::failed, this, [this, outcome](const ApiError &error) mutable {
        outcome.taskProblem = error.userMessage();
        outcome.text = tr("The session was created, but its first task could not be sent: %1").arg(outcome.taskProblem);
        finish(outcome);
    });
    Q_EMIT progress(tr("Session created; sending the first task..."));
    job->start();
}

void CreateSessionOperation::failCreate(const ApiError &error)
{
    Outcome outcome;
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
    Q_EMIT finished(outcome);
}

} // namespace agi
