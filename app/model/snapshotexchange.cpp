#include "model/snapshotexchange.h"

#include "model/snapshotfile.h"
#include "model/snapshotlibrary.h"
#include "storage/atomicfile.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace agi {

namespace {

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

//! The thumbnail of an imported entry, strictly: a bad base64 or image is an error, not a loss.
bool readThumbnail(const QJsonObject &object, QByteArray *jpeg, QString *error)
{
    for (const char *name : {"thumbnail_jpeg", "thumbnail_png"}) {
        const QJsonValue value = object.value(key(name));
        if (value.isUndefined() || value.isNull())
            continue;
        const auto decoded
            = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!value.isString() || !decoded) {
            *error = SnapshotExchange::tr("its %1 is not valid base64").arg(key(name));
            return false;
        }
        const QImage image = QImage::fromData(decoded.decoded);
        if (image.isNull()) {
            *error = SnapshotExchange::tr("its %1 is not a readable image").arg(key(name));
            return false;
        }
        const bool isJpeg = decoded.decoded.startsWith("\xFF\xD8");
        *jpeg = isJpeg && decoded.decoded.size() <= SnapshotEntry::thumbnailMaxBytes
            ? decoded.decoded
            : SnapshotEntry::makeThumbnail(image);
        return true;
    }
    jpeg->clear();
    return true;
}

} // namespace

QString SnapshotExchange::ImportResult::summary() const
{
    if (!ok)
        return error;
    return tr("%n snapshot(s) added, ", nullptr, added) + tr("%n skipped (already in the library).", nullptr, skipped);
}

QByteArray SnapshotExchange::exportJson(const SnapshotLibrary &library)
{
    QJsonArray entries;
    for (const SnapshotEntry &entry : library.entries())
        entries.append(entry.toJson());
    QJsonArray history;
    for (const SnapshotDefaultPeriod &period : library.defaultHistory())
        history.append(period.toJson());
    const QJsonObject root {
        {key("format"), QLatin1String(formatName)},
        {key("version"), formatVersion},
        {key("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {key("account"), library.account().displayText()},
        {key("snapshots"), entries},
        {key("default_history"), history},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool SnapshotExchange::exportTo(const SnapshotLibrary &library, const QString &path, QString *error)
{
    QString reason;
    if (AtomicFile::write(path, exportJson(library), &reason))
        return true;
    if (error)
        *error = tr("The snapshot library was not exported to %1: %2").arg(path, reason);
    return false;
}

SnapshotExchange::Parsed SnapshotExchange::parse(const QByteArray &json)
{
    Parsed parsed;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        parsed.error
            = tr("The file is not valid JSON (%1 at offset %2).").arg(parseError.errorString()).arg(parseError.offset);
        return parsed;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(key("format")).toString() != QLatin1String(formatName)
        || !root.value(key("snapshots")).isArray()) {
        parsed.error = tr("The file is not an exported snapshot library.");
        return parsed;
    }
    if (root.value(key("version")).toInt() != formatVersion) {
        parsed.error = tr("The file's format version %1 is not supported.").arg(root.value(key("version")).toInt());
        return parsed;
    }
    const QJsonArray entries = root.value(key("snapshots")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        std::optional<SnapshotEntry> entry = SnapshotEntry::fromJson(object);
        QString problem;
        if (!entry)
            problem = tr("it has no session id, no valid time or an unknown mode");
        else if (!readThumbnail(object, &entry->thumbnailJpeg, &problem))
            entry.reset();
        if (!entry) {
            parsed.error = tr("Snapshot %1 in the file cannot be read: %2.").arg(i + 1).arg(problem);
            return parsed;
        }
        parsed.entries.append(*entry);
    }
    const QJsonArray history = root.value(key("default_history")).toArray();
    for (qsizetype i = 0; i < history.size(); ++i) {
        const std::optional<SnapshotDefaultPeriod> period = SnapshotDefaultPeriod::fromJson(history.at(i).toObject());
        if (!period) {
            parsed.error = tr("Entry %1 of the default history in the file cannot be read.").arg(i + 1);
            return parsed;
        }
        parsed.history.append(*period);
    }
    return parsed;
}

SnapshotExchange::ImportResult SnapshotExchange::importJson(SnapshotLibrary &library, const QByteArray &json)
{
    ImportResult result;
    const Parsed parsed = parse(json);
    if (!parsed.error.isEmpty()) {
        result.error = tr("Nothing was imported: %1").arg(parsed.error);
        return result;
    }
    QList<SnapshotEntry> fresh;
    for (const SnapshotEntry &entry : parsed.entries) {
        const std::optional<SnapshotEntry> local = library.entry(entry.sessionId);
        if (!local) {
            fresh.append(entry);
            continue;
        }
        ++result.skipped;
        if (!entry.name.isEmpty() && entry.name != local->name)
            result.keptNames.append(tr(R"(Session %1 keeps its name here, "%2"; the file calls it "%3".)")
                                        .arg(entry.sessionId, local->displayName(), entry.name));
    }
    result.historyTaken = library.defaultHistory().isEmpty() && !parsed.history.isEmpty();
    if (!library.merge(fresh, result.historyTaken ? parsed.history : QList<SnapshotDefaultPeriod> {})) {
        result.error = tr("Nothing was imported: %1").arg(library.errorString());
        result.historyTaken = false;
        return result;
    }
    result.added = int(fresh.size());
    result.ok = true;
    return result;
}

SnapshotExchange::ImportResult SnapshotExchange::importFrom(SnapshotLibrary &library, const QString &path)
{
    QFile file(path);
    ImportResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Nothing was imported: %1 cannot be read (%2).").arg(path, file.errorString());
        return result;
    }
    if (file.size() > SnapshotFile::maximumSize) {
        result.error
            = tr("Nothing was imported: %1 is larger than %n MiB.", nullptr, SnapshotFile::maximumSizeMiB).arg(path);
        return result;
    }
    return importJson(library, file.readAll());
}

} // namespace agi
