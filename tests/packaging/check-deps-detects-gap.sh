#!/usr/bin/env bash
# packaging/check-deps.sh must fail, naming the package, when a package the build reads files of is
# taken out of install-deps.sh's list: qt6-websockets-dev (read only through Qt6HttpServer's CMake
# package, the gap a fresh machine once hit) and libturbojpeg0-dev (headers and library).
#   check-deps-detects-gap.sh <source dir> <build dir>
set -uo pipefail
src=$1
build=$2
failures=0
for package in qt6-websockets-dev libturbojpeg0-dev; do
    out=$("$src/packaging/check-deps.sh" --without "$package" "$build" 2>&1)
    status=$?
    if [[ $status -ne 1 ]]; then
        echo "FAIL: without $package, check-deps exited $status (expected 1):"
        echo "$out"
        failures=$((failures + 1))
    elif ! grep -q "add $package to its packages" <<<"$out"; then
        echo "FAIL: without $package, check-deps failed but did not name it:"
        echo "$out"
        failures=$((failures + 1))
    else
        echo "ok: without $package: $(grep -m1 "$package" <<<"$out")"
    fi
done
exit "$failures"
