#include "emulatorfixture.h"

#include "emulator/faultinjector.h"

#include <QTest>

namespace agi::test {

emu::EmulatorConfig EmulatorFixture::defaults()
{
    emu::EmulatorConfig config;
    config.keys = {QStringLiteral("test-key")};
    config.userId = QStringLiteral("user-test");
    config.speed = 20.0;
    config.seed = 7;
    config.heartbeatMs = 500;
    config.echoRequests = false;
    return config;
}

EmulatorFixture::EmulatorFixture(emu::EmulatorConfig config)
    : m_emulator(std::make_unique<emu::Emulator>(std::move(config)))
{
    m_running = m_emulator->start(&m_error);
}

EmulatorFixture::~EmulatorFixture() = default;

QUrl EmulatorFixture::baseUrl() const
{
    return m_emulator->baseUrl();
}

QUrl EmulatorFixture::url(const QString &path, const QString &query) const
{
    QUrl result = baseUrl();
    result.setPath(path);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QByteArray EmulatorFixture::apiKey() const
{
    return m_emulator->apiKey().toUtf8();
}

QString EmulatorFixture::userId() const
{
    return m_emulator->userId();
}

QList<emu::RequestRecord> EmulatorFixture::requests(emu::Endpoint endpoint, const QString &sessionId) const
{
    QList<emu::RequestRecord> found;
    const QList<emu::RequestRecord> records = m_emulator->requests()->records();
    for (const emu::RequestRecord &record : records) {
        if ((endpoint == emu::Endpoint::Unknown || record.endpoint == endpoint)
            && (sessionId.isEmpty() || record.sessionId == sessionId))
            found.append(record);
    }
    return found;
}

int EmulatorFixture::count(emu::Endpoint endpoint, const QString &sessionId) const
{
    return int(requests(endpoint, sessionId).size());
}

void EmulatorFixture::armFault(const QString &spec)
{
    QString error;
    if (!m_emulator->faults()->addSpec(spec, &error))
        QFAIL(qPrintable(QStringLiteral("bad fault spec '%1': %2").arg(spec, error)));
}

void EmulatorFixture::clearFaults()
{
    m_emulator->faults()->clear();
}

} // namespace agi::test
