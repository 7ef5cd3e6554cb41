#pragma once

#include <QHostAddress>
#include <QSize>
#include <QString>
#include <QStringList>

namespace agi::emu {

//! Everything `agi-emulator` takes on its command line; the in-process demo and the tests fill it in code.
struct EmulatorConfig
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;        // 0 = pick a free port
    QStringList keys;        // accepted API keys; the first maps to userId
    QStringList revokedKeys; // known but not authorized: 403
    QString userId;          // user id owning the first key (generated when empty)
    double speed = 1.0;      // clock factor: 10 runs the scripted agent ten times faster
    quint32 seed = 0;        // same seed, same session ids, frames and messages
    QSize frameSize = QSize(1280, 800);
    int jpegQuality = 75;
    int demoSessions = 0;    // sessions created at start, already working on tasks
    bool demoLoop = false;   // demo sessions start a new task a while after each one ends
    int heartbeatMs = 30000; // SSE heartbeat interval (not scaled by speed); heartbeats ignore event_types
    bool slowStart = false;  // create answers "initializing"; ready 400 ms / speed later (Part A: off by default)
    bool allowRemoteWebhooks = false;
    QStringList faults;        // fault specs armed at start (FaultRule::parse syntax)
    bool echoRequests = false; // print one line per request to stdout
};

} // namespace agi::emu
