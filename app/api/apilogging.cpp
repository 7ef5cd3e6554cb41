#include "api/apilogging.h"

namespace agi {

Q_LOGGING_CATEGORY(lcApi, "agi.api", QtInfoMsg)

} // namespace agi
