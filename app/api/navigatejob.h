#pragma once

#include "api/apijob.h"

#include <QUrl>

namespace agi {

//! POST /v1/sessions/{id}/navigate: drives the browser to an absolute http(s) URL.
class NavigateJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigateJob)

public:
    NavigateJob(ApiClient *client, const QString &sessionId, const QUrl &url, QObject *parent = nullptr);

    //! Where the browser ended up (after redirects); the requested URL when the server did not say.
    QUrl currentUrl() const { return m_currentUrl; }

protected:
    ApiError parse(const QByteArray &body) override;

private:
    QUrl m_requestedUrl;
    QUrl m_currentUrl;
};

} // namespace agi
