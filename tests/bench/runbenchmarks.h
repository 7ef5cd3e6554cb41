#pragma once

#include <benchmark/benchmark.h>

#include <vector>

namespace agi::bench {

//! Google Benchmark's part of a benchmark's main(), once the benchmarks are registered: its own
//! flags from `args` (an unknown one is an error, exit code 1), then every benchmark they select.
inline int runRegisteredBenchmarks(std::vector<char *> &args)
{
    int argc = int(args.size());
    benchmark::Initialize(&argc, args.data());
    if (benchmark::ReportUnrecognizedArguments(argc, args.data()))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace agi::bench
