#!/usr/bin/env bash
# Runs lintian over the .deb that CPack made in a build directory; fails on any error.
#   packaging/lintian-check.sh [build dir]      (default: build/release)
# Call it after `cmake --workflow --preset package` or `cpack -G DEB` in that directory. The
# accepted warnings and why they are accepted are listed in docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/release}

if ! command -v lintian >/dev/null; then
    echo "lintian-check: lintian is not installed (packaging/install-deps.sh --dev)" >&2
    exit 2
fi
shopt -s nullglob
debs=("$build_dir"/*.deb)
if ((${#debs[@]} == 0)); then
    echo "lintian-check: no .deb in $build_dir; build it first (cpack -G DEB)" >&2
    exit 2
fi
# --fail-on error: warnings are reported but accepted; info tags are shown for the record.
lintian --fail-on error --display-info --tag-display-limit 0 "${debs[@]}"
echo "lintian-check: no errors in ${debs[*]}"
