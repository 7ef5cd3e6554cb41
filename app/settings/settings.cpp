#include "settings.h"

#include <algorithm>

namespace agi {

namespace {
const QString kBaseUrl = QStringLiteral("api/baseUrl");
const QString kUserId = QStringLiteral("api/userId");
const QString kFrameInterval = QStringLiteral("live/frameIntervalMs");
const QString kListRefresh = QStringLiteral("sessions/refreshMs");
constexpr int kDefaultFrameIntervalMs = 2000;
constexpr int kDefaultListRefreshMs = 5000;
constexpr int kMinimumListRefreshMs = 1000;
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
{
}

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_store(fileName, QSettings::IniFormat)
{
}

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
    return m_store.value(kUserId).toString();
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

} // namespace agi
