#include "seededids.h"

#include <QUuid>

#include <array>

namespace agi::emu {

QRandomGenerator SeededIds::generator(quint32 seed, Purpose purpose, quint32 index)
{
    const std::array<quint32, 3> parts {seed, quint32(purpose), index};
    return {parts.data(), parts.data() + parts.size()};
}

QString SeededIds::uuid(QRandomGenerator &generator)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 value = generator.generate();
        for (int j = 0; j < 4; ++j)
            bytes[i + j] = char((value >> (8 * j)) & 0xff);
    }
    bytes[6] = char((bytes.at(6) & 0x0f) | 0x40);
    bytes[8] = char((bytes.at(8) & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace agi::emu
