#!/bin/sh
# Runs a test inside a private D-Bus session with a throw-away GNOME Keyring, so a keychain test
# talks to a real Secret Service without touching the user's own keyrings.
#   run-with-keyring.sh <test binary> [arguments...]
# Without dbus-run-session or gnome-keyring-daemon the test runs as it is (and skips its keychain
# cases, saying why).
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 <test binary> [arguments...]" >&2
    exit 2
fi
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "run-with-keyring: dbus-run-session or gnome-keyring-daemon not found; running without a keyring" >&2
    exec "$@"
fi

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/agi-keyring.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT INT TERM
mkdir -p "$sandbox/data" "$sandbox/config" "$sandbox/cache" "$sandbox/run"
chmod 700 "$sandbox/run"
# The keyring files and the daemon's control socket live in the sandbox, not in the user's home.
export HOME="$sandbox" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
    XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/run"

# gnome-keyring creates the "login" collection only for a non-empty password; this one guards a
# keyring that lives for one test run in a folder deleted afterwards.
status=0
# The test fails (rather than skips) its keychain cases when this keyring does not answer.
export AGI_KEYRING_EXPECTED=1
dbus-run-session -- sh -c 'printf "agi-throwaway" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"' sh "$@" || status=$?
exit "$status"
