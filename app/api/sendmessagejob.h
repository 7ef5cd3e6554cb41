#pragma once

#include "api/apijob.h"

#include <QUrl>

namespace agi {

//! POST /v1/sessions/{id}/message: starts a task or answers a question. Never retried automatically.
class SendMessageJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendMessageJob)

public:
    SendMessageJob(ApiClient *client, const QString &sessionId, const QString &message, const QUrl &startUrl = {},
        QObject *parent = nullptr);

    //! The server's confirmation text ("Message sent successfully").
    QString serverMessage() const { return m_serverMessage; }

protected:
    ApiError parse(const QByteArray &body) override;

private:
    QString m_serverMessage;
};

} // namespace agi
