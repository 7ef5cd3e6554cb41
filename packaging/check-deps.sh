#!/usr/bin/env bash
# Fails when the build read a file of a Debian package that packaging/install-deps.sh neither
# installs nor pulls in, naming the package: such a build passes on a machine where the package was
# installed by hand, and fails on a fresh one.
#   packaging/check-deps.sh [--without PACKAGE]... [BUILD_DIR]     (BUILD_DIR: build/dev)
# What the build read: every header and file the compiler opened (ninja -t deps), every library
# given to the linker (build.ninja), and every CMake package directory (CMakeCache.txt).
# What is allowed: install-deps.sh's packages, their dependencies (apt-cache depends --recurse),
# and the packages of priority "required", which every Debian system has.
# --without PACKAGE checks as if PACKAGE were missing from install-deps.sh (tests/packaging).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

without=()
build=""
while (($#)); do
    case $1 in
        --without) without+=("$2"); shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) build=$1; shift ;;
    esac
done
build=${build:-build/dev}
if [[ ! -f $build/build.ninja || ! -f $build/CMakeCache.txt ]]; then
    echo "check-deps: $build is not a configured Ninja build directory" >&2
    exit 2
fi
for tool in ninja dpkg-query apt-cache; do
    command -v "$tool" >/dev/null || { echo "check-deps: $tool not found" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/check-deps.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Files from outside the tree that the build read.
{
    ninja -C "$build" -t deps | awk '$1 ~ /^\/usr\// {print $1}'
    grep -oE '/usr/lib/[^ ;"]+\.(so|a)(\.[0-9.]+)?' "$build/build.ninja" || true
    grep -hoE '_DIR:PATH=/usr[^ ]*' "$build/CMakeCache.txt" | sed 's/^[^=]*=//' || true
} | sort -u >"$work/used"
if [[ ! -s $work/used ]]; then
    echo "check-deps: $build has no dependency information yet; build it first" >&2
    exit 2
fi

# Each used path, with the forms dpkg may know it under: as written, resolved, and without /usr
# (on a merged-/usr system some packages still list their files under /lib).
while read -r f; do
    r=$(readlink -f "$f" 2>/dev/null || echo "$f")
    printf '%s\t%s\n' "$f" "$f" "$f" "$r" "$f" "${f#/usr}" "$f" "${r#/usr}"
done <"$work/used" | sort -u -t$'\t' -k2,2 -k1,1 >"$work/forms"

# Every file dpkg knows, with its package (a directory shared by many packages counts for none).
for list in /var/lib/dpkg/info/*.list; do
    pkg=$(basename "$list" .list)
    awk -v p="${pkg%%:*}" '{print $0 "\t" p}' "$list"
done | sort -t$'\t' -k1,1 >"$work/owners"

# join prints: the form dpkg knows, the path the build used, the package.
join -t$'\t' -1 2 -2 1 <(sort -t$'\t' -k2,2 "$work/forms") "$work/owners" |
    awk -F'\t' '{print $3 "\t" $2}' | sort -u >"$work/used-by-package"
# A directory that several packages share (/usr/include, a CMake folder of Qt's) tells nothing.
awk -F'\t' '{n[$2]++; p[$2]=$1} END {for (f in n) if (n[f] == 1) print p[f] "\t" f}' \
    "$work/used-by-package" | sort -u >"$work/owned"

# What a fresh Debian 12 with install-deps.sh's packages has.
mapfile -t wanted < <("$here/install-deps.sh" --list)
for w in "${without[@]}"; do
    for i in "${!wanted[@]}"; do
        [[ ${wanted[$i]} == "$w" ]] && unset 'wanted[i]'
    done
done
{
    apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
        --no-breaks --no-replaces --no-enhances "${wanted[@]}" | grep -E '^[a-z0-9]' | sed 's/:.*$//'
    dpkg-query -W -f='${Package} ${Priority}\n' | awk '$2 == "required" {print $1}'
} | sort -u >"$work/allowed"

cut -f1 "$work/owned" | sort -u >"$work/packages"
missing=$(comm -23 "$work/packages" "$work/allowed")
used_count=$(wc -l <"$work/packages")
if [[ -z $missing ]]; then
    echo "check-deps: the build read files of $used_count packages; install-deps.sh brings every one"
    exit 0
fi
for p in $missing; do
    example=$(awk -F'\t' -v p="$p" '$1 == p {print $2; exit}' "$work/owned")
    echo "check-deps: the build read files of $p (e.g. $example), which packaging/install-deps.sh" \
        "does not install: add $p to its packages" >&2
done
exit 1
