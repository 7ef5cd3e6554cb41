#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace agi {

class ApiClient;
class DeleteAllSessionsJob;

//! Ending every session of the API key (DELETE /v1/sessions; the job resends it once after a lost
//! answer): what the server answered, in words. Nothing is saved. Dialogs only ask and show.
class EndAllSessionsOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndAllSessionsOperation)

public:
    struct Outcome
    {
        bool ended = false; //!< the server answered (whether or not it had sessions to end)
        QString text;       //!< what happened, for the user
    };

    explicit EndAllSessionsOperation(ApiClient *client, QObject *parent = nullptr);
    ~EndAllSessionsOperation() override;

    //! Sends the request; false (and nothing sent) while one is under way.
    bool start();
    bool isRunning() const { return !m_job.isNull(); }

Q_SIGNALS:
    void progress(const QString &text);
    //! Once per start(). A failure ends nothing that the text does not say.
    void finished(const agi::EndAllSessionsOperation::Outcome &outcome);

private:
    ApiClient *m_client = nullptr;
    QPointer<DeleteAllSessionsJob> m_job;
};

} // namespace agi

Q_DECLARE_METATYPE(agi::EndAllSessionsOperation::Outcome)
