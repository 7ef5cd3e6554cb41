#pragma once

#include "api/apierror.h"
#include "api/executionstatus.h"
#include "api/message.h"

#include <QList>

namespace agi {

//! One answer of GET /messages: the new messages, the task's status, and whether an agent is attached.
struct MessagesPage
{
    QList<Message> messages; // ascending by id
    ExecutionStatus status;
    bool hasAgent = false;

    //! The largest message id in the page, or `fallback` when it has none.
    qint64 lastId(qint64 fallback = 0) const;

    //! Accepts `has_agent` and `hasAgent`; entries that are not messages are skipped.
    static ApiError fromJson(const QByteArray &body, MessagesPage *out);
};

} // namespace agi
