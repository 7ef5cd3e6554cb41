#include "cli/lifecyclecommands.h"

#include "api/getsessionjob.h"
#include "api/screenshotjob.h"
#include "cli/clicontext.h"
#include "cli/jsonview.h"
#include "cli/output.h"
#include "live/framepipeline.h"
#include "live/screenshotpayload.h"
#include "model/displaytext.h"
#include "monitor/createsessionoperation.h"
#include "monitor/endsessionoperation.h"
#include "monitor/sessionmonitor.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QImage>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace agi::cli {

CreateCommand::CreateCommand(const Invocation &invocation, QObject *parent)
    : Command(invocation, parent)
    , m_task(invocation.parser->value(QStringLiteral("task")).trimmed())
    , m_restoreDefault(invocation.parser->isSet(QStringLiteral("restore-default")))
{
    m_request.agentName = invocation.parser->value(QStringLiteral("agent")).trimmed();
    m_request.restoreFromSessionId = invocation.parser->value(QStringLiteral("restore-from")).trimmed();
}

ExitCode CreateCommand::exitCodeFor(const CreateSessionOperation::Outcome &outcome) const
{
    if (outcome.mayExist)
        return ExitCode::Unavailable;
    // POST /v1/sessions answers 404 only for what it was asked to restore: that is not found.
    const bool restores = m_restoreDefault || !m_request.restoreFromSessionId.isEmpty();
    if (outcome.error.kind == ApiError::Kind::NotFound && restores)
        return ExitCode::NotFound;
    return cli::exitCodeFor(outcome.error);
}

void CreateCommand::run()
{
    if (m_restoreDefault) {
        const QString userId = context()->settings().userId();
        if (userId.isEmpty()) {
            out().error(tr("No user id is known for the default environment."),
                tr("Enter it once in AGI Session Monitor's settings."));
            finish(ExitCode::Usage);
            return;
        }
        m_request.restoreDefaultEnvironmentFromUserId = userId;
    }
    auto *operation = new CreateSessionOperation(&context()->client(), this);
    connect(operation, &CreateSessionOperation::progress, this, [this](const QString &text) { out().progress(text); });
    connect(operation, &CreateSessionOperation::finished, this, [this](const CreateSessionOperation::Outcome &outcome) {
        if (!outcome.created) {
            const ExitCode code = exitCodeFor(outcome);
            QString whatToDo;
            if (outcome.mayExist)
                whatToDo = tr("Run 'agi-session list' before trying again.");
            else if (code == ExitCode::NotFound)
                whatToDo = m_restoreDefault
                    ? tr("Save one with 'agi-session end ID --save default'.")
                    : tr("Only a session ended with 'agi-session end ID --save snapshot' can be restored.");
            else
                whatToDo = Output::hint(outcome.error);
            out().error(DisplayText::oneLine(outcome.text), whatToDo);
            finish(code);
            return;
        }
        if (out().json())
            out().document(JsonView::session(outcome.session));
        else
            out().data(outcome.session.id);
        if (!outcome.taskProblem.isEmpty()) {
            out().error(DisplayText::oneLine(outcome.taskProblem),
                tr("Send it again with 'agi-session send %1 TASK'.").arg(outcome.session.id));
            finish(ExitCode::Failure);
            return;
        }
        finish(ExitCode::Ok);
    });
    operation->start(m_request, m_task);
}

EndCommand::EndCommand(const Invocation &invocation, QObject *parent)
    : Command(invocation, parent)
    , m_sessionId(invocation.arguments.value(0))
    , m_yes(invocation.parser->isSet(QStringLiteral("yes")))
{
    parseSave(invocation.parser->value(QStringLiteral("save")), &m_mode, &m_asDefault);
}

bool EndCommand::parseSave(const QString &text, SnapshotMode *mode, bool *asDefault)
{
    const QString save = text.trimmed().toLower();
    *mode = save.isEmpty() ? SnapshotMode::None : SnapshotMode::Filesystem;
    *asDefault = save == QLatin1String("default");
    return save.isEmpty() || save == QLatin1String("snapshot") || save == QLatin1String("default");
}

void EndCommand::run()
{
    // Decided before anything is sent: a script without --yes never ends a session.
    if (!m_yes && !Output::stdinIsTerminal()) {
        out().error(tr("Not ending session %1 without confirmation.").arg(m_sessionId),
            tr("Add --yes to end it from a script."));
        finish(ExitCode::NotConfirmed);
        return;
    }
    auto *job = new GetSessionJob(&context()->client(), m_sessionId, this);
    connect(job, &ApiJob::failed, this, &EndCommand::fail);
    connect(job, &ApiJob::succeeded, this, [this, job] {
        if (!m_yes && !confirm(job->session())) {
            out().error(tr("Session %1 was left running.").arg(m_sessionId));
            finish(ExitCode::NotConfirmed);
            return;
        }
        if (m_mode == SnapshotMode::None)
            end(job->session(), Frame());
        else
            fetchLastFrame(job->session());
    });
    job->start();
}

void EndCommand::fetchLastFrame(const Session &session)
{
    auto *job = new ScreenshotJob(&context()->client(), session.id, this);
    connect(job, &ApiJob::failed, this, [this, session] { end(session, Frame()); });
    connect(job, &ApiJob::succeeded, this, [this, job, session] {
        Frame frame;
        ScreenshotPayload payload;
        QString error;
        FramePipeline pipeline;
        if (payload.parse(job->body(), &error)) {
            frame.url = payload.url();
            frame.title = payload.title();
            frame.image = QImage::fromData(pipeline.parseOnly(job->body(), &error));
        }
        end(session, frame);
    });
    job->start();
}

bool EndCommand::confirm(const Session &session) const
{
    QString question = m_mode == SnapshotMode::None
        ? tr("End session %1 (%2)? Its browser is closed and cannot be restored.")
        : m_asDefault ? tr("End session %1 (%2), saving its browser as your default environment?")
                      : tr("End session %1 (%2), saving a snapshot of its browser?");
    question = question.arg(session.id, DisplayText::oneLine(session.status.displayText()));
    out().clearProgress();
    QTextStream err(stderr);
    err << question << ' ' << tr("[y/N]") << ' ';
    err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

void EndCommand::end(const Session &session, const Frame &lastFrame)
{
    // The window's end dialog's operation: a save is recorded in the same library, the same way
    // (not through the monitor, whose list refresh afterwards a command that exits has no use for).
    auto *operation
        = new EndSessionOperation(&context()->client(), context()->monitor().library(), session, lastFrame, this);
    connect(operation, &EndSessionOperation::progress, this, [this](const QString &text) { out().progress(text); });
    connect(operation, &EndSessionOperation::finished, this, [this](const EndSessionOperation::Outcome &outcome) {
        if (out().json()) {
            out().document(QJsonObject {
                {QStringLiteral("session_id"), m_sessionId},
                {QStringLiteral("ended"), outcome.ended},
                {QStringLiteral("saved"), outcome.saved},
                {QStringLiteral("made_default"), outcome.madeDefault},
                {QStringLiteral("confirmed"), outcome.confirmed},
                {QStringLiteral("message"), outcome.text},
            });
        }
        if (!outcome.ended) {
            out().error(DisplayText::oneLine(outcome.text));
            finish(ExitCode::Failure);
            return;
        }
        out().note(DisplayText::oneLine(outcome.text));
        finish(ExitCode::Ok);
    });
    operation->start(m_mode, m_asDefault);
}

} // namespace agi::cli
