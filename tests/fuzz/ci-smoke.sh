#!/usr/bin/env bash
# CI smoke run of the libFuzzer targets: configures BUILD (default build/fuzz) with clang and
# AGI_FUZZ=ON, builds only the fuzz targets and runs `ctest -L fuzz` (each target replays its seed
# corpus, then 2000 mutated inputs). Exits non-zero when a build or a fuzzer fails.
#   tests/fuzz/ci-smoke.sh [BUILD]
# The flags equal run-fuzzers.sh's, so both scripts share build/fuzz without reconfiguring; the library
# code is instrumented too (fuzzer-no-link), or the sanitizers would not see inside agi_core.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/fuzz}

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAGI_FUZZ=ON -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" >/dev/null
targets=$(cd "$root/tests/fuzz" && sed -n 's/^agi_add_fuzzer(\([a-z0-9_]*\) .*/fuzz_\1/p' CMakeLists.txt)
cmake --build "$build" --target $targets -j"$(nproc)"
ctest --test-dir "$build" -L fuzz --output-on-failure
