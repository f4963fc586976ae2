#!/usr/bin/env bash
# Proves what the build-tool plugin promises, on this demo:
#   1. it builds and runs from a clean build folder;
#   2. a rebuild with nothing changed (the first after the clean build too), or after touching only Swift code,
#      does not run apigen and does not compile the generated client;
#   3. a broken spec fails the build with a diagnostic at the spec's line and column.
set -euo pipefail
cd "$(dirname "$0")"
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"

spec=Sources/Demo/github-issues.apigen.json
backup=$(mktemp)
cp "$spec" "$backup"
trap 'cp "$backup" "$spec"; rm -f "$backup"' EXIT

# Builds and fails when apigen ran (and the generated client was compiled), or did not, as expected.
build_expecting() {
    local expected=$1 ran=no output
    output=$(swift build 2>&1) || { echo "$output" >&2; exit 1; }
    grep -q "apigen: generating" <<<"$output" && ran=yes
    if [ "$expected" = no ] && grep -q "Compiling Demo github-issues.swift" <<<"$output"; then ran=yes; fi
    if [ "$ran" != "$expected" ]; then
        echo "$output" >&2
        echo "verify: FAIL: apigen ran: $ran, expected: $expected" >&2
        exit 1
    fi
}

# From a clean build folder: SwiftPM links the plugin's tool again on the first rebuild, which must not rerun apigen.
rm -rf .build
swift build
build_expecting no
echo "verify: ok: the first rebuild after a clean build did not regenerate"
swift run Demo
build_expecting no
echo "verify: ok: a rebuild with nothing changed did not regenerate"
touch Sources/Demo/main.swift
build_expecting no
echo "verify: ok: touching Swift code did not regenerate"

sed 's/"type": "int64"/"type": "int46"/' "$backup" > "$spec"
if output=$(swift build 2>&1); then
    echo "verify: FAIL: a broken spec built" >&2
    exit 1
fi
if ! grep -E "github-issues\.apigen\.json:[0-9]+:[0-9]+: error: unknown type 'int46'" <<<"$output"; then
    echo "$output" >&2
    echo "verify: FAIL: no located diagnostic for the broken spec" >&2
    exit 1
fi
echo "verify: ok: a broken spec fails the build at its line and column"

cp "$backup" "$spec"
build_expecting yes
build_expecting no
echo "verify: ok: a fixed spec regenerates once"
