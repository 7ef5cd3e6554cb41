#include "api/streamnetworks.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <algorithm>

namespace agi {

StreamNetworks::StreamNetworks(QNetworkAccessManager *like, QObject *parent)
    : QObject(parent)
    , m_like(like)
{ }

StreamNetworks::~StreamNetworks() = default;

QNetworkAccessManager *StreamNetworks::available()
{
    const auto pool = std::ranges::find_if(m_pools, [](const Pool &p) { return p.streams < StreamsPerManager; });
    if (pool != m_pools.end())
        return pool->network;
    auto *network = new QNetworkAccessManager(this);
    if (m_like)
        network->setProxy(m_like->proxy());
    m_pools.push_back({network, 0});
    return network;
}

void StreamNetworks::hold(QNetworkAccessManager *network, QObject *stream)
{
    const auto pool = std::ranges::find_if(m_pools, [network](const Pool &p) { return p.network == network; });
    if (pool == m_pools.end())
        return;
    ++pool->streams;
    connect(stream, &QObject::destroyed, this, [this, network] { release(network); });
}

void StreamNetworks::release(QNetworkAccessManager *network)
{
    const auto pool = std::ranges::find_if(m_pools, [network](const Pool &p) { return p.network == network; });
    if (pool == m_pools.end())
        return;
    if (--pool->streams == 0 && pool != m_pools.begin()) {
        pool->network->deleteLater();
        m_pools.erase(pool);
    }
}

} // namespace agi
