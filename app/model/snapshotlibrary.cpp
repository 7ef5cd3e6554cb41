#include "model/snapshotlibrary.h"

#include "model/displaytext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>

namespace agi {

namespace {

bool newerFirst(const SnapshotEntry &a, const SnapshotEntry &b)
{
    return a.savedAt > b.savedAt;
}

} // namespace

SnapshotLibrary::SnapshotLibrary(QObject *parent)
    : SnapshotLibrary(defaultDirectory(), parent)
{ }

SnapshotLibrary::SnapshotLibrary(const QString &directory, QObject *parent)
    : QAbstractListModel(parent)
    , m_directory(directory)
    , m_file(QDir(directory).filePath(QLatin1String(fileName)))
{ }

SnapshotLibrary::~SnapshotLibrary() = default;

QString SnapshotLibrary::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString SnapshotLibrary::filePathFor(const QString &directory, const SnapshotAccount &account)
{
    const QDir dir(directory);
    if (account.isNull())
        return dir.filePath(QLatin1String(fileName));
    return dir.filePath(QLatin1String(accountsFolder) + QLatin1Char('/') + account.key() + QStringLiteral(".json"));
}

void SnapshotLibrary::setAccount(const SnapshotAccount &account)
{
    if (account == m_account)
        return;
    const QString path = filePathFor(m_directory, account);
    m_account = account;
    if (path != m_file.path()) {
        m_file = SnapshotFile(path);
        if (m_loaded) {
            load();
        } else if (!m_entries.isEmpty() || !m_defaultHistory.isEmpty()) {
            beginResetModel();
            m_entries.clear();
            m_thumbnails.clear();
            m_defaultHistory.clear();
            endResetModel();
            Q_EMIT defaultHistoryChanged();
        }
    }
    Q_EMIT accountChanged(m_account);
}

void SnapshotLibrary::migrateLegacyFile()
{
    // Earlier versions kept one library for every server; it goes to the first real account
    // loaded, the demo never takes it.
    if (m_account.isNull() || m_account.demo)
        return;
    const QString legacy = filePathFor(m_directory, {});
    if (!QFileInfo::exists(legacy) || QFileInfo::exists(m_file.path()))
        return;
    QString backup = legacy + QLatin1String(migrationBackupSuffix);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = legacy + QLatin1String(migrationBackupSuffix) + QLatin1Char('-') + QString::number(n);
    if (!QDir().mkpath(QFileInfo(m_file.path()).absolutePath()) || !QFile::copy(legacy, backup)) {
        fail(tr("The snapshot library %1 could not be moved to the account %2; it is left where it was.")
                 .arg(legacy, m_account.displayText()));
        return;
    }
    if (!QFile::rename(legacy, m_file.path())) {
        QFile::remove(backup);
        fail(tr("The snapshot library %1 could not be moved to the account %2; it is left where it was.")
                 .arg(legacy, m_account.displayText()));
        return;
    }
    m_migrationBackup = backup;
}

bool SnapshotLibrary::load()
{
    migrateLegacyFile();
    SnapshotFile::ReadResult result = m_file.read();
    std::stable_sort(result.entries.begin(), result.entries.end(), newerFirst);
    beginResetModel();
    m_entries = result.entries;
    m_defaultHistory = result.defaultHistory;
    m_thumbnails.clear();
    m_loaded = true;
    m_writable = result.writable;
    m_keptAside = result.keptAsidePath;
    endResetModel();
    Q_EMIT defaultHistoryChanged();
    m_error.clear();
    if (!result.error.isEmpty()) {
        fail(result.error);
        return false;
    }
    return true;
}

void SnapshotLibrary::ensureLoaded()
{
    // Writing before reading would replace the user's file with a shorter list.
    if (!m_loaded)
        load();
}

std::optional<SnapshotEntry> SnapshotLibrary::entry(const QString &sessionId) const
{
    const int row = rowOf(sessionId);
    return row >= 0 ? std::optional<SnapshotEntry>(m_entries.at(row)) : std::nullopt;
}

std::optional<SnapshotEntry> SnapshotLibrary::defaultEntry() const
{
    // Entries are newest first, and the server keeps only the latest default.
    for (const SnapshotEntry &candidate : m_entries) {
        if (candidate.madeDefault)
            return candidate;
    }
    return std::nullopt;
}

QString SnapshotLibrary::currentDefaultId() const
{
    const std::optional<SnapshotEntry> current = defaultEntry();
    return current ? current->sessionId : QString();
}

int SnapshotLibrary::rowOf(const QString &sessionId) const
{
    const auto it = std::find_if(
        m_entries.cbegin(), m_entries.cend(), [&](const SnapshotEntry &e) { return e.sessionId == sessionId; });
    return it == m_entries.cend() ? -1 : int(it - m_entries.cbegin());
}

bool SnapshotLibrary::add(SnapshotEntry entry)
{
    ensureLoaded();
    entry.sessionId = entry.sessionId.trimmed();
    if (entry.sessionId.isEmpty()) {
        fail(tr("A snapshot without a session id cannot be recorded."));
        return false;
    }
    if (!entry.savedAt.isValid())
        entry.savedAt = QDateTime::currentDateTimeUtc();
    entry.savedAt = entry.savedAt.toUTC();
    if (entry.thumbnailJpeg.size() > SnapshotEntry::thumbnailMaxBytes)
        entry.thumbnailJpeg.clear();

    const QString defaultBefore = currentDefaultId();
    const int existing = rowOf(entry.sessionId);
    if (existing >= 0) {
        // Saved again: what the user gave it stays.
        const SnapshotEntry &earlier = m_entries.at(existing);
        if (entry.name.isEmpty())
            entry.name = earlier.name;
        if (!entry.lastUsedAt.isValid())
            entry.lastUsedAt = earlier.lastUsedAt;
    }
    if (entry.madeDefault && entry.replacedDefaultId.isEmpty() && defaultBefore != entry.sessionId)
        entry.replacedDefaultId = defaultBefore;
    if (existing >= 0) {
        beginRemoveRows({}, existing, existing);
        m_entries.removeAt(existing);
        m_thumbnails.remove(entry.sessionId);
        endRemoveRows();
    }
    const auto at = std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry, newerFirst);
    const int row = int(at - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
    notifyDefaultChanged(defaultBefore, entry.sessionId);
    recordDefault(entry);
    return save();
}

void SnapshotLibrary::recordDefault(const SnapshotEntry &entry)
{
    if (!entry.madeDefault)
        return;
    if (!m_defaultHistory.isEmpty()) {
        SnapshotDefaultPeriod &last = m_defaultHistory.last();
        // The same default saved again, or a save older than the default in force: nothing changed.
        if ((last.isCurrent() && last.sessionId == entry.sessionId) || entry.savedAt < last.from)
            return;
        if (last.isCurrent())
            last.until = entry.savedAt;
    }
    m_defaultHistory.append({entry.sessionId, entry.savedAt, {}});
    Q_EMIT defaultHistoryChanged();
}

bool SnapshotLibrary::merge(const QList<SnapshotEntry> &entries, const QList<SnapshotDefaultPeriod> &history)
{
    ensureLoaded();
    const QList<SnapshotEntry> entriesBefore = m_entries;
    const QList<SnapshotDefaultPeriod> historyBefore = m_defaultHistory;
    const auto apply = [this](const QList<SnapshotEntry> &newEntries, const QList<SnapshotDefaultPeriod> &newHistory) {
        beginResetModel();
        m_entries = newEntries;
        m_defaultHistory = newHistory;
        endResetModel();
        Q_EMIT defaultHistoryChanged();
    };
    QList<SnapshotEntry> merged = m_entries;
    for (SnapshotEntry entry : entries) {
        entry.sessionId = entry.sessionId.trimmed();
        const bool known = std::any_of(
            merged.cbegin(), merged.cend(), [&](const SnapshotEntry &e) { return e.sessionId == entry.sessionId; });
        if (entry.sessionId.isEmpty() || !entry.savedAt.isValid() || known)
            continue;
        entry.savedAt = entry.savedAt.toUTC();
        merged.append(entry);
    }
    std::stable_sort(merged.begin(), merged.end(), newerFirst);
    apply(merged, m_defaultHistory.isEmpty() ? history : m_defaultHistory);
    if (save())
        return true;
    apply(entriesBefore, historyBefore);
    return false;
}

bool SnapshotLibrary::remove(const QString &sessionId)
{
    ensureLoaded();
    const int row = rowOf(sessionId);
    if (row < 0)
        return false;
    const QString defaultBefore = currentDefaultId();
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    m_thumbnails.remove(sessionId);
    endRemoveRows();
    notifyDefaultChanged(defaultBefore);
    return save();
}

template<typename Change>
bool SnapshotLibrary::change(const QString &sessionId, Change &&apply, const QList<int> &roles)
{
    ensureLoaded();
    const int row = rowOf(sessionId);
    if (row < 0)
        return false;
    apply(m_entries[row]);
    Q_EMIT dataChanged(index(row), index(row), roles);
    return save();
}

bool SnapshotLibrary::rename(const QString &sessionId, const QString &name)
{
    return change(
        sessionId, [&](SnapshotEntry &e) { e.name = name.simplified(); }, {Qt::DisplayRole, Qt::EditRole, NameRole});
}

bool SnapshotLibrary::markUsed(const QString &sessionId, const QDateTime &when)
{
    return change(sessionId, [&](SnapshotEntry &e) { e.lastUsedAt = when.toUTC(); }, {LastUsedRole});
}

bool SnapshotLibrary::markMissingOnServer(const QString &sessionId)
{
    return change(sessionId, [](SnapshotEntry &e) { e.missingOnServer = true; }, {MissingOnServerRole});
}

std::optional<SnapshotEntry> SnapshotLibrary::find(const QString &idOrPrefix, bool *ambiguous) const
{
    if (ambiguous)
        *ambiguous = false;
    const QString wanted = idOrPrefix.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    if (auto exact = entry(wanted))
        return exact;
    std::optional<SnapshotEntry> found;
    for (const SnapshotEntry &candidate : m_entries) {
        if (!candidate.sessionId.startsWith(wanted))
            continue;
        if (found) {
            if (ambiguous)
                *ambiguous = true;
            return std::nullopt;
        }
        found = candidate;
    }
    return found;
}

void SnapshotLibrary::notifyDefaultChanged(const QString &before, const QString &inserted)
{
    const QString after = currentDefaultId();
    if (before == after)
        return;
    for (const QString &id : {before, after}) {
        // A row inserted just now is read fresh by the views anyway.
        const int row = id.isEmpty() || id == inserted ? -1 : rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {IsCurrentDefaultRole});
    }
}

bool SnapshotLibrary::save()
{
    if (!m_writable) {
        fail(tr("The snapshot was recorded for this session only: the damaged library file %1 was left untouched.")
                 .arg(m_file.path()));
        return false;
    }
    QDir().mkpath(QFileInfo(m_file.path()).absolutePath());
    QString error;
    if (!m_file.write(m_entries, m_defaultHistory, &error)) {
        fail(error);
        return false;
    }
    return true;
}

void SnapshotLibrary::fail(const QString &message)
{
    m_error = message;
    Q_EMIT errorOccurred(message);
}

int SnapshotLibrary::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SnapshotLibrary::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return entry.displayName();
    case LastUsedRole:
        return entry.lastUsedAt;
    case MissingOnServerRole:
        return entry.missingOnServer;
    case ReplacedDefaultRole:
        return entry.replacedDefaultId;
    case RestoredFromRole:
        return entry.restoredFromId;
    case TitleRole:
        return entry.lastTitle;
    case Qt::ToolTipRole: {
        QStringList lines {tr("Session %1").arg(entry.sessionId),
            tr("Saved %1").arg(QLocale().toString(entry.savedAt.toLocalTime(), QLocale::LongFormat)), entry.modeText()};
        if (entry.madeDefault)
            lines.append(tr("Saved as the default environment"));
        if (!entry.lastUrl.isEmpty())
            lines.append(DisplayText::url(entry.lastUrl));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
    case ThumbnailRole: {
        const QImage image = thumbnail(entry);
        if (role == Qt::DecorationRole && image.isNull())
            return {};
        return image;
    }
    case EntryRole:
        return QVariant::fromValue(entry);
    case SessionIdRole:
        return entry.sessionId;
    case SavedAtRole:
        return entry.savedAt;
    case ModeRole:
        return QVariant::fromValue(entry.mode);
    case MadeDefaultRole:
        return entry.madeDefault;
    case IsCurrentDefaultRole:
        return entry.madeDefault && currentDefaultId() == entry.sessionId;
    case EnvironmentIdRole:
        return entry.environmentId;
    case AgentRole:
        return entry.agentName;
    case UrlRole:
        return entry.lastUrl;
    default:
        return {};
    }
}

bool SnapshotLibrary::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::EditRole && role != NameRole)
        return false;
    return rename(m_entries.at(index.row()).sessionId, value.toString());
}

Qt::ItemFlags SnapshotLibrary::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

QImage SnapshotLibrary::thumbnail(const SnapshotEntry &entry) const
{
    if (entry.thumbnailJpeg.isEmpty())
        return {};
    auto it = m_thumbnails.find(entry.sessionId);
    if (it == m_thumbnails.end())
        it = m_thumbnails.insert(entry.sessionId, QImage::fromData(entry.thumbnailJpeg, "JPEG"));
    return *it;
}

QHash<int, QByteArray> SnapshotLibrary::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EntryRole, QByteArrayLiteral("entry"));
    names.insert(SessionIdRole, QByteArrayLiteral("sessionId"));
    names.insert(SavedAtRole, QByteArrayLiteral("savedAt"));
    names.insert(ModeRole, QByteArrayLiteral("mode"));
    names.insert(MadeDefaultRole, QByteArrayLiteral("madeDefault"));
    names.insert(IsCurrentDefaultRole, QByteArrayLiteral("isCurrentDefault"));
    names.insert(EnvironmentIdRole, QByteArrayLiteral("environmentId"));
    names.insert(AgentRole, QByteArrayLiteral("agent"));
    names.insert(UrlRole, QByteArrayLiteral("url"));
    names.insert(TitleRole, QByteArrayLiteral("title"));
    names.insert(ThumbnailRole, QByteArrayLiteral("thumbnail"));
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(LastUsedRole, QByteArrayLiteral("lastUsed"));
    names.insert(MissingOnServerRole, QByteArrayLiteral("missingOnServer"));
    names.insert(ReplacedDefaultRole, QByteArrayLiteral("replacedDefault"));
    names.insert(RestoredFromRole, QByteArrayLiteral("restoredFrom"));
    return names;
}

} // namespace agi
