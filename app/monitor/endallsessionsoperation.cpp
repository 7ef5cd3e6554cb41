#include "monitor/endallsessionsoperation.h"

#include "api/deleteallsessionsjob.h"

namespace agi {

EndAllSessionsOperation::EndAllSessionsOperation(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

EndAllSessionsOperation::~EndAllSessionsOperation()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

bool EndAllSessionsOperation::start()
{
    if (m_job)
        return false;
    auto *job = new DeleteAllSessionsJob(m_client, this);
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this, job] {
        const DeleteOutcome outcome = job->outcome();
        m_job.clear();
        Outcome result;
        result.ended = true;
        if (outcome.deleted || outcome.probablyAlreadyEnded)
            result.text = tr("All sessions ended. Nothing was saved.");
        else
            result.text = outcome.message.isEmpty() ? tr("The server ended no session.") : outcome.message;
        Q_EMIT finished(result);
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) {
        m_job.clear();
        Q_EMIT finished(Outcome {false, tr("Ending all sessions failed: %1").arg(error.userMessage())});
    });
    connect(job, &ApiJob::retryScheduled, this, [this] { Q_EMIT progress(tr("No answer yet; trying once more...")); });
    Q_EMIT progress(tr("Ending all sessions..."));
    job->start();
    return true;
}

} // namespace agi
