#include "monitor/modelcatalog.h"

#include "api/listmodelsjob.h"

namespace agi {

ModelCatalog::ModelCatalog(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ModelCatalog::~ModelCatalog()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

const QStringList &ModelCatalog::documentedModels()
{
    static const QStringList models {QStringLiteral("agi-0"), QStringLiteral("agi-0-fast")};
    return models;
}

QStringList ModelCatalog::models() const
{
    return m_models.isEmpty() ? documentedModels() : m_models;
}

void ModelCatalog::refresh()
{
    if (m_job)
        return;
    auto *job = new ListModelsJob(m_client, {}, this);
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this, job] {
        m_job.clear();
        if (!job->models().isEmpty())
            m_models = job->models();
        m_problem.clear();
        Q_EMIT changed();
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) {
        m_job.clear();
        m_problem = error.userMessage();
        Q_EMIT changed();
    });
    job->start();
}

void ModelCatalog::clear()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job.clear();
    }
    m_models.clear();
    m_problem.clear();
    Q_EMIT changed();
}

} // namespace agi
