#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <utility>

namespace agi::test {

//! One finished HTTP exchange as a test sees it.
struct ProbeReply
{
    int status = 0; // 0 when no HTTP status arrived
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool timedOut = false;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const;
    //! The answer did not arrive whole: a transport error, or fewer bytes than Content-Length
    //! announced (QNetworkAccessManager may finish such a reply without an error).
    bool cutShort() const;
};

//! A plain HTTP client for tests that talk to the emulator the way any client would: it waits for
//! each reply on its `finished` signal (with a timeout), never by sleeping.
class HttpProbe final
{
public:
    explicit HttpProbe(QUrl baseUrl, QByteArray apiKey = {});

    void setApiKey(const QByteArray &key) { m_key = key; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    ProbeReply get(const QString &path, const QString &query = {});
    ProbeReply post(const QString &path, const QByteArray &jsonBody = {});
    ProbeReply del(const QString &path, const QString &query = {});
    //! Any verb, with explicit extra headers (e.g. a missing or different Authorization).
    ProbeReply send(const QByteArray &verb, const QString &path, const QString &query, const QByteArray &body,
        const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {});

    QUrl url(const QString &path, const QString &query = {}) const;

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_key;
    int m_timeoutMs = 15000;
};

} // namespace agi::test
