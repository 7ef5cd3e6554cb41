#include "model/snapshotentry.h"

#include "model/displaytext.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QJsonValue>
#include <QPainter>

namespace agi {

namespace {

constexpr int kThumbnailQuality = 80;

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

} // namespace

QString SnapshotEntry::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (!lastTitle.isEmpty())
        return DisplayText::oneLine(lastTitle);
    if (!lastUrl.isEmpty())
        return DisplayText::url(lastUrl);
    return tr("Session %1").arg(sessionId.left(8));
}

QString SnapshotEntry::modeText() const
{
    const QString text = snapshotModeDisplayText(mode);
    return confirmed ? text : tr("%1 (not confirmed by the server)").arg(text);
}

QJsonObject SnapshotEntry::toJson() const
{
    QJsonObject object;
    object.insert(key("session_id"), sessionId);
    object.insert(key("saved_at"), savedAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(key("mode"), snapshotModeName(mode));
    object.insert(key("made_default"), madeDefault);
    if (!confirmed)
        object.insert(key("unconfirmed"), true);
    if (!environmentId.isEmpty())
        object.insert(key("environment_id"), environmentId);
    if (!agentName.isEmpty())
        object.insert(key("agent_name"), agentName);
    if (!lastUrl.isEmpty())
        object.insert(key("last_url"), lastUrl.toString(QUrl::FullyEncoded));
    if (!lastTitle.isEmpty())
        object.insert(key("last_title"), lastTitle);
    if (!thumbnailJpeg.isEmpty())
        object.insert(key("thumbnail_jpeg"), QString::fromLatin1(thumbnailJpeg.toBase64()));
    if (!name.isEmpty())
        object.insert(key("name"), name);
    if (lastUsedAt.isValid())
        object.insert(key("last_used_at"), lastUsedAt.toUTC().toString(Qt::ISODateWithMs));
    if (missingOnServer)
        object.insert(key("missing_on_server"), true);
    if (!replacedDefaultId.isEmpty())
        object.insert(key("replaced_default"), replacedDefaultId);
    if (!restoredFromId.isEmpty())
        object.insert(key("restored_from"), restoredFromId);
    return object;
}

std::optional<SnapshotEntry> SnapshotEntry::fromJson(const QJsonObject &object)
{
    SnapshotEntry entry;
    entry.sessionId = object.value(key("session_id")).toString().trimmed();
    entry.savedAt = QDateTime::fromString(object.value(key("saved_at")).toString(), Qt::ISODateWithMs);
    const std::optional<SnapshotMode> mode = snapshotModeFromName(object.value(key("mode")).toString());
    if (entry.sessionId.isEmpty() || !entry.savedAt.isValid() || !mode || *mode == SnapshotMode::None)
        return std::nullopt;
    entry.savedAt = entry.savedAt.toUTC();
    entry.mode = *mode;
    entry.madeDefault = object.value(key("made_default")).toBool();
    entry.confirmed = !object.value(key("unconfirmed")).toBool();
    entry.environmentId = object.value(key("environment_id")).toString();
    entry.agentName = object.value(key("agent_name")).toString();
    const QString url = object.value(key("last_url")).toString();
    if (!url.isEmpty())
        entry.lastUrl = QUrl(url, QUrl::StrictMode);
    entry.lastTitle = object.value(key("last_title")).toString();
    const QByteArray encoded = object.value(key("thumbnail_jpeg")).toString().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    // A damaged thumbnail costs the picture, not the record.
    if (decoded && decoded.decoded.size() <= thumbnailMaxBytes)
        entry.thumbnailJpeg = decoded.decoded;
    entry.name = object.value(key("name")).toString().trimmed();
    const QString used = object.value(key("last_used_at")).toString();
    if (!used.isEmpty())
        entry.lastUsedAt = QDateTime::fromString(used, Qt::ISODateWithMs).toUTC();
    entry.missingOnServer = object.value(key("missing_on_server")).toBool();
    entry.replacedDefaultId = object.value(key("replaced_default")).toString();
    entry.restoredFromId = object.value(key("restored_from")).toString();
    return entry;
}

QByteArray SnapshotEntry::makeThumbnail(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage scaled = image;
    if (image.width() > thumbnailMaxWidth || image.height() > thumbnailMaxHeight)
        scaled = image.scaled(thumbnailMaxWidth, thumbnailMaxHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArrayLiteral("jpeg"));
    writer.setQuality(kThumbnailQuality);
    // JPEG has no alpha: flatten onto white so transparent pixels do not turn black.
    QImage opaque(scaled.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter painter(&opaque);
    painter.drawImage(0, 0, scaled);
    painter.end();
    if (!writer.write(opaque))
        return {};
    return bytes;
}

} // namespace agi
