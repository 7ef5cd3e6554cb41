#pragma once

#include "controlroutes.h"
#include "emulatorconfig.h"
#include "endpoint.h"
#include "faultinjector.h"
#include "framerenderer.h"
#include "keyring.h"
#include "requestlog.h"
#include "responsewriter.h"
#include "sessionroutes.h"
#include "sessionstore.h"
#include "snapshotstore.h"
#include "webhookdispatcher.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrl>

namespace agi::emu {

class SseStream;

//! The HTTP front of the emulator: routes each request (method + path segments), logs it,
//! applies armed faults, checks the API key and hands it to the session or control routes.
class EmulatorServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorServer)

public:
    explicit EmulatorServer(const EmulatorConfig &config, QObject *parent = nullptr);
    ~EmulatorServer() override;

    bool start(QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    const KeyRing &keys() const { return m_keys; }
    FaultInjector *faults() { return &m_faults; }
    RequestLog *requests() { return &m_log; }
    SessionStore *sessions() { return &m_sessions; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        Endpoint endpoint = Endpoint::Unknown;
        QString sessionId;
        QStringList segments;
        int error = 0; // 404 unknown path, 405 known path but wrong method
    };

    static Route resolve(const QByteArray &method, const QStringList &segments);
    EmulatorResponse control(const Route &route, const QByteArray &method, const QByteArray &body);
    EmulatorResponse api(const Route &route, ApiRequest &request, const QByteArray &body);
    void openStream(QHttpServerResponder &&responder, qint64 requestId, EmulatedSession *session,
        SseStream::Options options, const QList<Fault> &faults);

    EmulatorConfig m_config;
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    RequestLog m_log;
    FaultInjector m_faults;
    ResponseWriter m_writer {&m_log};
    WebhookDispatcher m_webhooks {&m_network};
    FrameRenderer m_renderer;
    KeyRing m_keys;
    SnapshotStore m_snapshots;
    SessionStore m_sessions;
    SessionRoutes m_routes {&m_sessions, &m_snapshots};
    ControlRoutes m_control {&m_faults, &m_log, &m_snapshots, &m_sessions};
    QList<QPointer<SseStream>> m_streams;
};

} // namespace agi::emu
