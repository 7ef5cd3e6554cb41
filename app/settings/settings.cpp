#include "settings.h"

#include <algorithm>

namespace agi {

namespace {
const QString kBaseUrl = QStringLiteral("api/baseUrl");
const QString kUserId = QStringLiteral("api/userId");
const QString kFrameInterval = QStringLiteral("live/frameIntervalMs");
const QString kListRefresh = QStringLiteral("sessions/refreshMs");
const QString kLastSession = QStringLiteral("sessions/lastSelected");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kSplitterState = QStringLiteral("window/splitter");
const QString kListHeaderState = QStringLiteral("window/sessionColumns");
constexpr int kDefaultFrameIntervalMs = 2000;
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

QUrl Settings::productionBaseUrl()
{
    return QUrl(QStringLiteral("https://api.agi.tech"));
}

QUrl Settings::baseUrl() const
{
    const QUrl url(m_store.value(kBaseUrl).toString());
    return url.isValid() && !url.isEmpty() ? url : productionBaseUrl();
}

void Settings::setBaseUrl(const QUrl &url)
{
    m_store.setValue(kBaseUrl, url.toString());
    Q_EMIT changed();
}

QString Settings::userId() const
{
    const QString saved = savedUserId();
    return saved.isEmpty() ? m_runUserId : saved;
}

QString Settings::savedUserId() const
{
    return m_store.value(kUserId).toString();
}

void Settings::setRunUserId(const QString &id)
{
    m_runUserId = id.trimmed();
    Q_EMIT changed();
}

void Settings::setUserId(const QString &id)
{
    m_store.setValue(kUserId, id.trimmed());
    Q_EMIT changed();
}

int Settings::frameIntervalMs() const
{
    return std::max(minimumFrameIntervalMs, m_store.value(kFrameInterval, kDefaultFrameIntervalMs).toInt());
}

void Settings::setFrameIntervalMs(int ms)
{
    m_store.setValue(kFrameInterval, std::max(minimumFrameIntervalMs, ms));
    Q_EMIT changed();
}

int Settings::listRefreshMs() const
{
    return std::max(kMinimumListRefreshMs, m_store.value(kListRefresh, kDefaultListRefreshMs).toInt());
}

void Settings::setListRefreshMs(int ms)
{
    m_store.setValue(kListRefresh, std::max(kMinimumListRefreshMs, ms));
    Q_EMIT changed();
}

QByteArray Settings::windowGeometry() const
{
    return m_store.value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_store.setValue(kWindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_store.value(kWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_store.setValue(kWindowState, state);
}

QByteArray Settings::splitterState() const
{
    return m_store.value(kSplitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_store.setValue(kSplitterState, state);
}

QByteArray Settings::listHeaderState() const
{
    return m_store.value(kListHeaderState).toByteArray();
}

void Settings::setListHeaderState(const QByteArray &state)
{
    m_store.setValue(kListHeaderState, state);
}

QString Settings::lastSessionId() const
{
    return m_store.value(kLastSession).toString();
}

void Settings::setLastSessionId(const QString &id)
{
    m_store.setValue(kLastSession, id.trimmed());
}

void Settings::sync()
{
    m_store.sync();
}

} // namespace agi
