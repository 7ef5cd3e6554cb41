#pragma once

#include "responsewriter.h"
#include "ssestream.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace agi::emu {

class SessionStore;
class SnapshotStore;

//! What a /v1 handler needs to know about its request once routing and auth are done.
struct ApiRequest
{
    QString userId;
    QString sessionId;
    QUrlQuery query;
    QJsonObject body;
};

//! The handlers of the fifteen /v1 endpoints: validation, state changes, response shapes.
//! Streaming `/events` only gets its options checked here; the server opens the stream.
class SessionRoutes final
{
public:
    SessionRoutes(SessionStore *sessions, SnapshotStore *snapshots);

    EmulatorResponse create(const ApiRequest &request);
    EmulatorResponse list(const ApiRequest &request);
    EmulatorResponse get(const ApiRequest &request);
    EmulatorResponse remove(const ApiRequest &request);
    EmulatorResponse removeAll(const ApiRequest &request);
    EmulatorResponse message(const ApiRequest &request);
    EmulatorResponse status(const ApiRequest &request);
    EmulatorResponse messages(const ApiRequest &request);
    EmulatorResponse pause(const ApiRequest &request);
    EmulatorResponse resume(const ApiRequest &request);
    EmulatorResponse cancel(const ApiRequest &request);
    EmulatorResponse navigate(const ApiRequest &request);
    EmulatorResponse screenshot(const ApiRequest &request);
    EmulatorResponse models(const ApiRequest &request);
    //! Fills *options from the query; an error response when a parameter is invalid or the
    //! session is unknown.
    std::optional<EmulatorResponse> eventOptions(const ApiRequest &request, SseStream::Options *options);

    static EmulatorResponse sessionNotFound();

private:
    SessionStore *m_sessions;
    SnapshotStore *m_snapshots;
};

} // namespace agi::emu
