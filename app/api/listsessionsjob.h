#pragma once

#include "api/apijob.h"
#include "api/session.h"

#include <QList>

namespace agi {

//! GET /v1/sessions: a bare array or {"sessions": [...]}; items without a session_id are skipped.
class ListSessionsJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListSessionsJob)

public:
    explicit ListSessionsJob(ApiClient *client, QObject *parent = nullptr);

    const QList<Session> &sessions() const { return m_sessions; }

    static ApiError parseSessions(const QByteArray &body, QList<Session> *out);

protected:
    ApiError parse(const QByteArray &body) override;

private:
    QList<Session> m_sessions;
};

} // namespace agi
