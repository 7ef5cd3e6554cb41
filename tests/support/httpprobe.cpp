#include "httpprobe.h"

#include <QBuffer>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace agi::test {

QByteArray ProbeReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ProbeReply::cutShort() const
{
    const QByteArray announced = header(QByteArrayLiteral("Content-Length"));
    return error != QNetworkReply::NoError || (!announced.isEmpty() && announced.toLongLong() > body.size());
}

HttpProbe::HttpProbe(QUrl baseUrl, QByteArray apiKey)
    : m_base(std::move(baseUrl))
    , m_key(std::move(apiKey))
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

QUrl HttpProbe::url(const QString &path, const QString &query) const
{
    QUrl result = m_base;
    result.setPath(path);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

ProbeReply HttpProbe::get(const QString &path, const QString &query)
{
    return send("GET", path, query, {});
}

ProbeReply HttpProbe::post(const QString &path, const QByteArray &jsonBody)
{
    return send("POST", path, {}, jsonBody);
}

ProbeReply HttpProbe::del(const QString &path, const QString &query)
{
    return send("DELETE", path, query, {});
}

ProbeReply HttpProbe::send(const QByteArray &verb, const QString &path, const QString &query, const QByteArray &body,
    const QList<std::pair<QByteArray, QByteArray>> &extraHeaders)
{
    QNetworkRequest request(url(path, query));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_key);
    for (const auto &[key, value] : extraHeaders)
        request.setRawHeader(key, value);

    QBuffer *payload = nullptr;
    if (!body.isEmpty()) {
        payload = new QBuffer;
        payload->setData(body);
        payload->open(QIODevice::ReadOnly);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, payload);
    if (payload)
        payload->setParent(reply);

    ProbeReply result;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(m_timeoutMs)) {
        result.timedOut = true;
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

} // namespace agi::test
