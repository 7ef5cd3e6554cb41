#pragma once

#include "model/snapshotdefaultperiod.h"
#include "model/snapshotentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace agi {

class SnapshotLibrary;

//! Moving a snapshot library to another machine: one JSON file with every entry (thumbnails as
//! base64 JPEG, or PNG on import) and the default environment's history.
//!
//! Import merges by session id into the library's current account: an entry already there is
//! skipped (its local name stays, and a different name in the file is reported), the rest is
//! added. The file is checked whole first: anything malformed (JSON, an entry, a thumbnail's
//! base64 or image) refuses the import with a clear error and changes nothing.
class SnapshotExchange final
{
    Q_DECLARE_TR_FUNCTIONS(agi::SnapshotExchange)

public:
    static constexpr auto formatName = "agi-monitor-snapshot-library";
    static constexpr int formatVersion = 1;

    struct ImportResult
    {
        bool ok = false;
        int added = 0;
        int skipped = 0;           //!< already in the library: left as they were
        QStringList keptNames;     //!< one sentence per skipped entry whose name in the file differed
        bool historyTaken = false; //!< the file's default history became the library's (it had none)
        QString error;             //!< when not ok: why nothing was imported
        //! "3 snapshots added, 1 skipped (already in the library)."
        QString summary() const;
    };

    //! Writes every entry of `library` (its current account) to `path`, atomically.
    static bool exportTo(const SnapshotLibrary &library, const QString &path, QString *error);
    static QByteArray exportJson(const SnapshotLibrary &library);

    static ImportResult importFrom(SnapshotLibrary &library, const QString &path);
    static ImportResult importJson(SnapshotLibrary &library, const QByteArray &json);

private:
    struct Parsed
    {
        QList<SnapshotEntry> entries;
        QList<SnapshotDefaultPeriod> history;
        QString error;
    };
    static Parsed parse(const QByteArray &json);
};

} // namespace agi
