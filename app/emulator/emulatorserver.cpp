#include "emulatorserver.h"

#include "messageframing.h"
#include "requestvalidation.h"
#include "ssestream.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcEmulator, "agi.emulator", QtInfoMsg)

namespace agi::emu {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        break;
    }
    return "OTHER";
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

EmulatorServer::EmulatorServer(const EmulatorConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_renderer(config.frameSize, config.jpegQuality)
    , m_keys(config)
    , m_sessions(config.seed, config.speed, &m_renderer, &m_webhooks)
{
    m_webhooks.setAllowRemote(config.allowRemoteWebhooks);
    m_webhooks.setSpeed(config.speed);
    m_sessions.setSlowStart(config.slowStart);
    if (config.echoRequests) {
        m_log.setSink([](const QString &line) {
            fputs(qPrintable(line + QLatin1Char('\n')), stdout);
            fflush(stdout);
        });
    } else {
        m_log.setSink([](const QString &) {});
    }
}

EmulatorServer::~EmulatorServer()
{
    // Streams and sessions go first, while the log, the sockets and the renderer still exist.
    for (const QPointer<SseStream> &stream : std::as_const(m_streams))
        delete stream.data();
    m_streams.clear();
    const QList<QTcpServer *> tcpServers = servers();
    for (QTcpServer *server : tcpServers)
        server->close();
}

bool EmulatorServer::start(QString *error)
{
    for (const QString &spec : std::as_const(m_config.faults)) {
        QString reason;
        if (!m_faults.addSpec(spec, &reason)) {
            if (error)
                *error = QStringLiteral("invalid fault spec \"%1\": %2").arg(spec, reason);
            return false;
        }
    }
    const quint16 port = listen(m_config.host, m_config.port);
    if (port == 0) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2").arg(m_config.host.toString()).arg(m_config.port);
        return false;
    }
    QString host = m_config.host.toString();
    if (m_config.host.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    m_baseUrl = QUrl(QStringLiteral("http://%1:%2").arg(host).arg(port));
    m_sessions.setBaseUrl(m_baseUrl);
    qCDebug(lcEmulator) << "listening on" << m_baseUrl;
    return true;
}

EmulatorServer::Route EmulatorServer::resolve(const QByteArray &method, const QStringList &segments)
{
    Route route;
    route.segments = segments;
    const auto allow = [&](Endpoint endpoint, const char *expected) {
        if (method == expected)
            route.endpoint = endpoint;
        else
            route.error = 405;
    };
    const qsizetype n = segments.size();
    if (n >= 1 && segments.at(0) == QLatin1String("_emulator")) {
        if (n == 4 && segments.at(1) == QLatin1String("sessions") && segments.at(3) == QLatin1String("scroll")) {
            route.sessionId = segments.at(2);
            allow(Endpoint::Control, "POST");
        } else if (n == 2) {
            route.endpoint = Endpoint::Control;
        } else {
            route.error = 404;
        }
        return route;
    }
    if (n >= 2 && segments.at(0) == QLatin1String("vnc") && n <= 3) {
        route.sessionId = segments.at(1);
        if (n == 3 && segments.at(2) != QLatin1String("frame.jpg"))
            route.error = 404;
        else if (method != "GET")
            route.error = 405;
        else
            route.endpoint = Endpoint::Control;
        return route;
    }
    if (n < 2 || segments.at(0) != QLatin1String("v1")) {
        route.error = 404;
        return route;
    }
    if (n == 2 && segments.at(1) == QLatin1String("models")) {
        allow(Endpoint::Models, "GET");
        return route;
    }
    if (segments.at(1) != QLatin1String("sessions")) {
        route.error = 404;
        return route;
    }
    if (n == 2) {
        if (method == "GET")
            route.endpoint = Endpoint::ListSessions;
        else if (method == "POST")
            route.endpoint = Endpoint::CreateSession;
        else if (method == "DELETE")
            route.endpoint = Endpoint::DeleteAllSessions;
        else
            route.error = 405;
        return route;
    }
    route.sessionId = segments.at(2);
    if (n == 3) {
        if (method == "GET")
            route.endpoint = Endpoint::GetSession;
        else if (method == "DELETE")
            route.endpoint = Endpoint::DeleteSession;
        else
            route.error = 405;
        return route;
    }
    if (n != 4) {
        route.error = 404;
        return route;
    }
    const QString &action = segments.at(3);
    struct Action
    {
        const char *name;
        Endpoint endpoint;
        const char *method;
    };
    static const Action actions[] = {
        {"message", Endpoint::SendMessage, "POST"},
        {"status", Endpoint::Status, "GET"},
        {"messages", Endpoint::Messages, "GET"},
        {"events", Endpoint::Events, "GET"},
        {"pause", Endpoint::Pause, "POST"},
        {"resume", Endpoint::Resume, "POST"},
        {"cancel", Endpoint::Cancel, "POST"},
        {"navigate", Endpoint::Navigate, "POST"},
        {"screenshot", Endpoint::Screenshot, "GET"},
    };
    for (const Action &candidate : actions) {
        if (action == QLatin1String(candidate.name)) {
            allow(candidate.endpoint, candidate.method);
            return route;
        }
    }
    route.error = 404;
    return route;
}

bool EmulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Route route = resolve(method, segments);
    const qint64 id = m_log.begin(method, path, request.url().query(), route.endpoint, route.sessionId);
    QHttpServerResponder responder = makeResponder(request, socket);

    // Before routes and faults, as a real server's parser would: a request whose end cannot be
    // known is refused, and the connection with it (what follows on it cannot be trusted either).
    if (const std::optional<QString> problem = MessageFraming::problem(request.headers())) {
        EmulatorResponse response = EmulatorResponse::detail(400, *problem);
        response.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
        m_writer.send(std::move(responder), id, response);
        socket->disconnectFromHost();
        return true;
    }

    if (route.error == 404) {
        m_writer.send(std::move(responder), id, EmulatorResponse::detail(404, QStringLiteral("Not Found")));
        return true;
    }
    if (route.error == 405) {
        m_writer.send(std::move(responder), id, EmulatorResponse::detail(405, QStringLiteral("Method Not Allowed")));
        return true;
    }
    if (route.endpoint == Endpoint::Control) {
        m_writer.send(std::move(responder), id, control(route, method, request.body()));
        return true;
    }

    const QList<Fault> faults = m_faults.take(route.endpoint, route.sessionId);
    for (const Fault &fault : faults) {
        if (fault.kind == Fault::Kind::HttpStatus) {
            m_writer.send(std::move(responder), id, EmulatorResponse::forFault(fault), faults);
            return true;
        }
    }

    ApiRequest api;
    api.sessionId = route.sessionId;
    api.query = request.query();
    switch (m_keys.check(header(request, "Authorization"), &api.userId)) {
    case KeyRing::Verdict::Unknown: {
        EmulatorResponse response = EmulatorResponse::detail(401, QStringLiteral("Invalid API key"));
        response.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        m_writer.send(std::move(responder), id, response, faults);
        return true;
    }
    case KeyRing::Verdict::Revoked:
        m_writer.send(
            std::move(responder), id, EmulatorResponse::detail(403, QStringLiteral("API key not authorized")), faults);
        return true;
    case KeyRing::Verdict::Ok:
        break;
    }

    if (route.endpoint == Endpoint::Events) {
        SseStream::Options options;
        options.heartbeatMs = m_config.heartbeatMs;
        if (std::optional<EmulatorResponse> error = m_routes.eventOptions(api, &options)) {
            m_writer.send(std::move(responder), id, *error, faults);
            return true;
        }
        openStream(std::move(responder), id, m_sessions.find(api.userId, api.sessionId), options, faults);
        return true;
    }
    m_writer.send(std::move(responder), id, this->api(route, api, request.body()), faults);
    return true;
}

void EmulatorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const qint64 id
        = m_log.begin(methodName(request.method()), request.url().path(), request.url().query(), Endpoint::Unknown, {});
    m_writer.send(makeResponder(request, socket), id, EmulatorResponse::detail(404, QStringLiteral("Not Found")));
}

EmulatorResponse EmulatorServer::control(const Route &route, const QByteArray &method, const QByteArray &body)
{
    if (route.segments.constFirst() == QLatin1String("_emulator")) {
        if (!route.sessionId.isEmpty())
            return m_control.scroll(route.sessionId, body);
        return m_control.emulator(route.segments.at(1), method, body);
    }
    if (route.segments.size() == 3)
        return m_control.vncFrame(route.sessionId);
    return m_control.vncPage(route.sessionId);
}

EmulatorResponse EmulatorServer::api(const Route &route, ApiRequest &request, const QByteArray &body)
{
    if (route.endpoint == Endpoint::CreateSession || route.endpoint == Endpoint::SendMessage
        || route.endpoint == Endpoint::Navigate) {
        if (auto error = RequestValidation::parseBody(body, &request.body))
            return *error;
    }
    switch (route.endpoint) {
    case Endpoint::CreateSession:
        return m_routes.create(request);
    case Endpoint::ListSessions:
        return m_routes.list(request);
    case Endpoint::GetSession:
        return m_routes.get(request);
    case Endpoint::DeleteSession:
        return m_routes.remove(request);
    case Endpoint::DeleteAllSessions:
        return m_routes.removeAll(request);
    case Endpoint::SendMessage:
        return m_routes.message(request);
    case Endpoint::Status:
        return m_routes.status(request);
    case Endpoint::Messages:
        return m_routes.messages(request);
    case Endpoint::Pause:
        return m_routes.pause(request);
    case Endpoint::Resume:
        return m_routes.resume(request);
    case Endpoint::Cancel:
        return m_routes.cancel(request);
    case Endpoint::Navigate:
        return m_routes.navigate(request);
    case Endpoint::Screenshot:
        return m_routes.screenshot(request);
    case Endpoint::Models:
        return m_routes.models(request);
    case Endpoint::Events:
    case Endpoint::Control:
    case Endpoint::Unknown:
        break;
    }
    return EmulatorResponse::detail(404, QStringLiteral("Not Found"));
}

void EmulatorServer::openStream(QHttpServerResponder &&responder, qint64 requestId, EmulatedSession *session,
    SseStream::Options options, const QList<Fault> &faults)
{
    int latencyMs = 0;
    for (const Fault &fault : faults) {
        if (fault.kind == Fault::Kind::Latency)
            latencyMs += fault.value;
        else if (fault.kind == Fault::Kind::Drop)
            options.drop = true;
        else if (fault.kind == Fault::Kind::Stall)
            options.stall = true;
    }
    auto *stream = new SseStream(std::move(responder), session, options, &m_log, requestId, this);
    m_streams.removeIf([](const QPointer<SseStream> &old) { return old.isNull(); });
    m_streams.append(stream);
    connect(stream, &SseStream::ended, stream, &QObject::deleteLater);
    if (latencyMs > 0)
        QTimer::singleShot(latencyMs, stream, &SseStream::start);
    else
        stream->start();
}

} // namespace agi::emu
