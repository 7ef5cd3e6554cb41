#include "requestlog.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>

namespace agi::emu {

namespace {

Q_LOGGING_CATEGORY(lcRequests, "agi.emulator.requests")

// Enough for any test or demo run; older records are dropped so a long-running emulator stays bounded.
constexpr qsizetype kMaxRecords = 20000;

QString formatLine(const RequestRecord &record)
{
    // The query is left out on purpose: the line stays short and never carries anything a caller put there.
    const QString outcome = record.dropped ? QStringLiteral("dropped") : QString::number(record.status);
    return QString::fromLatin1(record.method) + QLatin1Char(' ') + record.path + QLatin1Char(' ') + outcome
        + QLatin1Char(' ') + QString::number(record.finishedMs - record.startedMs) + QStringLiteral(" ms");
}

} // namespace

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

qint64 RequestLog::begin(
    const QByteArray &method, const QString &path, const QString &query, Endpoint endpoint, const QString &sessionId)
{
    RequestRecord record;
    record.id = m_nextId++;
    record.method = method;
    record.path = path;
    record.query = query;
    record.endpoint = endpoint;
    record.sessionId = sessionId;
    record.startedMs = nowMs();
    m_records.append(record);
    if (m_records.size() > kMaxRecords)
        m_records.remove(0, m_records.size() - kMaxRecords);
    Q_EMIT requestStarted(record);
    return record.id;
}

void RequestLog::finish(qint64 id, int status, bool dropped)
{
    // Ids increase with position, so search from the end where in-flight requests live.
    const auto it = std::find_if(
        m_records.rbegin(), m_records.rend(), [id](const RequestRecord &entry) { return entry.id == id; });
    if (it == m_records.rend() || !it->inFlight())
        return;
    it->status = status;
    it->dropped = dropped;
    it->finishedMs = nowMs();
    const RequestRecord record = *it;
    const QString line = formatLine(record);
    if (m_sink)
        m_sink(line);
    else
        qCInfo(lcRequests).noquote() << line;
    Q_EMIT requestFinished(record);
}

QList<RequestRecord> RequestLog::records() const
{
    return m_records;
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray array;
    for (const RequestRecord &record : m_records) {
        array.append(QJsonObject {
            {QStringLiteral("id"), record.id},
            {QStringLiteral("method"), QString::fromLatin1(record.method)},
            {QStringLiteral("path"), record.path},
            {QStringLiteral("query"), record.query},
            {QStringLiteral("endpoint"), endpointName(record.endpoint)},
            {QStringLiteral("session_id"), record.sessionId},
            {QStringLiteral("status"), record.status},
            {QStringLiteral("started_ms"), record.startedMs},
            {QStringLiteral("finished_ms"), record.finishedMs},
            {QStringLiteral("dropped"), record.dropped},
        });
    }
    return array;
}

void RequestLog::clear()
{
    m_records.clear();
}

qint64 RequestLog::nowMs() const
{
    return m_clock.elapsed();
}

void RequestLog::setSink(std::function<void(const QString &)> sink)
{
    m_sink = std::move(sink);
}

} // namespace agi::emu
