#pragma once

#include "api/apijob.h"

#include <QByteArray>
#include <QString>

namespace agi {

//! GET /v1/sessions/{id}/screenshot, retried as a read; the body stays raw (FrameDecoder parses it).
class ScreenshotJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotJob)

public:
    ScreenshotJob(ApiClient *client, const QString &sessionId, QObject *parent = nullptr);

    QString sessionId() const { return m_sessionId; }
    QByteArray body() const { return m_body; }

protected:
    ApiError parse(const QByteArray &body) override;

private:
    QString m_sessionId;
    QByteArray m_body;
};

} // namespace agi
