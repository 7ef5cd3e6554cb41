#pragma once

#include "requestvalidation.h"
#include "sessionstore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace agi::emu {

//! The body of `POST /v1/sessions`, checked: the session to create and what to restore it from.
struct CreateRequest
{
    SessionStore::Request session; // userId is the caller's, filled in by the route
    QString fromSession;
    QString fromUser;
    QString fromEnvironment;

    //! Fills *out from `body`; the 422 to answer when a field is invalid or asks for a session
    //! type the emulator does not serve.
    static RequestValidation::Error parse(const QJsonObject &body, CreateRequest *out);

    //! Agents for managed browser sessions (`GET /v1/models`, `filter=cdp` or none).
    static QStringList browserModels();
    //! Agents the SDKs name for client-driven desktop sessions (`filter=desktop`).
    static QStringList desktopModels();
};

} // namespace agi::emu
