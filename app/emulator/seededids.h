#pragma once

#include <QRandomGenerator>
#include <QString>

namespace agi::emu {

//! Repeatable identifiers: everything that must come out the same for the same `--seed` is drawn
//! from a generator derived from (seed, purpose, index), never from the global one.
class SeededIds final
{
public:
    enum Purpose : quint32 {
        User = 1,
        Session = 2,
        Demo = 3
    };

    static QRandomGenerator generator(quint32 seed, Purpose purpose, quint32 index);
    //! A version-4 UUID string drawn from `generator`.
    static QString uuid(QRandomGenerator &generator);
};

} // namespace agi::emu
