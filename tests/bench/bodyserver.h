#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace agi::bench {

//! Captured screenshot bodies served over HTTP/1.1 on 127.0.0.1 by a child process, so that a
//! benchmark's process CPU is what a client spends on a response and nothing of the server's:
//! `GET /N` answers with the Nth body of the folder (file name order, as loadCapturedFrames), on
//! kept-alive connections, with a Content-Length and nothing else.
class BodyServer final
{
public:
    BodyServer() = default;
    ~BodyServer();
    BodyServer(const BodyServer &) = delete;
    BodyServer &operator=(const BodyServer &) = delete;

    //! The child's main: serves the bodies of `framesDir` and prints "port N" on stdout.
    static int serve(const QString &framesDir);

    //! Starts `program` with `--serve framesDir` and waits until it listens.
    bool start(const QString &program, const QString &framesDir, QString *error);
    QUrl url(int index) const;

private:
    QProcess m_child;
    quint16 m_port = 0;
};

} // namespace agi::bench
