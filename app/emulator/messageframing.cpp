#include "messageframing.h"

#include <algorithm>

namespace agi::emu {

namespace {

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty() && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::optional<QString> MessageFraming::problem(const Headers &headers)
{
    QList<QByteArray> lengths;
    QList<QByteArray> codings;
    for (const auto &[name, value] : headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            // "5, 5" is the same length sent twice by a proxy that merged two fields.
            for (const QByteArray &part : value.split(','))
                lengths.append(part.trimmed());
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &part : value.split(','))
                codings.append(part.trimmed().toLower());
        }
    }
    if (!lengths.isEmpty() && !codings.isEmpty())
        return QStringLiteral("Content-Length and Transfer-Encoding must not both be sent");
    for (const QByteArray &length : std::as_const(lengths)) {
        if (!isDigits(length))
            return QStringLiteral("Content-Length must be a non-negative number, not \"%1\"")
                .arg(QString::fromLatin1(length.left(40)));
        if (length != lengths.constFirst())
            return QStringLiteral("conflicting Content-Length values");
    }
    if (!codings.isEmpty() && codings.constLast() != "chunked")
        return QStringLiteral("Transfer-Encoding must end with chunked");
    return std::nullopt;
}

} // namespace agi::emu
