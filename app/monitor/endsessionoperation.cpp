#include "monitor/endsessionoperation.h"

#include "api/deletesessionjob.h"
#include "api/getsessionjob.h"
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
    for (ApiJob *job : {static_cast<ApiJob *>(m_job.data()), m_check.data()}) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

bool EndSessionOperation::start(SnapshotMode mode, bool asDefault)
{
    if (isRunning())
        return false;
    auto *job = new DeleteSessionJob(m_client, m_session.id, mode, asDefault, this);
    m_job = job;
    connect(
        job, &ApiJob::succeeded, this, [this, job, mode, asDefault] { onSucceeded(job->outcome(), mode, asDefault); });
    connect(job, &ApiJob::failed, this,
        [this, mode, asDefault](const ApiError &error) { onFailed(error, mode, asDefault); });
    connect(job, &ApiJob::retryScheduled, this, [this] { Q_EMIT progress(tr("No answer yet; trying once more...")); });
    Q_EMIT progress(tr("Ending the session..."));
    job->start();
    return true;
}

void EndSessionOperation::setOrigin(const QString &entrySessionId, const QString &name)
{
    m_originId = entrySessionId;
    m_originName = name;
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
        const QString problem = recordInLibrary(mode, asDefault, true);
        if (!problem.isEmpty())
            result.text
                += QLatin1Char('\n') + tr("It could not be recorded in the local snapshot library: %1").arg(problem);
    }
    Q_EMIT finished(result);
}

void EndSessionOperation::onFailed(const ApiError &error, SnapshotMode mode, bool asDefault)
{
    m_job.clear();
    if (error.effect == ApiError::Effect::MaybeEnded) {
        checkAfterLostAnswer(error, mode, asDefault);
        return;
    }
    Outcome result;
    if (error.kind == ApiError::Kind::NotFound) {
        result.ended = true;
        result.text = tr("Session not found: it had already ended.");
    } else {
        result.text = error.userMessage();
    }
    Q_EMIT finished(result);
}

void EndSessionOperation::checkAfterLostAnswer(const ApiError &lost, SnapshotMode mode, bool asDefault)
{
    // The save may have happened: never send it again, look whether the session is still there.
    Q_EMIT progress(tr("No clear answer; checking whether the session still exists..."));
    auto *check = new GetSessionJob(m_client, m_session.id, this);
    m_check = check;
    connect(check, &ApiJob::succeeded, this, [this, lost] {
        m_check.clear();
        Outcome result;
        result.text = tr("The server's answer was lost (%1), but the session is still listed: it has not been "
                         "ended, and nothing was saved as far as the server shows. Check the list before trying "
                         "again.")
                          .arg(lost.userMessage());
        Q_EMIT finished(result);
    });
    connect(check, &ApiJob::failed, this, [this, lost, mode, asDefault](const ApiError &error) {
        m_check.clear();
        Outcome result;
        if (error.kind == ApiError::Kind::NotFound) {
            result.ended = true;
            result.saved = true;
            result.madeDefault = asDefault;
            result.confirmed = false;
            result.text = tr("The server's answer was lost (%1), and the session no longer exists: it was ended, and "
                             "the snapshot was most likely saved%2, though the server never confirmed it.")
                              .arg(lost.withoutEffect().userMessage(),
                                  asDefault ? tr(" as your default environment") : QString());
        } else {
            result.confirmed = false;
            result.text = tr("The outcome is unknown: the server's answer was lost (%1) and the session could not "
                             "be checked (%2). It may have been ended and saved; check the session list before "
                             "trying again.")
                              .arg(lost.userMessage(), error.userMessage());
        }
        // A possible snapshot is kept in the library, marked as such, rather than forgotten.
        const QString problem = recordInLibrary(mode, asDefault, false);
        result.text += QLatin1Char('\n')
            + (problem.isEmpty() ? tr("It is recorded in your snapshot library as not confirmed.")
                                 : tr("It could not be recorded in the local snapshot library: %1").arg(problem));
        Q_EMIT finished(result);
    });
    check->start();
}

QString EndSessionOperation::recordInLibrary(SnapshotMode mode, bool madeDefault, bool confirmed)
{
    if (!m_library)
        return {};
    SnapshotEntry entry;
    entry.sessionId = m_session.id;
    entry.savedAt = QDateTime::currentDateTimeUtc();
    entry.mode = mode;
    entry.madeDefault = madeDefault;
    entry.confirmed = confirmed;
    entry.environmentId = m_session.environmentId;
    entry.agentName = m_session.agentName;
    entry.lastUrl = m_frame.url;
    entry.lastTitle = m_frame.title;
    entry.thumbnailJpeg = SnapshotEntry::makeThumbnail(m_frame.image);
    entry.restoredFromId = m_originId;
    entry.name = m_originName;
    if (m_library->add(entry))
        return {};
    return m_library->errorString();
}

} // namespace agi
