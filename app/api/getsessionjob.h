#pragma once

#include "api/apijob.h"
#include "api/session.h"

namespace agi {

//! GET /v1/sessions/{id}, retried as a read.
class GetSessionJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GetSessionJob)

public:
    GetSessionJob(ApiClient *client, const QString &sessionId, QObject *parent = nullptr);

    const Session &session() const { return m_session; }

protected:
    ApiError parse(const QByteArray &body) override;

private:
    Session m_session;
};

} // namespace agi
