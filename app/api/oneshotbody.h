#pragma once

#include <QByteArray>
#include <QIODevice>

namespace agi {

//! A request body that can be read once and never rewound. Qt's HTTP layer sends a request again by
//! itself when the connection drops after it went out (for every method, POST and DELETE included);
//! it needs to rewind the body for that, and with this body it cannot, so the request fails with
//! ContentReSendError instead of reaching the server twice. For requests that must never be
//! repeated behind the user's back: create, message, commands, DELETE.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override;
    //! Always false: the body is read once.
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace agi
