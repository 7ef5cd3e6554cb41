#pragma once

#include "api/apijob.h"
#include "api/messagespage.h"

namespace agi {

//! GET /v1/sessions/{id}/messages?after_id=&sanitize=, retried as a read.
class GetMessagesJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GetMessagesJob)

public:
    GetMessagesJob(ApiClient *client, const QString &sessionId, qint64 afterId = 0, bool sanitize = true,
        QObject *parent = nullptr);

    const MessagesPage &page() const { return m_page; }

protected:
    ApiError parse(const QByteArray &body) override;

private:
    MessagesPage m_page;
};

} // namespace agi
