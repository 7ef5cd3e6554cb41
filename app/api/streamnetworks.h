#pragma once

#include <QObject>

#include <vector>

class QNetworkAccessManager;

namespace agi {

//! Network managers for long-lived streams (the sessions' /events), apart from the one that sends
//! requests. Over HTTP/1.1 Qt opens at most six connections to a host per manager, and a stream
//! holds its connection for as long as it runs: on the requests' manager, six followed sessions
//! would leave list refreshes, status reads and commands waiting for good. Each manager here
//! carries at most six streams; another is made when all are full, and a manager that carried
//! none any more is let go (the first stays).
class StreamNetworks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamNetworks)

public:
    static constexpr int StreamsPerManager = 6;

    //! `like` lends its proxy settings to the managers made here.
    explicit StreamNetworks(QNetworkAccessManager *like, QObject *parent = nullptr);
    ~StreamNetworks() override;

    //! A manager with room for one more stream (made when every one is full).
    QNetworkAccessManager *available();
    //! `stream` (a reply of `network`) holds its place there until it is destroyed.
    void hold(QNetworkAccessManager *network, QObject *stream);
    int managerCount() const { return int(m_pools.size()); }

private:
    struct Pool
    {
        QNetworkAccessManager *network = nullptr;
        int streams = 0;
    };
    void release(QNetworkAccessManager *network);

    QNetworkAccessManager *m_like = nullptr;
    std::vector<Pool> m_pools;
};

} // namespace agi
