#!/usr/bin/env bash
# Runs the README's Quick start commands in a throw-away Debian 12 (bookworm, minbase) root, the way
# a newcomer's fresh machine would: nothing installed but what debootstrap's minbase brings.
#   packaging/cleanroom.sh [--keep] [--only test|demo]
# Command 2 (install, build, every test) runs whole in one fresh root; command 1 (install, build)
# runs in another, up to where it would open the window: there `agi-monitor --demo --version`
# checks that the program starts and finds its libraries. Each step's wall time is printed.
#
# Needs root (debootstrap, chroot, mounts) and debootstrap (packaging/install-deps.sh --dev).
# The minbase root is cached as a tarball after the first run:
#   ${AGI_CLEANROOM_CACHE:-~/.cache/agi-monitor/cleanroom}/bookworm-minbase.tar.gz
# The root uses this machine's apt sources and apt settings (mirror, proxy), so it reaches the same
# package archive. --keep leaves the roots in place for a look inside (their paths are printed).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${AGI_CLEANROOM_CACHE:-$HOME/.cache/agi-monitor/cleanroom}
tarball=$cache/bookworm-minbase.tar.gz
keep=0
only=""
while (($#)); do
    case $1 in
        --keep) keep=1; shift ;;
        --only) only=$2; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "cleanroom: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [[ $(id -u) -ne 0 ]]; then
    echo "cleanroom: needs root (debootstrap, chroot and mounts); run it with sudo" >&2
    exit 2
fi
command -v debootstrap >/dev/null || {
    echo "cleanroom: debootstrap not found: packaging/install-deps.sh --dev installs it" >&2
    exit 2
}

say() { printf 'cleanroom: %s\n' "$*"; }
elapsed() { local s=$1; printf '%dm%02ds' $((s / 60)) $((s % 60)); }

# The archive this machine's apt uses for bookworm, from its deb822 or one-line sources.
mirror() {
    local uri
    uri=$(awk '/^URIs:/ {u=$2} /^Suites:/ && / bookworm( |$)/ {print u; exit}' \
        /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    if [[ -z $uri ]]; then
        uri=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' \
            /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
    fi
    [[ -n $uri ]] || { echo "cleanroom: no bookworm archive in this machine's apt sources" >&2; exit 2; }
    echo "$uri"
}

if [[ ! -f $tarball ]]; then
    mkdir -p "$cache"
    base=$(mktemp -d "$cache/debootstrap.XXXXXX")
    say "debootstrap bookworm minbase from $(mirror) (once; cached as $tarball)"
    start=$SECONDS
    debootstrap --variant=minbase bookworm "$base" "$(mirror)" >"$cache/debootstrap.log" 2>&1 || {
        echo "cleanroom: debootstrap failed; see $cache/debootstrap.log" >&2
        rm -rf "$base"
        exit 1
    }
    tar -C "$base" -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$base"
    say "debootstrap took $(elapsed $((SECONDS - start)))"
fi

roots=()
mounts=()
cleanup() {
    local m
    for ((m = ${#mounts[@]} - 1; m >= 0; m--)); do
        umount -l "${mounts[m]}" 2>/dev/null || true
    done
    if ((!keep)); then
        for r in "${roots[@]}"; do rm -rf --one-file-system "$r"; done
    fi
}
trap cleanup EXIT

# A fresh root from the tarball in $root, with this machine's apt configuration, a clean clone of
# HEAD at /src, and /proc, /sys and /dev mounted.
new_root() {
    root=$(mktemp -d "${TMPDIR:-/var/tmp}/agi-cleanroom.XXXXXX")
    roots+=("$root")
    tar -C "$root" -xzf "$tarball"
    rm -f "$root"/etc/apt/sources.list
    cp -a /etc/apt/sources.list.d/. "$root/etc/apt/sources.list.d/"
    if [[ -f /etc/apt/sources.list ]]; then cp /etc/apt/sources.list "$root/etc/apt/"; fi
    cp -a /etc/apt/apt.conf.d/. "$root/etc/apt/apt.conf.d/"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    git clone -q --no-hardlinks "$top" "$root/src"
    mount -t proc proc "$root/proc" && mounts+=("$root/proc")
    mount -t sysfs sys "$root/sys" && mounts+=("$root/sys")
    mount --bind /dev "$root/dev" && mounts+=("$root/dev")
    mount --bind /dev/pts "$root/dev/pts" && mounts+=("$root/dev/pts")
}

# Runs one shell command line inside a root as a newcomer would type it, timed.
run_in() {
    local root=$1 label=$2 command=$3 start status=0
    say "$label: $command"
    start=$SECONDS
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        /bin/bash -c "cd /src && $command" || status=$?
    say "$label: $( ((status == 0)) && echo passed || echo "FAILED (exit $status)") in $(elapsed $((SECONDS - start)))"
    return "$status"
}

# The README's commands, read from the README itself so the clean room runs what it says: the
# first and the second line that starts with packaging/install-deps.sh.
readme_command() {
    grep -E '^ *packaging/install-deps\.sh' "$top/README.md" | sed -n "$1p" | sed 's/^ *//'
}
test_command=$(readme_command 2)
demo_command=$(readme_command 1)
[[ -n $test_command && -n $demo_command ]] || { echo "cleanroom: Quick start commands not found in README.md" >&2; exit 2; }
# Command 1 ends by opening the window; stop there and check the program starts instead.
demo_build=${demo_command% && build/dev/bin/agi-monitor --demo}
if [[ $demo_build == "$demo_command" ]]; then
    echo "cleanroom: README command 1 no longer ends with 'build/dev/bin/agi-monitor --demo'" >&2
    exit 2
fi

failed=0
if [[ -z $only || $only == test ]]; then
    new_root
    say "command 2 in $root"
    run_in "$root" "command 2" "$test_command" || failed=1
fi
if [[ -z $only || $only == demo ]]; then
    new_root
    say "command 1 in $root"
    run_in "$root" "command 1" "$demo_build && build/dev/bin/agi-monitor --demo --version" || failed=1
fi
exit "$failed"
