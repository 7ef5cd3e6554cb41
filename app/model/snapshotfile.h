#pragma once

#include "model/snapshotdefaultperiod.h"
#include "model/snapshotentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace agi {

//! The snapshot library's JSON file ({"version":1,"snapshots":[...],"default_history":[...]}): read
//! with damage kept aside for the user, written atomically. Files without "default_history" (earlier
//! versions) have an empty history.
class SnapshotFile final
{
    Q_DECLARE_TR_FUNCTIONS(agi::SnapshotFile)

public:
    static constexpr int formatVersion = 1;
    //! Anything bigger is not a library this app wrote.
    static constexpr int maximumSizeMiB = 64;
    static constexpr qint64 maximumSize = qint64(maximumSizeMiB) * 1024 * 1024;

    struct ReadResult
    {
        QList<SnapshotEntry> entries;                // what could be read
        QList<SnapshotDefaultPeriod> defaultHistory; // oldest first
        QString error;                               // empty when the file was fine or absent
        QString keptAsidePath;                       // where the damaged original now is, if anywhere
        bool writable = true;                        // false: writing would destroy a file we could not keep aside
    };

    explicit SnapshotFile(const QString &path);

    QString path() const { return m_path; }

    //! A missing file is an empty library, not an error. A file that cannot be parsed is moved to
    //! `<path>.corrupt-<timestamp>`; one with some unreadable entries is copied there.
    ReadResult read() const;
    //! Replaces the file in one step (QSaveFile); on failure the old file is untouched.
    bool write(
        const QList<SnapshotEntry> &entries, const QList<SnapshotDefaultPeriod> &defaultHistory, QString *error) const;

private:
    enum class KeepAside {
        Move,
        Copy
    };
    QString keepAside(KeepAside how) const;
    ReadResult damaged(const QString &reason, KeepAside how, QList<SnapshotEntry> entries = {},
        QList<SnapshotDefaultPeriod> history = {}) const;

    QString m_path;
};

} // namespace agi
