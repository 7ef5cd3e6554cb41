#include "testclient.h"

#include "emulatorfixture.h"

#include <QNetworkAccessManager>

namespace agi::test {

TestClient::TestClient()
    : m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<ApiClient>(m_network.get()))
{ }

TestClient::TestClient(const QUrl &baseUrl, const QByteArray &apiKey)
    : TestClient()
{
    m_client->setBaseUrl(baseUrl);
    m_client->setApiKey(apiKey);
}

TestClient::TestClient(const EmulatorFixture &fixture)
    : TestClient(fixture.baseUrl(), fixture.apiKey())
{ }

TestClient::~TestClient() = default;

TestClient::TestClient(TestClient &&other) noexcept = default;

TestClient &TestClient::operator=(TestClient &&other) noexcept
{
    // The old client goes before the old network manager it was using.
    m_client = std::move(other.m_client);
    m_network = std::move(other.m_network);
    return *this;
}

} // namespace agi::test
