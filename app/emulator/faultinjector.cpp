#include "faultinjector.h"

#include <QJsonValue>
#include <QStringList>

#include <array>
#include <utility>

namespace agi::emu {

namespace {

constexpr int kMaxLatencyMs = 120000;
constexpr int kDefaultSlowBytesPerSecond = 2048;

struct KindInfo
{
    Fault::Kind kind;
    const char *name;
};

constexpr std::array<KindInfo, 9> kKinds {{
    {Fault::Kind::Latency, "latency"},
    {Fault::Kind::HttpStatus, "http"},
    {Fault::Kind::Drop, "drop"},
    {Fault::Kind::Truncate, "truncate"},
    {Fault::Kind::MalformedJson, "malformed-json"},
    {Fault::Kind::CorruptJpeg, "corrupt-jpeg"},
    {Fault::Kind::HugeImage, "huge-image"},
    {Fault::Kind::Slow, "slow"},
    {Fault::Kind::Stall, "stall"},
}};

QString kindName(Fault::Kind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return QLatin1String(info.name);
    }
    return {};
}

std::optional<Fault::Kind> kindFromName(QStringView name)
{
    for (const KindInfo &info : kKinds) {
        if (name == QLatin1String(info.name))
            return info.kind;
    }
    return std::nullopt;
}

// std::optional<int> here trips GCC 12's -Wmaybe-uninitialized, hence the out parameter.
bool parseInt(QStringView text, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok;
}

bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

// Fills `fault` from KIND[=VALUE]; the value's meaning depends on the kind.
bool parseKind(QStringView kindText, Fault *fault, QString *error)
{
    const qsizetype eq = kindText.indexOf(QLatin1Char('='));
    const QStringView name = (eq < 0 ? kindText : kindText.left(eq)).trimmed();
    const bool hasValue = eq >= 0;
    const QStringView value = hasValue ? kindText.mid(eq + 1).trimmed() : QStringView();
    int number = 0;
    const bool isNumber = hasValue && parseInt(value, &number);
    if (name.isEmpty())
        return fail(error, QStringLiteral("missing fault kind after ':'"));
    const std::optional<Fault::Kind> kind = kindFromName(name);
    if (!kind)
        return fail(error, QStringLiteral("unknown fault kind '%1'").arg(name));
    fault->kind = *kind;

    switch (*kind) {
    case Fault::Kind::Latency: {
        if (!isNumber)
            return fail(error, QStringLiteral("latency needs milliseconds, e.g. latency=400"));
        if (number < 1 || number > kMaxLatencyMs)
            return fail(
                error, QStringLiteral("latency must be between 1 and %1 ms, not %2").arg(kMaxLatencyMs).arg(number));
        fault->value = number;
        return true;
    }
    case Fault::Kind::HttpStatus: {
        if (!isNumber)
            return fail(error, QStringLiteral("http needs a status code, e.g. http=503"));
        if (number < 400 || number > 599)
            return fail(error, QStringLiteral("http status must be between 400 and 599, not %1").arg(number));
        fault->value = number;
        return true;
    }
    case Fault::Kind::Slow: {
        if (!hasValue) {
            fault->value = kDefaultSlowBytesPerSecond;
            return true;
        }
        if (!isNumber || number < 1)
            return fail(error, QStringLiteral("slow needs a positive number of bytes per second, e.g. slow=1024"));
        fault->value = number;
        return true;
    }
    case Fault::Kind::Drop:
    case Fault::Kind::Truncate:
    case Fault::Kind::MalformedJson:
    case Fault::Kind::CorruptJpeg:
    case Fault::Kind::HugeImage:
    case Fault::Kind::Stall:
        if (hasValue)
            return fail(error, QStringLiteral("%1 takes no value").arg(name));
        fault->value = 0;
        return true;
    }
    return fail(error, QStringLiteral("unknown fault kind '%1'").arg(name));
}

// Applies one `,KEY=VALUE` option of a spec to `rule`; `given` holds the keys seen before.
bool parseOption(QStringView option, FaultRule *rule, QStringList *given, QString *error)
{
    const qsizetype eq = option.indexOf(QLatin1Char('='));
    const QStringView key = (eq < 0 ? option : option.left(eq)).trimmed();
    const QStringView value = eq < 0 ? QStringView() : option.mid(eq + 1).trimmed();
    int number = 0;
    const bool isNumber = eq >= 0 && parseInt(value, &number);
    if (key.isEmpty())
        return fail(error, QStringLiteral("empty option after ','"));
    const bool known
        = key == QLatin1String("retry-after") || key == QLatin1String("times") || key == QLatin1String("session");
    if (!known)
        return fail(
            error, QStringLiteral("unknown option '%1' (expected retry-after=S, times=N or session=ID)").arg(key));
    if (given->contains(key.toString()))
        return fail(error, QStringLiteral("%1 given twice").arg(key));
    given->append(key.toString());

    if (key == QLatin1String("retry-after")) {
        if (!isNumber || number < 0)
            return fail(error, QStringLiteral("retry-after needs seconds, e.g. retry-after=3"));
        if (rule->fault.kind != Fault::Kind::HttpStatus || rule->fault.value != 429)
            return fail(error, QStringLiteral("retry-after only applies to http=429"));
        rule->fault.retryAfterSeconds = number;
    } else if (key == QLatin1String("times")) {
        if (!isNumber || number < 1)
            return fail(error, QStringLiteral("times needs a count of at least 1, e.g. times=2"));
        rule->remaining = number;
    } else {
        if (value.isEmpty())
            return fail(error, QStringLiteral("session needs a session id, e.g. session=ab12"));
        rule->sessionId = value.toString();
    }
    return true;
}

} // namespace

std::optional<FaultRule> FaultRule::parse(const QString &spec, QString *error)
{
    const QString text = spec.trimmed();
    if (text.isEmpty()) {
        fail(error,
            QStringLiteral("empty fault spec (expected TARGET:KIND[=VALUE][,retry-after=S][,times=N][,session=ID])"));
        return std::nullopt;
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        fail(error, QStringLiteral("missing ':' in '%1' (expected TARGET:KIND, e.g. all:latency=400)").arg(text));
        return std::nullopt;
    }

    FaultRule rule;
    rule.spec = text;

    const QStringView targetText = QStringView(text).left(colon).trimmed();
    if (targetText.isEmpty()) {
        fail(error, QStringLiteral("missing target before ':' (use 'all' or an endpoint name)"));
        return std::nullopt;
    }
    if (targetText != QLatin1String("all")) {
        rule.target = endpointFromName(targetText);
        if (!rule.target) {
            fail(error, QStringLiteral("unknown endpoint '%1'").arg(targetText));
            return std::nullopt;
        }
    }

    const QList<QStringView> parts = QStringView(text).mid(colon + 1).split(QLatin1Char(','));
    if (!parseKind(parts.first(), &rule.fault, error))
        return std::nullopt;

    QStringList given; // the options seen, each allowed once
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (!parseOption(parts.at(i).trimmed(), &rule, &given, error))
            return std::nullopt;
    }
    return rule;
}

QJsonObject FaultRule::toJson() const
{
    const bool hasRetryAfter = fault.kind == Fault::Kind::HttpStatus && fault.value == 429;
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("target"), target ? endpointName(*target) : QStringLiteral("all")},
        {QStringLiteral("kind"), kindName(fault.kind)},
        {QStringLiteral("value"), fault.value},
        {QStringLiteral("retry_after"), hasRetryAfter ? QJsonValue(fault.retryAfterSeconds) : QJsonValue()},
        {QStringLiteral("remaining"), remaining},
        {QStringLiteral("session_id"), sessionId.isEmpty() ? QJsonValue() : QJsonValue(sessionId)},
    };
}

FaultInjector::FaultInjector(QObject *parent)
    : QObject(parent)
{ }

qint64 FaultInjector::add(FaultRule rule)
{
    rule.id = m_nextId++;
    m_rules.append(std::move(rule));
    return m_rules.constLast().id;
}

bool FaultInjector::addSpec(const QString &spec, QString *error)
{
    std::optional<FaultRule> rule = FaultRule::parse(spec, error);
    if (!rule)
        return false;
    add(std::move(*rule));
    return true;
}

void FaultInjector::clear()
{
    m_rules.clear();
}

QList<FaultRule> FaultInjector::rules() const
{
    return m_rules;
}

QList<Fault> FaultInjector::take(Endpoint endpoint, const QString &sessionId)
{
    QList<Fault> faults;
    if (endpoint == Endpoint::Control || endpoint == Endpoint::Unknown)
        return faults;
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        if ((it->target && *it->target != endpoint) || (!it->sessionId.isEmpty() && it->sessionId != sessionId)) {
            ++it;
            continue;
        }
        faults.append(it->fault);
        if (it->remaining > 0 && --it->remaining == 0)
            it = m_rules.erase(it);
        else
            ++it;
    }
    return faults;
}

QString FaultInjector::specHelp()
{
    QStringList endpoints;
    for (int i = 0; i <= static_cast<int>(Endpoint::Models); ++i)
        endpoints.append(endpointName(static_cast<Endpoint>(i)));

    QString help;
    help += QStringLiteral("Fault specs: TARGET:KIND[=VALUE][,retry-after=S][,times=N][,session=ID]\n");
    help += QStringLiteral("  TARGET  all, or one of: ") + endpoints.join(QStringLiteral(", ")) + QLatin1Char('\n');
    help += QStringLiteral("  KIND    latency=MS        add MS milliseconds (1..120000) before the response\n"
                           "          http=CODE         answer CODE (400..599) instead of the handler;\n"
                           "                            429 sends Retry-After (retry-after=S, default 1)\n"
                           "          drop              close the connection without a response\n"
                           "          truncate          promise the whole body, send half, close\n"
                           "          malformed-json    cut and garble the JSON body (status 200)\n"
                           "          corrupt-jpeg      screenshot JPEG damaged after its header\n"
                           "          huge-image        screenshot JPEG that claims 60000x60000 pixels\n"
                           "          slow[=BPS]        send the body at BPS bytes per second (default 2048)\n"
                           "          stall             send the headers, then nothing, never close\n");
    help += QStringLiteral("  times=N arm for the next N matching requests only (default: until cleared)\n"
                           "  session=ID  only requests about session ID (default: any request)\n");
    help += QStringLiteral("Examples:\n"
                           "  --fault screenshot:http=429,retry-after=3,times=2\n"
                           "  --fault all:latency=400\n"
                           "  --fault events:stall\n");
    return help;
}

} // namespace agi::emu
