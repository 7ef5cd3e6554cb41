#pragma once

#include "endpoint.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace agi::emu {

//! One request as the emulator saw it. Times are milliseconds on the emulator's monotonic clock.
struct RequestRecord
{
    qint64 id = 0;
    QByteArray method;
    QString path;  // without the query
    QString query; // without the leading '?'
    Endpoint endpoint = Endpoint::Unknown;
    QString sessionId; // empty when the path has none
    int status = 0;    // 0 while in flight; 0 also when dropped before a status line
    qint64 startedMs = 0;
    qint64 finishedMs = -1; // -1 while in flight
    bool dropped = false;   // the connection was closed without a complete response

    bool inFlight() const { return finishedMs < 0; }
};

//! Every request the emulator received, with start and end times, so tests can check a client's
//! discipline (overlap, intervals, backoff). Bounded to the most recent 20,000 requests.
class RequestLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    explicit RequestLog(QObject *parent = nullptr);

    qint64 begin(const QByteArray &method, const QString &path, const QString &query, Endpoint endpoint,
        const QString &sessionId);
    //! Marks the request complete; emits requestFinished and writes the log line (see setSink).
    void finish(qint64 id, int status, bool dropped = false);

    QList<RequestRecord> records() const;
    QJsonArray toJson() const;
    void clear();
    qint64 nowMs() const;

    //! Receives one line per finished request: "GET /v1/sessions 200 3 ms". Never headers or keys.
    void setSink(std::function<void(const QString &)> sink);

Q_SIGNALS:
    void requestStarted(const agi::emu::RequestRecord &record);
    void requestFinished(const agi::emu::RequestRecord &record);

private:
    QList<RequestRecord> m_records;
    QElapsedTimer m_clock;
    qint64 m_nextId = 1;
    std::function<void(const QString &)> m_sink;
};

} // namespace agi::emu
