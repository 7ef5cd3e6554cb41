#pragma once

#include <QByteArray>
#include <QString>

namespace agi {

//! The one way the application writes a file of its own (the snapshot library, exported frames):
//! the whole file or nothing. The bytes go to a temporary file beside the target, every write is
//! checked (a short write on a full disk is a failure, not a success), and only a complete file
//! replaces the old one, which otherwise stays exactly as it was.
class AtomicFile final
{
public:
    AtomicFile() = delete;

    //! Writes `bytes` to `path` (creating its folder); false with `error` (one sentence naming
    //! the file and the cause, e.g. "the disk is full") when the old file, if any, was kept.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace agi
