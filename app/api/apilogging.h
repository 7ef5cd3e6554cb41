#pragma once

#include <QLoggingCategory>

namespace agi {

//! Log category "agi.api": requests, retries and policy refusals (never the API key).
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace agi
