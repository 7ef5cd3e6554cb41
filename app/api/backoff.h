#pragma once

#include "api/apierror.h"

namespace agi {

//! The client's one retry schedule: how long to wait after a run of failures. Jobs, the frame
//! poller, the session list refresher and the event stream all wait this way; whether to try again
//! at all is ApiError::isFinal().
class Backoff final
{
public:
    struct Tuning
    {
        int firstMs = 1000; //!< the wait after the first failure
        int maxMs = 60000;  //!< the longest wait the schedule itself reaches
    };

    //! The wait after `failures` failures in a row (>= 1): first, twice that, four times ... up to
    //! max, each +-20 % so that many clients do not retry in step; never sooner than the server's
    //! Retry-After, which may exceed max; never sooner than `floorMs`.
    static int delayMs(int failures, Tuning tuning, const ApiError &error, int floorMs = 1);
};

} // namespace agi
