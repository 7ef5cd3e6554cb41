#include "api/sseparser.h"

namespace agi {

void SseParser::feed(const QByteArray &chunk)
{
    if (!m_atStreamStart) {
        feedLines(chunk);
        return;
    }
    // A UTF-8 BOM may open the stream, and may itself arrive split across chunks.
    static const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    m_bomProbe.append(chunk);
    if (m_bomProbe.size() < bom.size() && bom.startsWith(m_bomProbe))
        return;
    m_atStreamStart = false;
    const QByteArray head = m_bomProbe.startsWith(bom) ? m_bomProbe.mid(bom.size()) : m_bomProbe;
    m_bomProbe.clear();
    feedLines(head);
}

void SseParser::feedLines(QByteArrayView rest)
{
    while (!rest.isEmpty()) {
        if (m_skipLeadingLf) {
            m_skipLeadingLf = false;
            if (rest.front() == '\n') {
                rest = rest.sliced(1);
                continue;
            }
        }
        qsizetype end = -1;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest[i] == '\n' || rest[i] == '\r') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            if (!m_discardingLine)
                m_line.append(rest);
            if (m_line.size() > m_maxEventBytes) {
                overflow();
                m_discardingLine = true;
                m_line.clear();
            }
            return;
        }
        if (!m_discardingLine)
            m_line.append(rest.first(end));
        const bool cr = rest[end] == '\r';
        rest = rest.sliced(end + 1);
        if (cr) {
            if (rest.isEmpty())
                m_skipLeadingLf = true;
            else if (rest.front() == '\n')
                rest = rest.sliced(1);
        }
        if (m_discardingLine) {
            m_discardingLine = false;
            m_line.clear();
            continue;
        }
        // Checked on the whole line too, so where the chunks happened to split makes no difference.
        if (m_line.size() > m_maxEventBytes) {
            overflow();
            m_line.clear();
            continue;
        }
        processLine(m_line);
        m_line.clear();
    }
}

void SseParser::processLine(QByteArrayView line)
{
    if (line.isEmpty()) {
        dispatch();
        return;
    }
    if (m_discardingEvent)
        return;
    if (line.front() == ':')
        return;
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
        if (m_data.size() > m_maxEventBytes)
            overflow();
    } else if (field == "event") {
        m_eventType = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0')) {
            m_lastEventId = QString::fromUtf8(value);
            m_hasOwnId = true;
        }
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toByteArray().toInt(&ok);
        if (ok && ms >= 0 && !value.isEmpty() && value.front() != '+')
            m_retryMs = ms;
    }
}

void SseParser::overflow()
{
    // An oversized event is dropped whole, up to its blank line: a part of it would mislead.
    m_overflowed = true;
    m_discardingEvent = true;
    m_data.clear();
    m_hasData = false;
}

void SseParser::dispatch()
{
    if (m_hasData && !m_discardingEvent) {
        SseEvent event;
        if (!m_eventType.isEmpty())
            event.event = m_eventType;
        event.data = m_data;
        event.id = m_lastEventId;
        event.hasOwnId = m_hasOwnId;
        m_events.append(event);
    }
    m_data.clear();
    m_hasData = false;
    m_eventType.clear();
    m_hasOwnId = false;
    m_discardingEvent = false;
}

QList<SseEvent> SseParser::takeEvents()
{
    QList<SseEvent> events;
    events.swap(m_events);
    return events;
}

void SseParser::reset()
{
    m_line.clear();
    m_skipLeadingLf = false;
    m_atStreamStart = true;
    m_bomProbe.clear();
    m_discardingLine = false;
    m_discardingEvent = false;
    m_data.clear();
    m_hasData = false;
    m_eventType.clear();
    m_hasOwnId = false;
    m_overflowed = false;
    m_events.clear();
}

} // namespace agi
