#!/usr/bin/env bash
# Builds every libFuzzer target with clang in build/fuzz and runs each for SECONDS (default 60).
#   tests/fuzz/run-fuzzers.sh [SECONDS]
# Crashes are written to build/fuzz/crashes/<target>/; new inputs to build/fuzz/tests/fuzz/corpus/.
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build/fuzz

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAGI_FUZZ=ON -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" >/dev/null
targets=$(cd "$root/tests/fuzz" && sed -n 's/^agi_add_fuzzer(\([a-z0-9_]*\) .*/fuzz_\1/p' CMakeLists.txt)
cmake --build "$build" --target $targets -j2

status=0
for target in $targets; do
    name=${target#fuzz_}
    work=$build/tests/fuzz/corpus/$name
    mkdir -p "$work" "$build/crashes/$name"
    echo "== $target for ${seconds}s"
    if ! QT_QPA_PLATFORM=offscreen "$build/bin/$target" -max_total_time="$seconds" -timeout=10 \
        -artifact_prefix="$build/crashes/$name/" "$work" "$root/tests/fuzz/corpus/$name"; then
        echo "!! $target found a failure: see $build/crashes/$name/" >&2
        status=1
    fi
done
exit $status
