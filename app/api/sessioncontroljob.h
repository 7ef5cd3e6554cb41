#pragma once

#include "api/apijob.h"

namespace agi {

//! POST /v1/sessions/{id}/pause|resume|cancel. "already_paused" / "not_paused" answers are successes
//! with alreadyInState() set, so the UI shows the state instead of an error.
class SessionControlJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionControlJob)

public:
    enum class Action {
        Pause,
        Resume,
        Cancel
    };

    SessionControlJob(ApiClient *client, const QString &sessionId, Action action, QObject *parent = nullptr);

    Action action() const { return m_action; }
    //! The session already was in the requested state (paused / not paused).
    bool alreadyInState() const { return m_alreadyInState; }
    //! "already_paused" or "not_paused" when alreadyInState(), else empty.
    QString stateText() const { return m_stateText; }
    QString serverMessage() const { return m_serverMessage; }

    static QString actionName(Action action);

protected:
    ApiError parse(const QByteArray &body) override;
    bool acceptHttpError(const ApiError &error, const QByteArray &body) override;

private:
    Action m_action;
    bool m_alreadyInState = false;
    QString m_stateText;
    QString m_serverMessage;
};

} // namespace agi
