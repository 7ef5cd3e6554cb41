#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace agi::emu {

//! How a request says where its body ends (RFC 9112, section 6): a request whose Content-Length
//! and Transfer-Encoding disagree, or whose Content-Length is not one non-negative number, has no
//! reliable end, and a real server answers it 400 and closes the connection.
class MessageFraming final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    //! Why the framing headers are unusable, for the 400's detail; nullopt when they are fine.
    static std::optional<QString> problem(const Headers &headers);
};

} // namespace agi::emu
