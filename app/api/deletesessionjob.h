#pragma once

#include "api/apijob.h"
#include "api/deleteoutcome.h"
#include "api/snapshotmode.h"

namespace agi {

//! DELETE /v1/sessions/{id}, optionally saving a snapshot; retried once after a timeout or network error.
class DeleteSessionJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteSessionJob)

public:
    DeleteSessionJob(ApiClient *client, const QString &sessionId, SnapshotMode mode = SnapshotMode::None,
        bool saveAsDefault = false, QObject *parent = nullptr);

    QString sessionId() const { return m_sessionId; }
    const DeleteOutcome &outcome() const { return m_outcome; }

    //! Parses {"success", "deleted", "message"}; `retried` marks a second attempt.
    static ApiError parseOutcome(const QByteArray &body, bool retried, DeleteOutcome *out);

protected:
    ApiError parse(const QByteArray &body) override;
    bool acceptHttpError(const ApiError &error, const QByteArray &body) override;

private:
    QString m_sessionId;
    DeleteOutcome m_outcome;
};

} // namespace agi
