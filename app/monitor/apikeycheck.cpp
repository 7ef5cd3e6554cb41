#include "monitor/apikeycheck.h"

#include "api/apiclient.h"
#include "api/listmodelsjob.h"

namespace agi {

ApiKeyCheck::ApiKeyCheck(ApiClient *appClient, QObject *parent)
    : QObject(parent)
    , m_appClient(appClient)
{ }

ApiKeyCheck::~ApiKeyCheck()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

QString ApiKeyCheck::serverHost() const
{
    return m_appClient->baseUrl().host();
}

bool ApiKeyCheck::start(const QByteArray &key)
{
    const QByteArray candidate = key.trimmed();
    if (m_job || candidate.isEmpty())
        return false;
    delete m_probe;
    m_probe = new ApiClient(m_appClient->network(), this);
    m_probe->setBaseUrl(m_appClient->baseUrl());
    m_probe->setTimeoutOverride(m_appClient->timeoutOverride());
    m_probe->setMaxAttempts(1);
    m_probe->setApiKey(candidate);

    auto *job = new ListModelsJob(m_probe, {}, this);
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this] {
        m_job.clear();
        Q_EMIT finished(true, tr("The server accepted the key."), {});
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) {
        m_job.clear();
        QString text = error.userMessage();
        if (error.kind == ApiError::Kind::Unauthorized)
            text = tr("The server rejected this key (401): check that it was pasted whole.");
        else if (error.kind == ApiError::Kind::Forbidden)
            text = tr("This key is not authorized to use the API (403).");
        Q_EMIT finished(false, text, error);
    });
    job->start();
    return true;
}

} // namespace agi
