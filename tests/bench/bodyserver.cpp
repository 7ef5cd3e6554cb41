#include "bodyserver.h"

#include "capturedframes.h"

#include <QCoreApplication>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>

namespace agi::bench {

namespace {

//! The response to one request line ("GET /N HTTP/1.1"): the Nth body, or 404.
QByteArray responseFor(const QByteArray &requestLine, const std::vector<CapturedFrame> &frames)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    bool ok = false;
    const int index = parts.size() == 3 ? parts.at(1).mid(1).toInt(&ok) : -1;
    if (!ok || index < 0 || index >= int(frames.size()))
        return QByteArrayLiteral("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    const QByteArray &body = frames.at(size_t(index)).body;
    return QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ")
        + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
}

} // namespace

BodyServer::~BodyServer()
{
    if (m_child.state() != QProcess::NotRunning) {
        m_child.kill();
        m_child.waitForFinished();
    }
}

int BodyServer::serve(const QString &framesDir)
{
    const std::vector<CapturedFrame> frames = loadCapturedFrames(framesDir);
    QTcpServer server;
    if (frames.empty() || !server.listen(QHostAddress::LocalHost))
        return 1;
    QHash<QTcpSocket *, QByteArray> pending; // what each connection sent that is not answered yet
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [&pending, socket] {
                pending.remove(socket);
                socket->deleteLater();
            });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&pending, &frames, socket] {
                QByteArray &buffer = pending[socket];
                buffer += socket->readAll();
                for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
                    socket->write(responseFor(buffer.left(buffer.indexOf("\r\n")), frames));
                    buffer.remove(0, end + 4);
                }
            });
        }
    });
    std::printf("port %u\n", unsigned(server.serverPort()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

bool BodyServer::start(const QString &program, const QString &framesDir, QString *error)
{
    m_child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_child.start(program, {QStringLiteral("--serve"), framesDir});
    if (!m_child.waitForStarted()) {
        *error = m_child.errorString();
        return false;
    }
    while (!m_child.canReadLine() && m_child.waitForReadyRead()) { }
    const QByteArray line = m_child.readLine().trimmed();
    if (!line.startsWith("port ")) {
        *error = QStringLiteral("the body server did not say its port");
        return false;
    }
    m_port = quint16(line.mid(5).toUInt());
    return true;
}

QUrl BodyServer::url(int index) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(index));
}

} // namespace agi::bench
