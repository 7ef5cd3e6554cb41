#pragma once

#include "api/apijob.h"
#include "api/executionstatus.h"

namespace agi {

//! GET /v1/sessions/{id}/status: the task's execution status, retried as a read.
class GetStatusJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GetStatusJob)

public:
    GetStatusJob(ApiClient *client, const QString &sessionId, QObject *parent = nullptr);

    const ExecutionStatus &status() const { return m_status; }

    static ApiError parseStatus(const QByteArray &body, ExecutionStatus *out);

protected:
    ApiError parse(const QByteArray &body) override;

private:
    ExecutionStatus m_status;
};

} // namespace agi
