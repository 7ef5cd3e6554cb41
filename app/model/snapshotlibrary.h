#pragma once

#include "model/snapshotaccount.h"
#include "model/snapshotdefaultperiod.h"
#include "model/snapshotentry.h"
#include "model/snapshotfile.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace agi {

//! The local record of every snapshot the user saved, newest first, kept in a JSON file under
//! the app's data folder; also the list model the create and library views show.
//!
//! Call load() once after connecting errorOccurred(): a damaged file is reported there and kept
//! aside, and the library goes on with what it could read.
//!
//! There is one library per account (setAccount()): `<dir>/snapshots/<account key>.json`. Until an
//! account is set, the library is the single file `<dir>/snapshots.json` of earlier versions; the
//! first load for a real (not demo) account moves that file to the account, keeping a copy as
//! `snapshots.json.before-accounts`.
class SnapshotLibrary final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotLibrary)

public:
    static constexpr auto fileName = "snapshots.json";
    static constexpr auto accountsFolder = "snapshots";
    static constexpr auto migrationBackupSuffix = ".before-accounts";

    enum Role {
        EntryRole = Qt::UserRole + 1, // agi::SnapshotEntry
        SessionIdRole,                // QString
        SavedAtRole,                  // QDateTime (UTC)
        ModeRole,                     // SnapshotMode
        MadeDefaultRole,              // bool: this save made it the default environment
        IsCurrentDefaultRole,         // bool: the newest save that made a default, so the one in force
        EnvironmentIdRole,            // QString
        AgentRole,                    // QString
        UrlRole,                      // QUrl
        TitleRole,                    // QString
        ThumbnailRole,                // QImage, null when none was saved
        NameRole,                     // QString: the user's name, else the page title (editable)
        LastUsedRole,                 // QDateTime (UTC), invalid when never used
        MissingOnServerRole,          // bool: a restore was refused with 404
        ReplacedDefaultRole,          // QString: the session id of the default this one replaced
        RestoredFromRole,             // QString: the entry it was made from by "make it the default again"
    };
    Q_ENUM(Role)

    //! The library in the user's data folder (QStandardPaths::AppDataLocation).
    explicit SnapshotLibrary(QObject *parent = nullptr);
    //! The library in the given folder (tests, portable setups).
    explicit SnapshotLibrary(const QString &directory, QObject *parent = nullptr);
    ~SnapshotLibrary() override;

    static QString defaultDirectory();
    QString filePath() const { return m_file.path(); }
    QString directory() const { return m_directory; }

    //! Shows the given account's library (read at once when the library was loaded already).
    void setAccount(const SnapshotAccount &account);
    SnapshotAccount account() const { return m_account; }
    //! The file of `account`'s library under `directory`.
    static QString filePathFor(const QString &directory, const SnapshotAccount &account);
    //! Where the single-file library of earlier versions was kept when it was moved to an account;
    //! empty when nothing was migrated in this run.
    QString migrationBackupPath() const { return m_migrationBackup; }

    //! Reads the file; false when it was damaged or unreadable (see errorString()).
    bool load();
    bool isLoaded() const { return m_loaded; }

    QList<SnapshotEntry> entries() const { return m_entries; }
    std::optional<SnapshotEntry> entry(const QString &sessionId) const;
    //! The newest entry whose save made it the default environment.
    std::optional<SnapshotEntry> defaultEntry() const;
    int rowOf(const QString &sessionId) const;
    //! Which entry was the default environment from when until when, oldest first; the last one is
    //! open (until invalid) while it is still the default. Recorded by add() for each save that made
    //! a default; empty for libraries of earlier versions. Forgetting an entry keeps its periods
    //! (the server's default does not change when the local record goes).
    QList<SnapshotDefaultPeriod> defaultHistory() const { return m_defaultHistory; }

    //! Records a save (replacing an earlier record of the same session) and writes the file.
    //! False when the file could not be written; the entry is then listed for this run only.
    bool add(SnapshotEntry entry);
    bool remove(const QString &sessionId);
    //! Adds the entries whose session id is not in the library yet (imported from another machine),
    //! takes `history` when the library has no default history yet, and writes the file once.
    //! False when it could not be written: the library is then left as it was.
    bool merge(const QList<SnapshotEntry> &entries, const QList<SnapshotDefaultPeriod> &history = {});
    //! Names an entry (an empty name brings back the page title). False when unknown or not written.
    bool rename(const QString &sessionId, const QString &name);
    //! Records that a session was started from it just now.
    bool markUsed(const QString &sessionId, const QDateTime &when = QDateTime::currentDateTimeUtc());
    //! Records that the server no longer has it (a restore was refused with 404).
    bool markMissingOnServer(const QString &sessionId);

    //! The entry whose session id is `idOrPrefix` or the only one starting with it.
    //! `ambiguous` is set when several start with it.
    std::optional<SnapshotEntry> find(const QString &idOrPrefix, bool *ambiguous = nullptr) const;

    //! The last problem, in words for the user; empty when there was none.
    QString errorString() const { return m_error; }
    //! Where the last damaged file was kept, empty when none was.
    QString keptAsidePath() const { return m_keptAside; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    //! defaultHistory() changed (a new default, another account, a reload).
    void defaultHistoryChanged();
    //! Another account's library is shown now.
    void accountChanged(const agi::SnapshotAccount &account);

private:
    void ensureLoaded();
    //! Changes the entry of `sessionId` in place and writes the file.
    template<typename Change> bool change(const QString &sessionId, Change &&apply, const QList<int> &roles);
    void migrateLegacyFile();
    bool save();
    void fail(const QString &message);
    QImage thumbnail(const SnapshotEntry &entry) const;
    QString currentDefaultId() const;
    void notifyDefaultChanged(const QString &before, const QString &inserted = {});
    //! Opens a period for `entry` when it made a default newer than the last one.
    void recordDefault(const SnapshotEntry &entry);

    QString m_directory;
    SnapshotAccount m_account;
    SnapshotFile m_file;
    QString m_migrationBackup;
    QList<SnapshotEntry> m_entries;
    QList<SnapshotDefaultPeriod> m_defaultHistory;
    mutable QHash<QString, QImage> m_thumbnails;
    QString m_error;
    QString m_keptAside;
    bool m_loaded = false;
    bool m_writable = true;
};

} // namespace agi
