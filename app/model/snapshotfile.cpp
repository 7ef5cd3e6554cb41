#include "model/snapshotfile.h"

#include "storage/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace agi {

Q_LOGGING_CATEGORY(lcSnapshots, "agi.snapshots")

namespace {

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

} // namespace

SnapshotFile::SnapshotFile(const QString &path)
    : m_path(path)
{ }

SnapshotFile::ReadResult SnapshotFile::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.error = tr("The snapshot library %1 cannot be read: %2").arg(m_path, file.errorString());
        result.writable = false;
        return result;
    }
    if (file.size() > maximumSize) {
        file.close();
        return damaged(tr("it is larger than %n MiB", nullptr, maximumSizeMiB), KeepAside::Move);
    }
    const QByteArray bytes = file.readAll();
    file.close();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(tr("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset), KeepAside::Move);
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(key("version")).isDouble() || !root.value(key("snapshots")).isArray())
        return damaged(tr("it is not a snapshot library"), KeepAside::Move);
    const int version = root.value(key("version")).toInt();
    if (version != formatVersion)
        return damaged(tr("its format version %1 is not supported").arg(version), KeepAside::Move);

    ReadResult result;
    int unreadable = 0;
    const QJsonArray array = root.value(key("snapshots")).toArray();
    for (const auto &value : array) {
        const std::optional<SnapshotEntry> entry = SnapshotEntry::fromJson(value.toObject());
        if (entry)
            result.entries.append(*entry);
        else
            ++unreadable;
    }
    const QJsonArray history = root.value(key("default_history")).toArray();
    for (const auto &value : history) {
        const std::optional<SnapshotDefaultPeriod> period = SnapshotDefaultPeriod::fromJson(value.toObject());
        if (period)
            result.defaultHistory.append(*period);
        else
            ++unreadable;
    }
    if (unreadable > 0)
        return damaged(tr("%n entries could not be read", nullptr, unreadable), KeepAside::Copy, result.entries,
            result.defaultHistory);
    return result;
}

SnapshotFile::ReadResult SnapshotFile::damaged(
    const QString &reason, KeepAside how, QList<SnapshotEntry> entries, QList<SnapshotDefaultPeriod> history) const
{
    ReadResult result;
    result.entries = std::move(entries);
    result.defaultHistory = std::move(history);
    result.keptAsidePath = keepAside(how);
    if (result.keptAsidePath.isEmpty()) {
        result.writable = false;
        result.error = tr("The snapshot library %1 is damaged (%2) and could not be kept aside; it is left as it "
                          "is and nothing will be saved to it.")
                           .arg(m_path, reason);
    } else {
        result.error = tr("The snapshot library was damaged (%1). The original was kept as %2.")
                           .arg(reason, result.keptAsidePath);
    }
    qCWarning(lcSnapshots).noquote() << result.error;
    return result;
}

QString SnapshotFile::keepAside(KeepAside how) const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = m_path + QLatin1String(".corrupt-") + stamp;
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    const bool kept = how == KeepAside::Move ? QFile::rename(m_path, target) : QFile::copy(m_path, target);
    return kept ? target : QString();
}

bool SnapshotFile::write(
    const QList<SnapshotEntry> &entries, const QList<SnapshotDefaultPeriod> &defaultHistory, QString *error) const
{
    QJsonArray array;
    for (const SnapshotEntry &entry : entries)
        array.append(entry.toJson());
    QJsonArray history;
    for (const SnapshotDefaultPeriod &period : defaultHistory)
        history.append(period.toJson());
    QJsonObject root;
    root.insert(key("version"), formatVersion);
    root.insert(key("snapshots"), array);
    root.insert(key("default_history"), history);

    QString reason;
    if (AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), &reason))
        return true;
    if (error)
        *error = tr("The snapshot library was not saved, and its file was left as it was: %1").arg(reason);
    return false;
}

} // namespace agi
