#!/usr/bin/env bash
# Proves what the build-tool plugin promises, on this demo:
#   1. it builds and runs from a clean build folder;
#   2. a rebuild with nothing changed, or after touching only Swift code, does not run apigen; on the first
#      rebuild after a clean build (where SwiftPM links the tool again) and after a spec edit that changes no
#      code, apigen writes nothing and the generated client is not compiled again;
#   3. a broken spec fails the build with a diagnostic at the spec's line and column.
set -euo pipefail
cd "$(dirname "$0")"
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"

spec=Sources/Demo/github-issues.apigen.json
backup=$(mktemp)
cp "$spec" "$backup"
trap 'cp "$backup" "$spec"; rm -f "$backup"' EXIT

# Builds and fails unless apigen did what is expected: "none" (it did not run), "unchanged" (it ran but wrote
# nothing, so the generated client was not compiled) or "regenerated" (it wrote the client).
build_expecting() {
    local expected=$1 did=none output
    output=$(swift build 2>&1) || { echo "$output" >&2; exit 1; }
    if grep -q "apigen: generating" <<<"$output"; then did=unchanged; fi
    if grep -q " 1 written" <<<"$output" || grep -q "Compiling Demo github-issues.swift" <<<"$output"; then did=regenerated; fi
    if [ "$did" != "$expected" ]; then
        echo "$output" >&2
        echo "verify: FAIL: apigen $did, expected: $expected" >&2
        exit 1
    fi
}

# From a clean build folder. SwiftPM links the plugin's tool once more on the first rebuild (its plugin-tool and
# main builds each link it, and each then sees the other's link), so apigen runs again there: it must write nothing.
rm -rf .build
swift build
build_expecting unchanged
echo "verify: ok: the first rebuild after a clean build wrote nothing and compiled nothing of the client"
swift run Demo
build_expecting none
echo "verify: ok: a rebuild with nothing changed did not run apigen"
touch Sources/Demo/main.swift
build_expecting none
echo "verify: ok: touching Swift code did not run apigen"

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

# Fixed as it was: apigen runs again, and its output is the client from before.
cp "$backup" "$spec"
build_expecting unchanged
build_expecting none
echo "verify: ok: a fixed spec runs apigen once"
sed 's/^{/{ /' "$backup" > "$spec"
build_expecting unchanged
build_expecting none
echo "verify: ok: a spec edit that changes no code runs apigen once and compiles nothing"
sed 's/Lists the issues of a repository\./Lists every issue of a repository./' "$backup" > "$spec"
build_expecting regenerated
build_expecting none
echo "verify: ok: a spec edit that changes the code regenerates the client once"
