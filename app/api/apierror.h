#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace agi {

//! A failed API call as a value: what went wrong, the server's own words, and one sentence for the user.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(agi::ApiError)

public:
    enum class Kind {
        None,
        Network,
        Timeout,
        Unauthorized,
        Forbidden,
        NotFound,
        Validation,
        Conflict,
        RateLimited,
        Server,
        BadResponse,
        Cancelled,
        Insecure,
        Other
    };

    //! Whether a failed non-idempotent request (create, message, end and save) may still have taken
    //! effect on the server: its answer was lost, cut, unreadable, or a 5xx.
    enum class Effect {
        None,         //!< the request certainly did nothing (or it is idempotent)
        MaybeCreated, //!< a create whose answer was lost: the session may exist
        MaybeSent,    //!< a message whose answer was lost: the agent may have it
        MaybeEnded    //!< an end-and-save whose answer was lost: the session may be ended and saved
    };

    Kind kind = Kind::None;
    int httpStatus = 0;         // 0 when no HTTP status was received
    QString serverMessage;      // Part A order: detail, message, error, raw text; cut to 300 chars. For
                                // errors without a server answer: the reason (Qt's error text, TLS errors ...)
    int retryAfterSeconds = -1; // from Retry-After, -1 when absent
    Effect effect = Effect::None;
    //! Whether the request addressed one session (a 404 then means that session is gone) rather than
    //! a collection such as the session list (a 404 then means a wrong server address).
    bool aboutSession = true;

    bool isNone() const { return kind == Kind::None; }
    //! The same error without its uncertain effect, once that was settled by a check.
    ApiError withoutEffect() const
    {
        ApiError copy = *this;
        copy.effect = Effect::None;
        return copy;
    }
    //! The one rule for "try again?": final when another attempt cannot succeed until the user acts
    //! (key rejected, access denied, not found, invalid or conflicting request, insecure connection,
    //! cancelled, an unexpected status). Network errors, timeouts, 5xx, 429 and unusable answers
    //! are not final: jobs retry them within their attempts, followers back off (see Backoff).
    bool isFinal() const;
    //! One translated sentence for the UI; never contains the API key.
    QString userMessage() const;
    //! A stable lower-case name of the kind ("not_found"), for logs and tests.
    QString kindName() const;
    static QString kindName(Kind kind);

    static ApiError badResponse(const QString &reason);
    static ApiError cancelled();
    static ApiError insecure(const QString &reason);
    static ApiError timeout(const QString &reason = {});

    //! Maps an HTTP error status (>= 400) and its body; `retryAfter` is the raw Retry-After header.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter = {},
        const QDateTime &now = QDateTime::currentDateTimeUtc());
    //! Maps a transport error (no usable HTTP status). OperationCanceledError maps to Timeout: a user
    //! abort never reaches this function (ApiJob reports Cancelled itself).
    static ApiError fromNetworkError(QNetworkReply::NetworkError code, const QString &reason);

    //! The server's message from an error body in Part A's order, cut to 300 characters.
    static QString extractServerMessage(const QByteArray &body);
    //! Retry-After as delta seconds or an HTTP-date; -1 when absent or unparseable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

    static constexpr int MaxServerMessageLength = 300;

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

} // namespace agi

Q_DECLARE_METATYPE(agi::ApiError)
