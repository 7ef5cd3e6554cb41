#include "emulator.h"

#include "demodirector.h"
#include "emulatorserver.h"

#include <utility>

namespace agi::emu {

Emulator::Emulator(EmulatorConfig config, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<EmulatorServer>(config))
    , m_config(std::move(config))
{ }

Emulator::~Emulator()
{
    m_demo.reset();
    m_server.reset();
}

bool Emulator::start(QString *error)
{
    if (!m_server->start(error))
        return false;
    if (m_config.demoSessions > 0 && !m_demo) {
        m_demo = std::make_unique<DemoDirector>(m_server->sessions(), userId(), m_config.speed, m_config.demoLoop);
        m_demo->start(m_config.demoSessions);
    }
    return true;
}

QUrl Emulator::baseUrl() const
{
    return m_server->baseUrl();
}

QString Emulator::apiKey() const
{
    return m_server->keys().firstKey();
}

QString Emulator::userId() const
{
    return m_server->keys().userFor(apiKey());
}

const EmulatorConfig &Emulator::config() const
{
    return m_config;
}

FaultInjector *Emulator::faults() const
{
    return m_server->faults();
}

RequestLog *Emulator::requests() const
{
    return m_server->requests();
}

} // namespace agi::emu
