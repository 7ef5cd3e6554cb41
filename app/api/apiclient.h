#pragma once

#include "api/apierror.h"
#include "api/backoff.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace agi {
class StreamNetworks;
}

namespace agi {

//! The one place that knows how to talk to the AGI API: base URL, key, user agent, timeouts, redirect,
//! TLS and size policy, on top of the injected QNetworkAccessManager.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr qint64 DefaultMaxResponseBytes = qint64 {32} * 1024 * 1024;

    //! Everything a request takes from the client, as a value: another thread may build and send
    //! requests from its copy (FramePoller fetches screenshots on its decoding thread).
    //! Holds the API key: never log it.
    struct Recipe
    {
        QUrl baseUrl;
        QByteArray apiKey;
        int timeoutOverrideMs = 0;
        qint64 maxResponseBytes = DefaultMaxResponseBytes;
    };

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    QNetworkAccessManager *network() const { return m_network; }

    //! e.g. https://api.agi.tech or http://127.0.0.1:PORT (paths such as /v1/sessions are appended).
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_recipe.baseUrl; }
    void setApiKey(const QByteArray &key);
    bool hasApiKey() const { return !m_recipe.apiKey.isEmpty(); }

    //! Bodies above this size abort with BadResponse "response too large" (streams are capped per event).
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const { return m_recipe.maxResponseBytes; }

    //! Retry tuning: first backoff delay (doubles per attempt, +-20 % jitter), its cap, and total attempts.
    void setRetryBaseDelay(int milliseconds) { m_retryBaseDelayMs = milliseconds; }
    int retryBaseDelay() const { return m_retryBaseDelayMs; }
    void setMaxRetryDelay(int milliseconds) { m_maxRetryDelayMs = milliseconds; }
    int maxRetryDelay() const { return m_maxRetryDelayMs; }
    Backoff::Tuning backoff() const { return {m_retryBaseDelayMs, m_maxRetryDelayMs}; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    int maxAttempts() const { return m_maxAttempts; }

    //! When > 0, replaces every job's own transfer timeout (tests use short ones).
    void setTimeoutOverride(int milliseconds);
    int timeoutOverride() const { return m_recipe.timeoutOverrideMs; }

    //! Base URL, key, timeout override and size cap as they are now (recipeChanged() when they change).
    const Recipe &recipe() const { return m_recipe; }

    //! The base URL with `path` appended and `query` set.
    QUrl endpointUrl(const QString &path, const QUrlQuery &query = {}) const
    {
        return endpointUrl(m_recipe, path, query);
    }
    static QUrl endpointUrl(const Recipe &recipe, const QString &path, const QUrlQuery &query = {});
    //! Kind Insecure when `url` may not be used (ServerAddress), Other when it is no URL at all.
    static ApiError checkUrl(const QUrl &url);
    //! "/v1/sessions/<id><suffix>" with the id percent-encoded.
    static QString sessionPath(const QString &sessionId, const QString &suffix = {});

    //! A request with every header and policy set; `accept` is the Accept header.
    QNetworkRequest makeRequest(
        const QUrl &url, int timeoutMs, const QByteArray &accept = QByteArrayLiteral("application/json")) const
    {
        return makeRequest(m_recipe, url, timeoutMs, accept);
    }
    static QNetworkRequest makeRequest(const Recipe &recipe, const QUrl &url, int timeoutMs,
        const QByteArray &accept = QByteArrayLiteral("application/json"));
    //! Whether Qt's HTTP layer may send the request again by itself after a dropped connection.
    enum class Resend {
        Allowed,  //!< reads: harmless twice
        Forbidden //!< create, message, commands, DELETE: at most once (see OneShotBody)
    };
    //! Checks the URL, sends, and guards the reply (redirects, TLS, size). On a policy failure returns
    //! nullptr and fills `error`; nothing is sent then. `maxBytes` <= 0 disables the size cap.
    QNetworkReply *send(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body, qint64 maxBytes,
        ApiError *error, Resend resend = Resend::Allowed)
    {
        return sendWith(m_network, verb, request, body, maxBytes, error, resend);
    }
    //! GET for a long-lived stream (/events), on a manager of its own pool (see StreamNetworks) so
    //! that open streams never hold back other requests. Same policy as send().
    QNetworkReply *openStream(const QNetworkRequest &request, ApiError *error);
    StreamNetworks *streamNetworks() const { return m_streams; }
    //! Off: streams go through network() like any request (a test's fake network sees them).
    void setSeparateStreams(bool separate) { m_separateStreams = separate; }

    //! send() on another network manager (one of another thread, with a request made from a Recipe).
    static QNetworkReply *sendWith(QNetworkAccessManager *network, const QByteArray &verb,
        const QNetworkRequest &request, const QByteArray &body, qint64 maxBytes, ApiError *error,
        Resend resend = Resend::Allowed);
    //! The error a guarded reply finished with: a policy abort (Insecure, too large) wins over Qt's code.
    static ApiError errorFromReply(QNetworkReply *reply, const QByteArray &body);
    //! Records why the client aborts `reply`, then aborts it.
    static void abortWith(QNetworkReply *reply, const ApiError &error);
    //! Removes the API key from an error's text, should a server ever echo it.
    void redact(ApiError &error) const { redact(m_recipe, error); }
    static void redact(const Recipe &recipe, ApiError &error);

Q_SIGNALS:
    //! The server rejected the key (401): the UI may ask for a new one.
    void unauthorized();
    //! recipe() changed: base URL, key, timeout override or size cap.
    void recipeChanged();

private:
    static void guard(QNetworkReply *reply, qint64 maxBytes);

    QNetworkAccessManager *m_network = nullptr;
    StreamNetworks *m_streams = nullptr;
    bool m_separateStreams = true;
    Recipe m_recipe;
    int m_retryBaseDelayMs = 1000;
    int m_maxRetryDelayMs = 60000;
    int m_maxAttempts = 4;
};

} // namespace agi
