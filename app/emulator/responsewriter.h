#pragma once

#include "faultinjector.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>

class QHttpServerResponder;

namespace agi::emu {

class RequestLog;

//! A complete (non-streaming) answer built by a route handler.
struct EmulatorResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    //! Compact JSON body.
    static EmulatorResponse json(const QJsonValue &value, int status = 200);
    //! FastAPI-style error `{"detail": "<text>"}`.
    static EmulatorResponse detail(int status, const QString &text);
    //! FastAPI-style 422 `{"detail": [{"loc": [...], "msg": "...", "type": "..."}]}`.
    static EmulatorResponse validation(const QStringList &loc, const QString &msg, const QString &type);
    //! The answer an HttpStatus fault gives (429 carries Retry-After).
    static EmulatorResponse forFault(const Fault &fault);
};

//! Writes responses to the client, applying the faults armed for the request, and closes each
//! request in the RequestLog when its last byte is written or its connection is dropped.
class ResponseWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseWriter)

public:
    explicit ResponseWriter(RequestLog *log, QObject *parent = nullptr);

    //! Sends `response` for request `requestId`. Latency, Drop, Truncate, MalformedJson,
    //! CorruptJpeg, HugeImage, Slow and Stall faults in `faults` are applied here; HttpStatus
    //! faults are the caller's (it answers forFault() instead of running the handler).
    void send(
        QHttpServerResponder &&responder, qint64 requestId, EmulatorResponse response, const QList<Fault> &faults = {});

private:
    QPointer<RequestLog> m_log;
};

} // namespace agi::emu
