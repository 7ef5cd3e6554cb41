#include "cli/readcommands.h"

#include "api/getmessagesjob.h"
#include "api/getsessionjob.h"
#include "api/listsessionsjob.h"
#include "api/screenshotjob.h"
#include "cli/clicontext.h"
#include "cli/jsonview.h"
#include "cli/output.h"
#include "live/framepipeline.h"
#include "live/screenshotpayload.h"
#include "model/displaytext.h"
#include "storage/atomicfile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace agi::cli {

ListCommand::ListCommand(const Invocation &invocation, QObject *parent)
    : Command(invocation, parent)
    , m_status(invocation.parser->value(QStringLiteral("status")).trimmed())
{ }

void ListCommand::run()
{
    auto *job = new ListSessionsJob(&context()->client(), this);
    connect(job, &ApiJob::failed, this, &ListCommand::fail);
    connect(job, &ApiJob::succeeded, this, [this, job] {
        QList<Session> sessions;
        for (const Session &session : job->sessions()) {
            if (m_status.isEmpty() || session.status.raw.compare(m_status, Qt::CaseInsensitive) == 0)
                sessions.append(session);
        }
        if (out().json()) {
            QJsonArray array;
            for (const Session &session : sessions)
                array.append(JsonView::session(session));
            out().document(array);
        } else if (sessions.isEmpty()) {
            out().note(m_status.isEmpty() ? tr("No sessions.") : tr("No sessions with status %1.").arg(m_status));
        } else {
            QList<QStringList> rows;
            for (const Session &session : sessions) {
                rows.append(
                    {session.id, DisplayText::oneLine(session.status.raw), DisplayText::oneLine(session.agentName),
                        JsonView::shortTime(session.createdAt), DisplayText::oneLine(session.goal)});
            }
            out().table({tr("ID"), tr("STATUS"), tr("AGENT"), tr("CREATED"), tr("TASK")}, rows);
        }
        finish(ExitCode::Ok);
    });
    job->start();
}

ShowCommand::ShowCommand(const Invocation &invocation, QObject *parent)
    : Command(invocation, parent)
    , m_sessionId(invocation.arguments.value(0))
{
    bool ok = false;
    const int count = invocation.parser->value(QStringLiteral("messages")).toInt(&ok);
    if (ok && count >= 0)
        m_messages = count;
}

void ShowCommand::run()
{
    auto *sessionJob = new GetSessionJob(&context()->client(), m_sessionId, this);
    connect(sessionJob, &ApiJob::failed, this, &ShowCommand::fail);
    connect(sessionJob, &ApiJob::succeeded, this, [this, sessionJob] {
        const Session session = sessionJob->session();
        auto *messagesJob = new GetMessagesJob(&context()->client(), m_sessionId, 0, true, this);
        connect(messagesJob, &ApiJob::failed, this, &ShowCommand::fail);
        connect(messagesJob, &ApiJob::succeeded, this, [this, session, messagesJob] {
            const MessagesPage &page = messagesJob->page();
            const QList<Message> latest = page.messages.mid(std::max<qsizetype>(0, page.messages.size() - m_messages));
            if (out().json()) {
                QJsonObject object = JsonView::session(session);
                object.insert(QStringLiteral("execution_status"), page.status.raw);
                object.insert(QStringLiteral("has_agent"), page.hasAgent);
                QJsonArray messages;
                for (const Message &message : latest)
                    messages.append(JsonView::message(message));
                object.insert(QStringLiteral("messages"), messages);
                out().document(object);
            } else {
                const auto field = [this](const QString &name, const QString &value) {
                    if (!value.isEmpty())
                        out().data(name.leftJustified(12) + DisplayText::oneLine(value));
                };
                field(tr("Session"), session.id);
                field(tr("Status"), session.status.displayText());
                field(tr("Task"), page.status.displayText());
                field(tr("Agent"), session.agentName);
                field(tr("Created"), JsonView::shortTime(session.createdAt));
                field(tr("Goal"), session.goal);
                field(tr("Environment"), session.environmentId);
                field(tr("Live view"), DisplayText::url(session.vncUrl));
                if (!latest.isEmpty()) {
                    out().data(QString());
                    for (const Message &message : latest)
                        out().data(JsonView::messageLine(message));
                }
            }
            finish(ExitCode::Ok);
        });
        messagesJob->start();
    });
    sessionJob->start();
}

ScreenshotCommand::ScreenshotCommand(const Invocation &invocation, QObject *parent)
    : Command(invocation, parent)
    , m_sessionId(invocation.arguments.value(0))
    , m_file(invocation.parser->value(QStringLiteral("output")))
{ }

void ScreenshotCommand::run()
{
    auto *job = new ScreenshotJob(&context()->client(), m_sessionId, this);
    connect(job, &ApiJob::failed, this, &ScreenshotCommand::fail);
    connect(job, &ApiJob::succeeded, this, [this, job] { save(job->body()); });
    job->start();
}

void ScreenshotCommand::save(const QByteArray &body)
{
    ScreenshotPayload payload;
    QString error;
    FramePipeline pipeline;
    const QByteArray image = payload.parse(body, &error) ? pipeline.parseOnly(body, &error) : QByteArray();
    if (image.isNull()) {
        fail(ApiError::badResponse(error));
        return;
    }
    const bool png = image.startsWith("\x89PNG");
    QString file = m_file;
    if (file.isEmpty())
        file = m_sessionId + (png ? QStringLiteral(".png") : QStringLiteral(".jpg"));
    if (file == QLatin1String("-")) {
        std::fwrite(image.constData(), 1, size_t(image.size()), stdout);
        std::fflush(stdout);
    } else if (!AtomicFile::write(file, image, &error)) {
        out().error(error, tr("Choose another file with -o."));
        finish(ExitCode::Failure);
        return;
    }
    if (out().json()) {
        if (file != QLatin1String("-")) {
            out().document(QJsonObject {
                {QStringLiteral("file"), file},
                {QStringLiteral("format"), png ? QStringLiteral("png") : QStringLiteral("jpeg")},
                {QStringLiteral("bytes"), image.size()},
                {QStringLiteral("url"), payload.url().toString(QUrl::FullyEncoded)},
                {QStringLiteral("title"), payload.title()},
            });
        }
    } else if (file != QLatin1String("-") && !out().quiet()) {
        out().data(tr("Saved %1").arg(file));
        out().data(DisplayText::url(payload.url()));
        out().data(DisplayText::oneLine(payload.title()));
    }
    finish(ExitCode::Ok);
}

} // namespace agi::cli
