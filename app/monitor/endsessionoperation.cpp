#include "monitor/endsessionoperation.h"

#include "api/deletesessionjob.h"
#include "model/snapshotentry.h"
#include "model/snapshotlibrary.h"

#include <QDateTime>

namespace agi {

EndSessionOperation::EndSessionOperation(
    ApiClient *client, SnapshotLibrary *library, const Session &session, const Frame &lastFrame, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_library(library)
    , m_session(session)
    , m_frame(lastFrame)
{ }

EndSessionOperation::~EndSessionOperation()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

bool EndSessionOperation::start(SnapshotMode mode, bool asDefault)
{
    if (m_job)
        return false;
    auto *job = new DeleteSessionJob(m_client, m_session.id, mode, asDefault, this);
    m_job = job;
    connect(
        job, &ApiJob::succeeded, this, [this, job, mode, asDefault] { onSucceeded(job->outcome(), mode, asDefault); });
    connect(job, &ApiJob::failed, this, &EndSessionOperation::onFailed);
    connect(job, &ApiJob::retryScheduled, this, [this] { Q_EMIT progress(tr("No answer yet; trying once more...")); });
    Q_EMIT progress(tr("Ending the session..."));
    job->start();
    return true;
}

QString EndSessionOperation::describe(const DeleteOutcome &outcome, SnapshotMode mode, bool madeDefault)
{
    if (outcome.probablyAlreadyEnded)
        return tr("The first attempt timed out; the server no longer knows the session: it was probably ended by "
                  "that attempt. Nothing was saved as far as we can tell.");
    if (!outcome.deleted)
        return tr("Session not found: it had already ended.");
    if (mode == SnapshotMode::None)
        return tr("Session ended without saving.");
    if (madeDefault)
        return tr("Session ended. Snapshot saved (%1) and set as your default environment.")
            .arg(snapshotModeName(mode));
    return tr("Session ended. Snapshot saved (%1).").arg(snapshotModeName(mode));
}

void EndSessionOperation::onSucceeded(const DeleteOutcome &outcome, SnapshotMode mode, bool asDefault)
{
    m_job.clear();
    Outcome result;
    result.ended = true;
    result.saved = outcome.deleted && !outcome.probablyAlreadyEnded && mode != SnapshotMode::None;
    result.madeDefault = result.saved && asDefault;
    result.text = describe(outcome, mode, asDefault);
    if (result.saved) {
        const QString problem = recordInLibrary(mode, asDefault);
        if (!problem.isEmpty())
            result.text
                += QLatin1Char('\n') + tr("It could not be recorded in the local snapshot library: %1").arg(problem);
    }
    Q_EMIT finished(result);
}

void EndSessionOperation::onFailed(const ApiError &error)
{
    m_job.clear();
    Outcome result;
    if (error.kind == ApiError::Kind::NotFound) {
        result.ended = true;
        result.text = tr("Session not found: it had already ended.");
    } else {
        result.text = error.userMessage();
    }
    Q_EMIT finished(result);
}

QString EndSessionOperation::recordInLibrary(SnapshotMode mode, bool madeDefault)
{
    if (!m_library)
        return {};
    SnapshotEntry entry;
    entry.sessionId = m_session.id;
    entry.savedAt = QDateTime::currentDateTimeUtc();
    entry.mode = mode;
    entry.madeDefault = madeDefault;
    entry.environmentId = m_session.environmentId;
    entry.agentName = m_session.agentName;
    entry.lastUrl = m_frame.url;
    entry.lastTitle = m_frame.title;
    entry.thumbnailJpeg = SnapshotEntry::makeThumbnail(m_frame.image);
    if (m_library->add(entry))
        return {};
    return m_library->errorString();
}

} // namespace agi
