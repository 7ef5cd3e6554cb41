#!/usr/bin/env bash
# Installs the Debian 12 packages AGI Session Monitor needs to build, run and test.
# Idempotent and quick when everything is present; elevates with sudo when not run as root.
#   packaging/install-deps.sh          build, run and test
#   packaging/install-deps.sh --dev    also the tools for screenshots, fuzzing and benchmarks
#   packaging/install-deps.sh --list [--dev]   prints the packages, one a line, and installs nothing
# packaging/check-deps.sh holds the build to this list: every package whose files the build reads
# must be here or be pulled in by a package that is.
set -euo pipefail

list=0
if [[ ${1:-} == --list ]]; then
    list=1
    shift
fi

packages=(
    build-essential cmake ninja-build pkg-config git curl
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libgl-dev
    qtkeychain-qt6-dev gnome-keyring dbus
    fonts-dejavu-core
    libbenchmark-dev python3 python3-pil python3-requests libturbojpeg0-dev
    libzip-dev libwebp-dev libgif-dev
    zsh
    clang libclang-rt-14-dev clang-format clang-tidy
    desktop-file-utils appstream
)
if [[ ${1:-} == --dev ]]; then
    # qt6ct: the dark-palette screenshots (its "darker" scheme).
    packages+=(xvfb xauth x11-apps imagemagick xdotool lintian gdb valgrind debootstrap ccache qt6ct)
fi
if ((list)); then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ $status == installed ]] || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
