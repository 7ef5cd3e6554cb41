#pragma once

#include "api/apijob.h"
#include "api/deleteoutcome.h"

namespace agi {

//! DELETE /v1/sessions: ends every session of the key; retried once after a timeout or network error.
class DeleteAllSessionsJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteAllSessionsJob)

public:
    explicit DeleteAllSessionsJob(ApiClient *client, QObject *parent = nullptr);

    const DeleteOutcome &outcome() const { return m_outcome; }

protected:
    ApiError parse(const QByteArray &body) override;

private:
    DeleteOutcome m_outcome;
};

} // namespace agi
