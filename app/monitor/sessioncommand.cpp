#include "monitor/sessioncommand.h"

#include "api/getmessagesjob.h"
#include "api/navigatejob.h"
#include "api/sendmessagejob.h"
#include "api/sessioncontroljob.h"

#include <algorithm>

namespace agi {

SessionCommand::SessionCommand(ApiClient *client, const QString &sessionId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sessionId(sessionId)
{ }

SessionCommand::~SessionCommand()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

QString SessionCommand::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Pause:
        return QStringLiteral("pause");
    case Kind::Resume:
        return QStringLiteral("resume");
    case Kind::Cancel:
        return QStringLiteral("cancel");
    case Kind::Navigate:
        return QStringLiteral("navigate");
    case Kind::SendMessage:
        break;
    }
    return QStringLiteral("message");
}

bool SessionCommand::pause()
{
    return !m_job
        && run(Kind::Pause, new SessionControlJob(m_client, m_sessionId, SessionControlJob::Action::Pause, this));
}

bool SessionCommand::resume()
{
    return !m_job
        && run(Kind::Resume, new SessionControlJob(m_client, m_sessionId, SessionControlJob::Action::Resume, this));
}

bool SessionCommand::cancel()
{
    return !m_job
        && run(Kind::Cancel, new SessionControlJob(m_client, m_sessionId, SessionControlJob::Action::Cancel, this));
}

QString SessionCommand::messageProblem(const QString &message)
{
    const qsizetype length = message.trimmed().size();
    if (length == 0)
        return tr("Write a message first.");
    if (length > maxMessageLength)
        return tr("The message is %L1 characters long; the server takes at most %L2.")
            .arg(length)
            .arg(maxMessageLength);
    return {};
}

QString SessionCommand::urlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return tr("Enter a web address.");
    if (!url.scheme().isEmpty() && url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("Only http and https addresses can be opened, not %1.").arg(url.scheme());
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("\"%1\" is not a complete web address.").arg(url.toDisplayString());
    return {};
}

bool SessionCommand::navigate(const QUrl &url)
{
    if (!urlProblem(url).isEmpty())
        return false;
    return !m_job && run(Kind::Navigate, new NavigateJob(m_client, m_sessionId, url, this));
}

bool SessionCommand::sendMessage(const QString &message, const QUrl &startUrl)
{
    if (m_job || !messageProblem(message).isEmpty() || (!startUrl.isEmpty() && !urlProblem(startUrl).isEmpty()))
        return false;
    m_message = message.trimmed();
    return run(Kind::SendMessage, new SendMessageJob(m_client, m_sessionId, m_message, startUrl, this));
}

bool SessionCommand::run(Kind kind, ApiJob *job)
{
    m_job = job;
    connect(job, &ApiJob::succeeded, this, [this, kind, job] { succeed(kind, job); });
    connect(job, &ApiJob::failed, this, [this, kind](const ApiError &error) { fail(kind, error); });
    switch (kind) {
    case Kind::Pause:
        Q_EMIT progress(tr("Pausing..."));
        break;
    case Kind::Resume:
        Q_EMIT progress(tr("Resuming..."));
        break;
    case Kind::Cancel:
        Q_EMIT progress(tr("Cancelling the task..."));
        break;
    case Kind::Navigate:
        Q_EMIT progress(tr("Opening the page..."));
        break;
    case Kind::SendMessage:
        Q_EMIT progress(tr("Sending..."));
        break;
    }
    job->start();
    return true;
}

void SessionCommand::succeed(Kind kind, ApiJob *job)
{
    m_job.clear();
    Outcome outcome;
    outcome.kind = kind;
    outcome.done = true;
    switch (kind) {
    case Kind::Pause:
    case Kind::Resume:
        outcome.alreadyInState = static_cast<SessionControlJob *>(job)->alreadyInState();
        if (kind == Kind::Pause)
            outcome.text = outcome.alreadyInState ? tr("The agent was already paused.") : tr("The agent is paused.");
        else
            outcome.text = outcome.alreadyInState ? tr("The agent was not paused.") : tr("The agent goes on.");
        break;
    case Kind::Cancel:
        outcome.text = tr("The task was cancelled.");
        break;
    case Kind::Navigate:
        outcome.url = static_cast<NavigateJob *>(job)->currentUrl();
        outcome.text = tr("The browser opened %1.").arg(outcome.url.toDisplayString());
        break;
    case Kind::SendMessage:
        outcome.text = tr("Sent.");
        break;
    }
    Q_EMIT finished(outcome);
}

void SessionCommand::fail(Kind kind, const ApiError &error)
{
    m_job.clear();
    if (kind == Kind::SendMessage && error.effect == ApiError::Effect::MaybeSent) {
        checkDelivery(error);
        return;
    }
    Outcome outcome;
    outcome.kind = kind;
    outcome.error = error;
    QString what;
    switch (kind) {
    case Kind::Pause:
        what = tr("Could not pause the agent: %1");
        break;
    case Kind::Resume:
        what = tr("Could not resume the agent: %1");
        break;
    case Kind::Cancel:
        what = tr("Could not cancel the task: %1");
        break;
    case Kind::Navigate:
        what = tr("Could not open the page: %1");
        break;
    case Kind::SendMessage:
        // A lost answer never gets here: checkDelivery() reads the conversation instead.
        what = tr("The message was not sent: %1");
        break;
    }
    outcome.text = what.arg(error.userMessage());
    Q_EMIT finished(outcome);
}

void SessionCommand::checkDelivery(const ApiError &lost)
{
    // Never sent again on a guess: the conversation says whether it arrived.
    Q_EMIT progress(tr("No answer; checking whether the message arrived..."));
    auto *check = new GetMessagesJob(m_client, m_sessionId, 0, true, this);
    m_job = check;
    connect(check, &ApiJob::succeeded, this, [this, check, lost] {
        m_job.clear();
        const QList<Message> &messages = check->page().messages;
        const auto last = std::find_if(messages.crbegin(), messages.crend(),
            [](const Message &message) { return message.type == Message::Type::User; });
        Outcome outcome;
        outcome.kind = Kind::SendMessage;
        if (last != messages.crend() && last->text().trimmed() == m_message) {
            outcome.done = true;
            // The cause is named too: a connection that keeps dropping answers is worth knowing about.
            outcome.text = tr("Sent. (The server's answer was lost: %1 The message is in the conversation.)")
                               .arg(lost.withoutEffect().userMessage());
        } else {
            outcome.error = lost;
            outcome.text = tr("The message did not reach the agent (%1). You can send it again.")
                               .arg(lost.withoutEffect().userMessage());
        }
        Q_EMIT finished(outcome);
    });
    connect(check, &ApiJob::failed, this, [this, lost](const ApiError &error) {
        m_job.clear();
        Outcome outcome;
        outcome.kind = Kind::SendMessage;
        outcome.maybeSent = true;
        outcome.error = lost;
        outcome.text = tr("No answer to the message (%1), and the conversation could not be read (%2). Look at the "
                          "conversation before sending it again.")
                           .arg(lost.withoutEffect().userMessage(), error.userMessage());
        Q_EMIT finished(outcome);
    });
    check->start();
}

} // namespace agi
