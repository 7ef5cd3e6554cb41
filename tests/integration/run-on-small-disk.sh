#!/bin/sh
# Runs a test with a real 64 KiB disk: a tmpfs mounted, in a mount namespace of its own, on a fresh
# folder whose path is in AGI_SMALL_DISK. As root (CI, the clean room) a mount namespace is enough;
# otherwise a user namespace maps the caller to root inside it.
#   run-on-small-disk.sh <test binary> [arguments...]
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 <test binary> [arguments...]" >&2
    exit 2
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/agi-small-disk.XXXXXX")
trap 'rm -rf "$dir"' EXIT INT TERM
if [ "$(id -u)" -eq 0 ]; then
    in_namespace() { unshare --mount --propagation private "$@"; }
else
    in_namespace() { unshare --user --map-root-user --mount --propagation private "$@"; }
fi
export AGI_SMALL_DISK="$dir"
status=0
# The mount is made inside the namespace, so it vanishes with the test, whatever happens to it.
in_namespace sh -c 'mount -t tmpfs -o size=64k agi-small-disk "$AGI_SMALL_DISK" && exec "$@"' sh "$@" || status=$?
exit "$status"
