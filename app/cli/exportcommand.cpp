#include "cli/exportcommand.h"

#include "api/getmessagesjob.h"
#include "api/messagespage.h"
#include "cli/clicontext.h"
#include "cli/output.h"
#include "cli/signalwatcher.h"
#include "export/redactions.h"
#include "export/timelineexport.h"
#include "live/framehistory.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace agi::cli {

ExportCommand *ExportCommand::create(const Invocation &invocation, QString *error)
{
    const QCommandLineParser &parser = *invocation.parser;
    ExportOptions options;
    const auto format = ExportOptions::formatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        *error = tr("--format takes zip, json, webp or gif.");
        return nullptr;
    }
    options.format = *format;
    options.path = parser.value(QStringLiteral("output"));
    if (options.path.isEmpty()) {
        *error = tr("Say where to write the export with -o FILE.");
        return nullptr;
    }
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(name))
            continue;
        const auto bound = ExportBound::parse(parser.value(name));
        if (!bound) {
            *error = tr("--%1 takes a frame number or an ISO 8601 time (e.g. 2026-11-30T21:04:05Z).").arg(name);
            return nullptr;
        }
        (name == QLatin1String("from") ? options.from : options.to) = *bound;
    }
    if (parser.isSet(QStringLiteral("max-duration"))) {
        const auto duration = ExportOptions::parseDurationMs(parser.value(QStringLiteral("max-duration")));
        if (!duration) {
            *error = tr("--max-duration takes a duration such as 30s, 2m or 1500ms.");
            return nullptr;
        }
        options.maximumDurationMs = *duration;
    }
    return new ExportCommand(invocation, options);
}

ExportCommand::ExportCommand(const Invocation &invocation, const ExportOptions &options)
    : Command(invocation)
    , m_sessionId(invocation.arguments.value(0))
    , m_options(options)
{ }

void ExportCommand::interrupt(int signalNumber)
{
    if (m_exporting)
        m_signal = signalNumber;
    else
        Command::interrupt(signalNumber);
}

void ExportCommand::run()
{
    auto *job = new GetMessagesJob(&context()->client(), m_sessionId, 0, true, this);
    connect(job, &ApiJob::failed, this, &ExportCommand::fail);
    connect(job, &ApiJob::succeeded, this, [this, job] {
        ExportTimeline timeline;
        const std::unique_ptr<FrameHistory> history = FrameHistory::openReadOnly(m_sessionId);
        if (history)
            timeline = ExportTimeline::fromHistory(m_sessionId, *history);
        timeline.sessionId = m_sessionId;
        timeline.messages = job->page().messages;
        timeline.status = job->page().status.raw;
        QString redactionError;
        m_options.redactions = Redactions::load(m_sessionId, &redactionError);
        if (!redactionError.isEmpty()) {
            out().error(redactionError, tr("Fix or remove that file, or redact again in the window."));
            finish(ExitCode::Failure);
            return;
        }
        ExportProgress progress;
        if (out().showsProgress()) {
            progress.report = [this](double fraction, const QString &step) {
                out().progress(QStringLiteral("%1% %2").arg(int(fraction * 100)).arg(step));
            };
        }
        // The export keeps the event loop waiting: a signal is looked for between frames.
        progress.cancelled = [this] {
            SignalWatcher::deliverPending();
            return m_signal != 0;
        };
        m_exporting = true;
        const ExportResult result = exportTimeline(timeline, m_options, progress);
        m_exporting = false;
        if (out().showsProgress())
            out().clearProgress();
        if (result.outcome == ExportResult::Outcome::Cancelled && m_signal != 0) {
            Command::interrupt(m_signal);
            return;
        }
        if (!result.ok()) {
            out().error(result.summary(), tr("Choose another file with -o."));
            finish(ExitCode::Failure);
            return;
        }
        if (out().json()) {
            QJsonObject object {{QStringLiteral("file"), result.path},
                {QStringLiteral("format"), ExportOptions::formatName(m_options.format)},
                {QStringLiteral("bytes"), result.bytes}, {QStringLiteral("frames"), result.frames},
                {QStringLiteral("messages"), result.messages}};
            if (!result.note.isEmpty())
                object.insert(QStringLiteral("note"), result.note);
            out().document(object);
        } else if (!out().quiet()) {
            out().data(result.summary());
        }
        finish(ExitCode::Ok);
    });
    job->start();
}

} // namespace agi::cli
