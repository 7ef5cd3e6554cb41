#include "live/framehistory.h"

#include <algorithm>

namespace agi {

FrameHistory::FrameHistory(int maximumFrames, qint64 maximumBytes)
    : m_maximumFrames(std::max(1, maximumFrames))
    , m_maximumBytes(std::max<qint64>(1, maximumBytes))
{ }

void FrameHistory::append(const Frame &frame, qint64 latestMessageId)
{
    if (frame.encoded.isEmpty())
        return;
    Entry entry;
    entry.encoded = frame.encoded;
    entry.encodedFormat = frame.encodedFormat;
    entry.size = frame.sourceSize;
    entry.url = frame.url;
    entry.title = frame.title;
    entry.changedAt = frame.changedAt.isValid() ? frame.changedAt : frame.capturedAt;
    entry.lastSeenAt = frame.capturedAt;
    entry.messageId = latestMessageId;
    entry.sequence = ++m_lastSequence;
    m_bytes += entry.encoded.size();
    m_entries.append(std::move(entry));
    trim();
}

void FrameHistory::confirm(const Frame &frame)
{
    if (m_entries.isEmpty())
        return;
    Entry &latest = m_entries.last();
    latest.url = frame.url;
    latest.title = frame.title;
    latest.lastSeenAt = frame.capturedAt;
}

QByteArray FrameHistory::encoded(int index) const
{
    return m_entries.at(index).encoded;
}

int FrameHistory::indexAt(const QDateTime &moment) const
{
    const auto after = std::upper_bound(m_entries.cbegin(), m_entries.cend(), moment,
        [](const QDateTime &time, const Entry &entry) { return time < entry.changedAt; });
    return int(after - m_entries.cbegin()) - 1;
}

int FrameHistory::indexOfSequence(qint64 sequence) const
{
    const auto found = std::lower_bound(m_entries.cbegin(), m_entries.cend(), sequence,
        [](const Entry &entry, qint64 wanted) { return entry.sequence < wanted; });
    return found != m_entries.cend() && found->sequence == sequence ? int(found - m_entries.cbegin()) : -1;
}

void FrameHistory::clear()
{
    m_entries.clear();
    m_bytes = 0;
}

void FrameHistory::trim()
{
    // The newest entry always stays, however large: it is what the session shows now.
    while (m_entries.size() > 1 && (m_entries.size() > m_maximumFrames || m_bytes > m_maximumBytes)) {
        m_bytes -= m_entries.constFirst().encoded.size();
        m_entries.removeFirst();
    }
}

} // namespace agi
