#pragma once

#include "api/apierror.h"
#include "api/session.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace agi {

class ApiClient;
class GetSessionJob;

//! Completes the selected session with what the list endpoint leaves out (vnc_url, environment):
//! one GET /v1/sessions/{id} when a session is selected and another when its status changes; a
//! failed one is tried again with Backoff (until it works, the id changes or the error is final),
//! and reported through problemChanged().
class SessionDetailFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDetailFetcher)

public:
    explicit SessionDetailFetcher(ApiClient *client, QObject *parent = nullptr);
    ~SessionDetailFetcher() override;

    //! Follows `listed` (the list's view of the selected session; an empty id stops following).
    void watch(const Session &listed);
    //! `listed` with the fields only the full session carries filled in, when they are known.
    Session complete(const Session &listed) const;
    QString sessionId() const { return m_id; }
    bool isFetching() const { return !m_job.isNull(); }
    //! Why the details of the followed session could not be read; kind None when they could.
    ApiError problem() const { return m_problem; }

Q_SIGNALS:
    //! The full session of the followed id arrived; complete() now fills in more.
    void detailsChanged(const agi::Session &session);
    //! problem() changed for `sessionId`.
    void problemChanged(const QString &sessionId, const agi::ApiError &problem);

private:
    void fetch();
    void abortJob();
    void setProblem(const ApiError &problem);

    ApiClient *m_client = nullptr;
    QPointer<GetSessionJob> m_job;
    QString m_id;
    Session m_details;          // the server's full session, or an empty one before it arrived
    SessionStatus m_fetchedFor; // the listed status when it was last fetched
    ApiError m_problem;
    int m_failures = 0; // in a row, for the backoff
    QTimer m_retry;
};

} // namespace agi
