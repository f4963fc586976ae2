#!/usr/bin/env bash
# Builds apigen in release from this clone and copies it to PREFIX/bin.
# usage: scripts/install.sh [PREFIX]
# PREFIX defaults to /usr/local when /usr/local/bin can be written, else to ~/.local, so that it works without sudo.
set -euo pipefail

usage="usage: scripts/install.sh [PREFIX]   (default: /usr/local if writable, else \$HOME/.local)"
fail() {
    echo "install.sh: $*" >&2
    exit 1
}

case "${1:-}" in
    -h | --help) echo "$usage"; exit 0 ;;
    -*) fail "unknown option $1; $usage" ;;
esac
[ $# -le 1 ] || fail "$usage"
# Checked first, with builtins only: a machine without swift gets this line, not a build log.
command -v swift >/dev/null 2>&1 || fail "swift not found on PATH; install the Swift toolchain (https://www.swift.org/install) first"

# Whether a folder exists and can be written, or can be created: its nearest existing parent can be written.
writable() {
    local folder=$1
    while [ ! -e "$folder" ]; do folder=$(dirname "$folder"); done
    [ -d "$folder" ] && [ -w "$folder" ]
}

if [ $# -eq 1 ]; then
    prefix=$1
elif writable /usr/local/bin; then
    prefix=/usr/local
else
    prefix="${HOME:?install.sh: HOME is not set; name a PREFIX}/.local"
fi
bin="$prefix/bin"
writable "$bin" || fail "cannot write to $bin; name another PREFIX, or run with sudo"
mkdir -p "$bin" || fail "cannot create $bin"
bin=$(cd "$bin" && pwd)

root=$(cd "$(dirname "$0")/.." && pwd)
echo "Building apigen (release) in $root"
swift build --package-path "$root" -c release --product apigen || fail "swift build failed (its errors are above)"
built="$(swift build --package-path "$root" -c release --show-bin-path)/apigen"
[ -x "$built" ] || fail "the build left no executable at $built"

# Copied beside the target and renamed into place, so that a failed copy never leaves half a command.
partial="$bin/.apigen-install-$$"
if ! { cp "$built" "$partial" && chmod 755 "$partial" && mv -f "$partial" "$bin/apigen"; }; then
    rm -f "$partial"
    fail "cannot copy apigen to $bin"
fi
version=$("$bin/apigen" --version) || fail "the installed $bin/apigen does not run"
echo "Installed $version at $bin/apigen"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "$bin is not on PATH; add it, e.g. in ~/.profile: export PATH=\"$bin:\$PATH\"" ;;
esac
