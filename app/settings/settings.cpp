#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace agi {

namespace {
Q_LOGGING_CATEGORY(lcSettings, "agi.settings")
const QString kBaseUrl = QStringLiteral("api/baseUrl");
const QString kUserId = QStringLiteral("api/userId");
const QString kFrameInterval = QStringLiteral("live/frameIntervalMs");
const QString kWallInterval = QStringLiteral("live/wallInterval");
const QString kListRefresh = QStringLiteral("sessions/refreshMs");
const QString kLastSession = QStringLiteral("sessions/lastSelected");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kSplitterState = QStringLiteral("window/splitter");
const QString kSessionViewState = QStringLiteral("window/sessionView");
const QString kTimelineSplitterState = QStringLiteral("window/timelineSplitter");
const QString kListHeaderState = QStringLiteral("window/sessionColumns");
const QString kStallSeconds = QStringLiteral("notify/stallSeconds");
constexpr int kDefaultStallSeconds = 3 * 60;
const QString kHistoryMaxFrames = QStringLiteral("history/maxFrames");
const QString kHistoryMaxBytes = QStringLiteral("history/maxBytes");
constexpr int kDefaultHistoryMaxFrames = 500;
constexpr qint64 kDefaultHistoryMaxBytes = qint64 {200} * 1024 * 1024;
constexpr qint64 kMinimumHistoryMaxBytes = qint64 {1024} * 1024;
constexpr int kDefaultFrameIntervalMs = 2000;
constexpr int kDefaultWallIntervalMs = 1000;
constexpr int kDefaultListRefreshMs = 5000;
constexpr int kMinimumListRefreshMs = 1000;
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
{ }

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_store(fileName, QSettings::IniFormat)
{ }

Settings::~Settings()
{
    sync();
}

QUrl Settings::productionBaseUrl()
{
    return QUrl(QStringLiteral("https://api.agi.tech"));
}

QUrl Settings::baseUrl() const
{
    const QUrl url(value(kBaseUrl).toString());
    return url.isValid() && !url.isEmpty() ? url : productionBaseUrl();
}

void Settings::setBaseUrl(const QUrl &url)
{
    storeNow(kBaseUrl, url.toString());
    Q_EMIT changed();
}

QString Settings::userId() const
{
    const QString saved = savedUserId();
    return saved.isEmpty() ? m_runUserId : saved;
}

QString Settings::savedUserId() const
{
    return value(kUserId).toString();
}

void Settings::setRunUserId(const QString &id)
{
    m_runUserId = id.trimmed();
    Q_EMIT changed();
}

void Settings::setUserId(const QString &id)
{
    storeNow(kUserId, id.trimmed());
    Q_EMIT changed();
}

int Settings::frameIntervalMs() const
{
    return std::max(minimumFrameIntervalMs, value(kFrameInterval, kDefaultFrameIntervalMs).toInt());
}

void Settings::setFrameIntervalMs(int ms)
{
    storeNow(kFrameInterval, std::max(minimumFrameIntervalMs, ms));
    Q_EMIT changed();
}

int Settings::wallIntervalMs() const
{
    return std::max(minimumFrameIntervalMs, value(kWallInterval, kDefaultWallIntervalMs).toInt());
}

void Settings::setWallIntervalMs(int ms)
{
    storeNow(kWallInterval, std::max(minimumFrameIntervalMs, ms));
    Q_EMIT changed();
}

int Settings::listRefreshMs() const
{
    return std::max(kMinimumListRefreshMs, value(kListRefresh, kDefaultListRefreshMs).toInt());
}

void Settings::setListRefreshMs(int ms)
{
    storeNow(kListRefresh, std::max(kMinimumListRefreshMs, ms));
    Q_EMIT changed();
}

bool Settings::notifies(AttentionKind kind) const
{
    return value(QLatin1String("notify/") + attentionKindKey(kind), true).toBool();
}

void Settings::setNotifies(AttentionKind kind, bool on)
{
    storeNow(QLatin1String("notify/") + attentionKindKey(kind), on);
    Q_EMIT changed();
}

int Settings::stallSeconds() const
{
    return std::max(1, value(kStallSeconds, kDefaultStallSeconds).toInt());
}

void Settings::setStallSeconds(int seconds)
{
    storeNow(kStallSeconds, std::max(1, seconds));
    Q_EMIT changed();
}

int Settings::historyMaxFrames() const
{
    return std::max(1, value(kHistoryMaxFrames, kDefaultHistoryMaxFrames).toInt());
}

void Settings::setHistoryMaxFrames(int frames)
{
    storeNow(kHistoryMaxFrames, std::max(1, frames));
    Q_EMIT changed();
}

qint64 Settings::historyMaxBytes() const
{
    return std::max(kMinimumHistoryMaxBytes, value(kHistoryMaxBytes, kDefaultHistoryMaxBytes).toLongLong());
}

void Settings::setHistoryMaxBytes(qint64 bytes)
{
    storeNow(kHistoryMaxBytes, std::max(kMinimumHistoryMaxBytes, bytes));
    Q_EMIT changed();
}

QByteArray Settings::windowGeometry() const
{
    return value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    store(kWindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(kWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    store(kWindowState, state);
}

QByteArray Settings::splitterState() const
{
    return value(kSplitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    store(kSplitterState, state);
}

QByteArray Settings::sessionViewState() const
{
    return value(kSessionViewState).toByteArray();
}

void Settings::setSessionViewState(const QByteArray &state)
{
    store(kSessionViewState, state);
}

QByteArray Settings::timelineSplitterState() const
{
    return value(kTimelineSplitterState).toByteArray();
}

void Settings::setTimelineSplitterState(const QByteArray &state)
{
    store(kTimelineSplitterState, state);
}

QByteArray Settings::listHeaderState() const
{
    return value(kListHeaderState).toByteArray();
}

void Settings::setListHeaderState(const QByteArray &state)
{
    store(kListHeaderState, state);
}

QString Settings::lastSessionId() const
{
    return value(kLastSession).toString();
}

void Settings::setLastSessionId(const QString &id)
{
    store(kLastSession, id.trimmed());
}

QVariant Settings::value(const QString &key, const QVariant &fallback) const
{
    const auto unsaved = m_unsaved.constFind(key);
    return unsaved != m_unsaved.constEnd() ? *unsaved : m_store.value(key, fallback);
}

void Settings::store(const QString &key, const QVariant &value)
{
    m_unsaved.insert(key, value);
}

void Settings::storeNow(const QString &key, const QVariant &value)
{
    store(key, value);
    sync();
}

bool Settings::sync()
{
    if (m_unsaved.isEmpty())
        return true;
    // QSettings replaces its file through a buffered save that does not report a failed last flush:
    // on a full disk it would put a cut-off file in place of the good one. So the values reach
    // QSettings only here, right before its write (no event loop between, so it never writes on
    // its own), the last good file is kept under a second name (a hard link: no space needed), and
    // the new file must read back complete, else the old one is put back.
    for (auto it = m_unsaved.cbegin(); it != m_unsaved.cend(); ++it)
        m_store.setValue(it.key(), it.value());
    const QString path = m_store.fileName();
    const QString previous = path + QLatin1String(".previous");
    QFile::remove(previous);
    const bool hadFile = QFileInfo::exists(path);
    if (hadFile && !hardLink(path, previous)) {
        fail(tr("Your settings could not be saved: the last saved file %1 could not be kept while writing the new "
                "one. They are kept for this run.")
                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_store.sync();
    // The file itself is the judge (QSettings' status() keeps an old error): it must hold every value.
    if (readsBackComplete()) {
        QFile::remove(previous);
        m_unsaved.clear();
        return true;
    }
    const bool restored = hadFile
        ? std::rename(QFile::encodeName(previous).constData(), QFile::encodeName(path).constData()) == 0
        : QFile::remove(path);
    fail(tr("Your settings could not be saved to %1 (is the disk full?). %2 The changes stay for this run and are "
            "saved again with the next change.")
             .arg(QDir::toNativeSeparators(path),
                 restored ? tr("The previous file was kept.") : tr("The previous file is kept as %1.").arg(previous)));
    return false;
}

bool Settings::readsBackComplete() const
{
    // Read through another name of the same file: QSettings would answer from its cache for the
    // same name, not from the disk.
    const QString path = m_store.fileName();
    const QString check = path + QLatin1String(".check");
    QFile::remove(check);
    if (!hardLink(path, check))
        return false;
    bool complete = true;
    {
        const QSettings reread(check, m_store.format());
        for (auto it = m_unsaved.cbegin(); complete && it != m_unsaved.cend(); ++it)
            complete = reread.value(it.key()) == it.value();
        complete = complete && reread.allKeys().size() == m_store.allKeys().size();
    }
    QFile::remove(check);
    return complete;
}

bool Settings::hardLink(const QString &from, const QString &to)
{
    // A copy where the file system has no hard links (it then needs room of its own).
    return ::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0 || QFile::copy(from, to);
}

void Settings::fail(const QString &message)
{
    qCWarning(lcSettings).noquote() << message;
    Q_EMIT saveFailed(message);
}

} // namespace agi
