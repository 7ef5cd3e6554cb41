#pragma once

#include "api/snapshotmode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

class QImage;

namespace agi {

//! One successful "end and save" as the app recorded it: which session, when, how, and what the
//! browser showed last (URL, title, a small JPEG thumbnail).
struct SnapshotEntry
{
    Q_DECLARE_TR_FUNCTIONS(agi::SnapshotEntry)

public:
    static constexpr int thumbnailMaxWidth = 320;
    static constexpr int thumbnailMaxHeight = 640;
    //! Larger thumbnails are not stored: the file is read whole at every start.
    static constexpr qsizetype thumbnailMaxBytes = qsizetype(256) * 1024;

    QString sessionId;
    QDateTime savedAt;                            // UTC
    SnapshotMode mode = SnapshotMode::Filesystem; // never None: an entry records a save
    bool madeDefault = false;                     // the save also made it the user's default environment
    //! False when the server's answer to the save was lost and the session was gone afterwards: it
    //! was most likely saved, but the server never said so.
    bool confirmed = true;
    QString environmentId;
    QString agentName;
    QUrl lastUrl;
    QString lastTitle;
    QByteArray thumbnailJpeg;
    //! The user's name for it; empty: the page title stands for it (displayName()).
    QString name;
    //! When a session was last started from it (UTC); invalid when never.
    QDateTime lastUsedAt;
    //! A restore from it was refused with 404: the server no longer has it. Kept, never deleted.
    bool missingOnServer = false;
    //! The session whose save was the default environment before this one replaced it.
    QString replacedDefaultId;
    //! The entry this snapshot was made from by "make it the default again" (a session restored
    //! from that entry and saved as the default); empty for an ordinary save.
    QString restoredFromId;

    QJsonObject toJson() const;
    //! Empty when the object has no session id, no valid time or an unknown mode.
    static std::optional<SnapshotEntry> fromJson(const QJsonObject &object);

    //! The name, else the page title, else the URL, else "Session <id>".
    QString displayName() const;

    //! How it was saved, for the user ("Filesystem snapshot", "... (not confirmed by the server)").
    QString modeText() const;

    //! JPEG bytes of the image scaled down to fit 320 px wide; empty for a null image.
    static QByteArray makeThumbnail(const QImage &image);

    friend bool operator==(const SnapshotEntry &, const SnapshotEntry &) = default;
};

} // namespace agi

Q_DECLARE_METATYPE(agi::SnapshotEntry)
