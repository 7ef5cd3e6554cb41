// libFuzzer target for the incremental SSE parser. The property: a stream gives the same events (and
// the same last id, retry hint and overflow flag) however the network splits it into chunks.
// Input layout: byte 0 picks the size limit (odd: 1 + byte / 2 bytes, so the "event too large" path
// runs; even: the default), byte 1 picks how the rest is split (byte % 4: one byte at a time,
// pseudo-random lengths seeded by the byte, just after every CR and before every LF, or lengths read
// from the stream itself). Seeds start with two readable bytes: "0a" is the default limit with
// random cuts, "1b" a 25-byte limit with CR/LF cuts, "0d" one byte at a time, "0c" stream-driven.
#include "api/sseparser.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdlib>

namespace {

using agi::SseEvent;
using agi::SseParser;

struct Result
{
    QList<SseEvent> events;
    QString lastEventId;
    int retryMs = -1;
    bool overflowed = false;

    friend bool operator==(const Result &, const Result &) = default;
};

Result finish(SseParser &parser, QList<SseEvent> events)
{
    events.append(parser.takeEvents());
    if (parser.hasEvents())
        std::abort(); // takeEvents() must leave nothing behind
    return Result {events, parser.lastEventId(), parser.retryMs(), parser.overflowed()};
}

QList<qsizetype> cutPositions(const QByteArray &stream, std::uint8_t how)
{
    QList<qsizetype> cuts;
    switch (how % 4) {
    case 0:
        for (qsizetype i = 1; i < stream.size(); ++i)
            cuts.append(i);
        break;
    case 1: {
        std::uint32_t state = 0x9e3779b9u ^ how ^ std::uint32_t(stream.size()) << 8;
        for (qsizetype at = 0;;) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            at += qsizetype(state % 9); // 0 repeats a cut: an empty chunk, as readAll() may return
            if (at >= stream.size())
                break;
            cuts.append(at);
        }
        break;
    }
    case 2:
        for (qsizetype i = 1; i < stream.size(); ++i) {
            if (stream[i - 1] == '\r' || stream[i] == '\n')
                cuts.append(i);
        }
        break;
    case 3:
        for (qsizetype at = 0;;) {
            at += 1 + std::uint8_t(stream[at]) % 16;
            if (at >= stream.size())
                break;
            cuts.append(at);
        }
        break;
    }
    return cuts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype limit = (data[0] & 1) ? 1 + data[0] / 2 : SseParser::DefaultMaxEventBytes;
    const QByteArray stream(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));

    SseParser whole;
    whole.setMaxEventBytes(limit);
    whole.feed(stream);
    const Result expected = finish(whole, {});

    SseParser chunked;
    chunked.setMaxEventBytes(limit);
    QList<SseEvent> events;
    qsizetype from = 0;
    for (const qsizetype cut : cutPositions(stream, data[1])) {
        chunked.feed(stream.mid(from, cut - from));
        events.append(chunked.takeEvents()); // a consumer takes events as chunks arrive
        from = cut;
    }
    chunked.feed(stream.mid(from));
    const Result actual = finish(chunked, events);

    if (!(actual == expected))
        std::abort();
    for (const SseEvent &event : expected.events) {
        if (event.event.isEmpty() || event.data.size() > limit)
            std::abort();
    }
    return 0;
}
