#pragma once

#include "api/apijob.h"
#include "api/createsessionrequest.h"
#include "api/session.h"

namespace agi {

//! POST /v1/sessions. Never retried: a lost answer may still have created the session.
class CreateSessionJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSessionJob)

public:
    CreateSessionJob(ApiClient *client, const CreateSessionRequest &request, QObject *parent = nullptr);

    const Session &session() const { return m_session; }

    static ApiError parseSession(const QByteArray &body, Session *out);

protected:
    ApiError parse(const QByteArray &body) override;

private:
    Session m_session;
};

} // namespace agi
