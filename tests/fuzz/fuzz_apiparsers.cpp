// libFuzzer target for the API's JSON parsers. The first byte picks the parser (byte % 8, so the seed
// files start with an ASCII digit '0'..'7'); the rest is the response body. Besides "no crash, no
// sanitizer report", each branch checks a property the UI relies on and abort()s when it breaks.
//   '0' list sessions   '1' get/create session   '2' status   '3' models
//   '4' delete outcome  '5' messages page        '6' HTTP error: 3 digits of status, then the body
//   '7' Retry-After header value
#include "api/apierror.h"
#include "api/createsessionjob.h"
#include "api/deleteoutcome.h"
#include "api/deletesessionjob.h"
#include "api/executionstatus.h"
#include "api/getstatusjob.h"
#include "api/listmodelsjob.h"
#include "api/listsessionsjob.h"
#include "api/message.h"
#include "api/messagespage.h"
#include "api/session.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace {

using agi::ApiError;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// A parser either succeeds or says "bad response"; no other kind may come out of a body.
void checkParseError(const ApiError &error)
{
    check(error.isNone() || error.kind == ApiError::Kind::BadResponse);
    check(error.isNone() || !error.userMessage().isEmpty());
    check(error.serverMessage.size() <= ApiError::MaxServerMessageLength);
}

// Wrapping a body in one more array adds a nesting level; QJsonDocument refuses more than 1024 of
// them, so the wrapped-form checks only run on bodies that cannot be near that limit.
bool shallow(const QByteArray &body)
{
    return body.count('[') + body.count('{') < 1000;
}

void listSessions(const QByteArray &body)
{
    agi::Session sentinel;
    sentinel.id = QStringLiteral("sentinel");
    QList<agi::Session> sessions {sentinel};
    const ApiError error = agi::ListSessionsJob::parseSessions(body, &sessions);
    checkParseError(error);
    if (!error.isNone()) {
        check(sessions.size() == 1 && sessions.front().id == QLatin1String("sentinel")); // untouched
        return;
    }
    for (const agi::Session &session : std::as_const(sessions)) {
        check(!session.id.trimmed().isEmpty());
        check(!session.vncUrl.isValid() || !session.vncUrl.isRelative());
        (void)session.status.displayText();
    }
}

void getSession(const QByteArray &body)
{
    agi::Session session;
    const ApiError error = agi::CreateSessionJob::parseSession(body, &session);
    checkParseError(error);
    if (!error.isNone()) {
        check(session == agi::Session {});
        return;
    }
    check(!session.id.trimmed().isEmpty());
    if (!shallow(body))
        return;
    // What GET /sessions/{id} accepts, GET /sessions accepts as a list entry, bare or wrapped.
    for (const QByteArray &list : {QByteArray('[' + body + ']'), QByteArray("{\"sessions\":[" + body + "]}")}) {
        QList<agi::Session> sessions;
        check(agi::ListSessionsJob::parseSessions(list, &sessions).isNone());
        check(sessions.size() == 1 && sessions.front() == session);
    }
}

void status(const QByteArray &body)
{
    agi::ExecutionStatus out;
    out.raw = QStringLiteral("sentinel");
    const ApiError error = agi::GetStatusJob::parseStatus(body, &out);
    checkParseError(error);
    if (!error.isNone()) {
        check(out.raw == QLatin1String("sentinel"));
        return;
    }
    // Unknown values are kept verbatim, so reading the kept text again gives the same status.
    check(agi::ExecutionStatus::fromString(out.raw) == out);
    (void)out.displayText();
}

void models(const QByteArray &body)
{
    QStringList names {QStringLiteral("sentinel")};
    const ApiError error = agi::ListModelsJob::parseModels(body, &names);
    checkParseError(error);
    if (!error.isNone()) {
        check(names == QStringList {QStringLiteral("sentinel")});
        return;
    }
    for (const QString &name : std::as_const(names)) {
        check(!name.isEmpty() && name == name.trimmed()); // a combo box entry, never blank
        check(names.count(name) == 1);
    }
}

void deleteOutcome(const QByteArray &body)
{
    agi::DeleteOutcome first;
    agi::DeleteOutcome retried;
    const ApiError firstError = agi::DeleteSessionJob::parseOutcome(body, false, &first);
    const ApiError retriedError = agi::DeleteSessionJob::parseOutcome(body, true, &retried);
    checkParseError(firstError);
    check(firstError == retriedError);
    if (!firstError.isNone()) {
        check(first == agi::DeleteOutcome {} && retried == agi::DeleteOutcome {});
        return;
    }
    // "Probably already ended" only after a lost first attempt, and never together with "deleted".
    check(!first.probablyAlreadyEnded);
    check(retried.deleted == first.deleted && retried.message == first.message);
    check(retried.probablyAlreadyEnded == !retried.deleted);
}

void messagesPage(const QByteArray &body)
{
    agi::MessagesPage page;
    page.hasAgent = true;
    const ApiError error = agi::MessagesPage::fromJson(body, &page);
    checkParseError(error);
    if (!error.isNone()) {
        check(page.hasAgent && page.messages.isEmpty());
        return;
    }
    qint64 largest = -1;
    for (qsizetype i = 0; i < page.messages.size(); ++i) {
        const agi::Message &message = page.messages.at(i);
        check(i == 0 || page.messages.at(i - 1).id <= message.id); // ascending, as lastId() assumes
        largest = std::max(largest, message.id);
        (void)message.text();
    }
    check(page.lastId(-1) == largest);
    // A bare array and {"messages": array} are the same page, minus status and has_agent.
    if (body.trimmed().startsWith('[') && shallow(body)) {
        agi::MessagesPage wrapped;
        check(agi::MessagesPage::fromJson("{\"messages\":" + body + '}', &wrapped).isNone());
        check(wrapped.messages == page.messages);
        check(page.status.raw.isEmpty() && !page.hasAgent);
    }
}

const QDateTime &fixedNow()
{
    static const QDateTime now(QDate(2025, 10, 5), QTime(18, 0), Qt::UTC);
    return now;
}

void httpError(const QByteArray &data)
{
    // Three ASCII digits give a readable status in the seeds; other bytes still give one in 0..999.
    int status = 0;
    if (data.size() >= 3 && std::all_of(data.begin(), data.begin() + 3, [](char c) { return c >= '0' && c <= '9'; }))
        status = data.left(3).toInt();
    else if (data.size() >= 2)
        status = (std::uint8_t(data[0]) << 8 | std::uint8_t(data[1])) % 1000;
    const QByteArray body = data.mid(3);

    const ApiError error = ApiError::fromHttp(status, body, {}, fixedNow());
    check(!error.isNone());
    check(error.httpStatus == status);
    check(error.retryAfterSeconds == -1);
    check(error.isFinal() == !(status == 429 || (status >= 500 && status <= 599)));
    check(error.serverMessage == ApiError::extractServerMessage(body));
    check(error.serverMessage.size() <= ApiError::MaxServerMessageLength);
    check(!error.userMessage().isEmpty());
    check(!error.userMessage().contains(QLatin1Char('\n'))); // one sentence, one line
}

void retryAfter(const QByteArray &value)
{
    const int seconds = ApiError::parseRetryAfter(value, fixedNow());
    check(seconds >= -1);
    check(ApiError::fromHttp(429, {}, value, fixedNow()).retryAfterSeconds == seconds);
    const QByteArray trimmed = value.trimmed();
    if (!trimmed.isEmpty() && trimmed.size() <= 9
        && std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; }))
        check(seconds == trimmed.toInt());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The parsers log skipped entries; at fuzzing speed that is only noise.
    QLoggingCategory::setFilterRules(QStringLiteral("agi.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 8) {
    case 0:
        listSessions(body);
        break;
    case 1:
        getSession(body);
        break;
    case 2:
        status(body);
        break;
    case 3:
        models(body);
        break;
    case 4:
        deleteOutcome(body);
        break;
    case 5:
        messagesPage(body);
        break;
    case 6:
        httpError(body);
        break;
    case 7:
        retryAfter(body);
        break;
    }
    return 0;
}
