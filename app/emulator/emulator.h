#pragma once

#include "emulatorconfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace agi::emu {

class DemoDirector;
class FaultInjector;
class RequestLog;
class EmulatorServer;

//! The local AGI Agent Sessions API: owns the server and its state. Used by `agi-emulator`,
//! by `agi-monitor --demo` (in-process) and by the tests.
class Emulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Emulator)

public:
    explicit Emulator(EmulatorConfig config, QObject *parent = nullptr);
    ~Emulator() override;

    //! Binds and starts serving; false with *error set when it cannot (port taken, bad fault spec).
    bool start(QString *error = nullptr);

    //! `http://HOST:PORT`, valid after start(); the API lives under `/v1`.
    QUrl baseUrl() const;
    //! The first accepted key, generated when the config has none.
    QString apiKey() const;
    //! The user id owning apiKey().
    QString userId() const;
    const EmulatorConfig &config() const;

    FaultInjector *faults() const;
    RequestLog *requests() const;

private:
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<DemoDirector> m_demo;
    EmulatorConfig m_config;
};

} // namespace agi::emu
