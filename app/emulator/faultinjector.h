#pragma once

#include "endpoint.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace agi::emu {

//! One misbehaviour the emulator can be told to show.
struct Fault
{
    enum class Kind {
        Latency,       // value = milliseconds added before the response is written
        HttpStatus,    // value = status code (429 adds Retry-After: retryAfterSeconds); the handler is not run
        Drop,          // the connection is closed without a response
        Truncate,      // headers promise the whole body, half of it is sent, then the connection closes
        MalformedJson, // the JSON body is cut and garbled, with status 200
        CorruptJpeg,   // screenshot: a data URL whose JPEG data is damaged after its header
        HugeImage,     // screenshot: a valid-looking JPEG whose header claims 60000x60000 pixels
        Slow,          // value = bytes per second for the body
        Stall,         // headers (and for SSE the history) are sent, then nothing, never closed
    };

    Kind kind = Kind::Latency;
    int value = 0;
    int retryAfterSeconds = 1;

    bool operator==(const Fault &) const = default;
};

//! An armed fault: what, on which endpoint (none = every API endpoint), how many more times.
struct FaultRule
{
    qint64 id = 0;
    std::optional<Endpoint> target;
    Fault fault;
    int remaining = -1; // -1 = until cleared
    QString sessionId;  // only requests about this session; empty = any request
    QString spec;       // the text it was parsed from

    //! Parses `TARGET:KIND[=VALUE][,retry-after=S][,times=N][,session=ID]`, for example
    //! `screenshot:http=429,retry-after=3,times=2`, `all:latency=400`, `events:stall`,
    //! `status:malformed-json,session=ab12`.
    //! On failure returns nullopt and sets *error to a one-line reason.
    static std::optional<FaultRule> parse(const QString &spec, QString *error);

    QJsonObject toJson() const;
};

//! Holds the armed faults and hands them out request by request.
class FaultInjector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultInjector)

public:
    explicit FaultInjector(QObject *parent = nullptr);

    //! Arms a rule and returns its id.
    qint64 add(FaultRule rule);
    //! Parses and arms; false with *error set when the spec is invalid.
    bool addSpec(const QString &spec, QString *error);
    void clear();
    QList<FaultRule> rules() const;

    //! The faults that apply to one request of `endpoint` (about `sessionId`, empty when the
    //! request names no session); each consumes one use of its rule.
    //! Never returns faults for Endpoint::Control or Endpoint::Unknown.
    QList<Fault> take(Endpoint endpoint, const QString &sessionId = {});

    //! The text of `agi-emulator --help` that documents the spec syntax.
    static QString specHelp();

private:
    QList<FaultRule> m_rules;
    qint64 m_nextId = 1;
};

} // namespace agi::emu
