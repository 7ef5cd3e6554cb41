#include "monitor/makedefaultoperation.h"

#include "api/createsessionrequest.h"
#include "api/getsessionjob.h"
#include "live/frame.h"
#include "model/snapshotlibrary.h"
#include "monitor/createsessionoperation.h"
#include "monitor/endsessionoperation.h"

#include <QImage>
#include <QTimer>

namespace agi {

namespace {

//! What the new session shows until its own frame is fetched: the entry's last page.
Frame frameOf(const SnapshotEntry &entry)
{
    Frame frame;
    if (!entry.thumbnailJpeg.isEmpty())
        frame.image = QImage::fromData(entry.thumbnailJpeg, "JPEG");
    frame.url = entry.lastUrl;
    frame.title = entry.lastTitle;
    return frame;
}

} // namespace

MakeDefaultOperation::MakeDefaultOperation(
    ApiClient *client, SnapshotLibrary *library, const QString &entrySessionId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_library(library)
    , m_entryId(entrySessionId)
{ }

MakeDefaultOperation::~MakeDefaultOperation()
{
    if (m_check) {
        m_check->disconnect(this);
        m_check->abort();
    }
    // Their destructors abort what they still wait for.
    delete m_create;
    delete m_end;
}

bool MakeDefaultOperation::isRunning() const
{
    return m_running;
}

bool MakeDefaultOperation::start()
{
    if (m_running || !m_library)
        return false;
    const std::optional<SnapshotEntry> entry = m_library->entry(m_entryId);
    if (!entry)
        return false;
    m_entry = *entry;
    m_running = true;

    CreateSessionRequest request;
    request.agentName = m_entry.agentName;
    request.restoreFromSessionId = m_entry.sessionId;
    request.enableMemorySnapshot = m_entry.mode == SnapshotMode::Memory;
    auto *create = new CreateSessionOperation(m_client, this);
    m_create = create;
    connect(create, &CreateSessionOperation::finished, this,
        [this, create](const CreateSessionOperation::Outcome &outcome) {
            create->deleteLater();
            m_create.clear();
            if (outcome.created) {
                onCreated(outcome.session);
                return;
            }
            if (outcome.errorKind == ApiError::Kind::NotFound) {
                const bool marked = m_library && m_library->markMissingOnServer(m_entry.sessionId);
                QString text = tr("The server no longer has the snapshot \"%1\" (session %2), so it cannot be the "
                                  "default again. Nothing was changed.")
                                   .arg(m_entry.displayName(), m_entry.sessionId);
                text += QLatin1Char(' ')
                    + (marked ? tr("It stays in the library, marked as no longer on the server.")
                              : tr("It stays in the library."));
                finish(false, text);
                return;
            }
            if (outcome.mayExist) {
                finish(false,
                    tr("Step 1 failed: %1 Nothing was saved as the default; if a session was started, end it from "
                       "the session list.")
                        .arg(outcome.text));
                return;
            }
            finish(false, tr("Step 1 failed, nothing was changed: %1").arg(outcome.text));
        });
    Q_EMIT stepChanged(1, tr("Starting a session from \"%1\"...").arg(m_entry.displayName()));
    create->start(request);
    return true;
}

void MakeDefaultOperation::onCreated(const Session &session)
{
    if (m_library)
        m_library->markUsed(m_entry.sessionId);
    waitUntilReady(session, initializingChecks);
}

void MakeDefaultOperation::waitUntilReady(const Session &session, int checksLeft)
{
    // A session still being set up may not have its browser yet: its save would not be the snapshot.
    if (session.status.value != SessionStatus::Value::Initializing || checksLeft <= 0) {
        saveAsDefault(session);
        return;
    }
    auto *timer = new QTimer(this);
    m_wait = timer;
    timer->setSingleShot(true);
    timer->setInterval(initializingCheckMs);
    connect(timer, &QTimer::timeout, this, [this, timer, session, checksLeft] {
        timer->deleteLater();
        auto *check = new GetSessionJob(m_client, session.id, this);
        m_check = check;
        connect(check, &ApiJob::succeeded, this, [this, check, session, checksLeft] {
            m_check.clear();
            check->deleteLater();
            Session now = session;
            now.status = check->session().status;
            waitUntilReady(now, checksLeft - 1);
        });
        connect(check, &ApiJob::failed, this, [this, check, session](const ApiError &) {
            m_check.clear();
            check->deleteLater();
            // The save's own answer says what is wrong.
            Session now = session;
            now.status = {};
            saveAsDefault(now);
        });
        check->start();
    });
    timer->start();
}

void MakeDefaultOperation::saveAsDefault(const Session &session)
{
    Session toEnd = session;
    if (toEnd.agentName.isEmpty())
        toEnd.agentName = m_entry.agentName;
    auto *end = new EndSessionOperation(m_client, m_library, toEnd, frameOf(m_entry), this);
    m_end = end;
    end->setOrigin(m_entry.sessionId, m_entry.name);
    connect(end, &EndSessionOperation::finished, this, [this, end, toEnd](const EndSessionOperation::Outcome &outcome) {
        end->deleteLater();
        m_end.clear();
        if (outcome.saved && outcome.madeDefault) {
            QString text = tr("\"%1\" is the default environment again, saved from the new session %2.")
                               .arg(m_entry.displayName(), toEnd.id);
            if (!outcome.confirmed)
                text += QLatin1Char(' ') + tr("The server never confirmed the save: %1").arg(outcome.text);
            finish(true, text, toEnd.id);
            return;
        }
        if (outcome.ended) {
            finish(false,
                tr("Step 2 failed: the session %1 ended without being saved as the default (%2). The default "
                   "environment was not changed.")
                    .arg(toEnd.id, outcome.text));
            return;
        }
        endPlainly(toEnd, outcome.text);
    });
    Q_EMIT stepChanged(2, tr("Saving it as the default..."));
    end->start(m_entry.mode, true);
}

void MakeDefaultOperation::endPlainly(const Session &session, const QString &why)
{
    // Nothing is left running: the session started for the save is ended without saving.
    auto *end = new EndSessionOperation(m_client, nullptr, session, {}, this);
    m_end = end;
    connect(end, &EndSessionOperation::finished, this,
        [this, end, session, why](const EndSessionOperation::Outcome &outcome) {
            end->deleteLater();
            m_end.clear();
            const QString failed = tr("Step 2 failed: %1 The default environment was not changed.").arg(why);
            if (outcome.ended) {
                finish(false,
                    failed + QLatin1Char(' ')
                        + tr("The session %1 started for it was ended without saving.").arg(session.id));
                return;
            }
            finish(false,
                failed + QLatin1Char(' ')
                    + tr("The session %1 started for it could not be ended either (%2); end it from the session "
                         "list.")
                          .arg(session.id, outcome.text));
        });
    end->start(SnapshotMode::None, false);
}

void MakeDefaultOperation::finish(bool ok, const QString &text, const QString &newEntry)
{
    m_running = false;
    Q_EMIT finished(ok, text, newEntry);
}

} // namespace agi
