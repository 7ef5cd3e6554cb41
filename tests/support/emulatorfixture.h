#pragma once

#include "emulator/emulator.h"
#include "emulator/endpoint.h"
#include "emulator/requestlog.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

namespace agi::test {

//! Starts an in-process emulator on 127.0.0.1 with a random port for one test (or one test class).
//! Defaults: key "test-key" for user "user-test", speed 20, seed 7, 500 ms heartbeat, quiet.
class EmulatorFixture final
{
public:
    static emu::EmulatorConfig defaults();

    explicit EmulatorFixture(emu::EmulatorConfig config = defaults());
    ~EmulatorFixture();
    EmulatorFixture(const EmulatorFixture &) = delete;
    EmulatorFixture &operator=(const EmulatorFixture &) = delete;

    //! False (and a QFAIL-able message in error()) when the emulator did not start.
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    emu::Emulator &emulator() { return *m_emulator; }
    QUrl baseUrl() const;
    //! baseUrl() with `path` (e.g. "/v1/sessions") and an optional query.
    QUrl url(const QString &path, const QString &query = {}) const;
    QByteArray apiKey() const;
    QString userId() const;

    //! The emulator's request log, oldest first, kept to `endpoint` (Endpoint::Unknown: every endpoint) and
    //! to `sessionId` (empty: every session). In-flight and dropped requests are included.
    QList<emu::RequestRecord> requests(
        emu::Endpoint endpoint = emu::Endpoint::Unknown, const QString &sessionId = {}) const;
    //! How many requests(endpoint, sessionId) there are.
    int count(emu::Endpoint endpoint, const QString &sessionId = {}) const;

    //! Arms a fault (FaultRule::parse syntax); fails the current test on a bad spec.
    void armFault(const QString &spec);
    void clearFaults();

private:
    std::unique_ptr<emu::Emulator> m_emulator;
    bool m_running = false;
    QString m_error;
};

} // namespace agi::test
