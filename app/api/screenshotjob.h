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
    static constexpr int TimeoutMs = 30000;

    ScreenshotJob(ApiClient *client, const QString &sessionId, QObject *parent = nullptr);

    //! The request's path for `sessionId`.
    static QString path(const QString &sessionId);
    //! Why a 2xx body is no screenshot answer at all; none when it may be one (FrameDecoder checks the rest).
    static ApiError checkBody(const QByteArray &body);

    QString sessionId() const { return m_sessionId; }
    QByteArray body() const { return m_body; }

protected:
    ApiError parse(const QByteArray &body) override;

private:
    QString m_sessionId;
    QByteArray m_body;
};

} // namespace agi
