#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace agi {

class ApiClient;
class ListModelsJob;

//! Whether the server takes a candidate API key: one GET /v1/models with it, on a client of its
//! own (a rejected candidate must neither replace the key in use nor fire the app's "unauthorized").
class ApiKeyCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyCheck)

public:
    //! Checks against `appClient`'s server, network, and timeouts.
    explicit ApiKeyCheck(ApiClient *appClient, QObject *parent = nullptr);
    ~ApiKeyCheck() override;

    //! Sends the check; false (and nothing sent) for a blank key or while one runs.
    bool start(const QByteArray &key);
    bool isRunning() const { return !m_job.isNull(); }
    //! The host the key is checked with, for "Checking the key with ...".
    QString serverHost() const;

Q_SIGNALS:
    //! Once per start(): `accepted`, or why not (for the user: rejected, not authorized, unreachable ...).
    void finished(bool accepted, const QString &text, const agi::ApiError &error);

private:
    ApiClient *m_appClient = nullptr;
    ApiClient *m_probe = nullptr; // the client of the running check
    QPointer<ListModelsJob> m_job;
};

} // namespace agi
