#pragma once

#include "api/apiclient.h"

#include <QByteArray>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace agi::test {

class EmulatorFixture;

//! An ApiClient on a network manager of its own, as the application builds one; tests tune it through client().
class TestClient final
{
public:
    //! A client with no base URL and no key.
    TestClient();
    //! A client on `baseUrl` with `apiKey` (no key when empty).
    explicit TestClient(const QUrl &baseUrl, const QByteArray &apiKey = {});
    //! A client on the fixture's emulator, with its key.
    explicit TestClient(const EmulatorFixture &fixture);
    ~TestClient();
    TestClient(TestClient &&other) noexcept;
    TestClient &operator=(TestClient &&other) noexcept;
    TestClient(const TestClient &) = delete;
    TestClient &operator=(const TestClient &) = delete;

    //! The client under test; never null (except in a moved-from TestClient).
    ApiClient *client() const { return m_client.get(); }
    //! The network manager the client sends through.
    QNetworkAccessManager *network() const { return m_network.get(); }

private:
    // Declared in this order so the client goes before the network manager it uses.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

} // namespace agi::test
