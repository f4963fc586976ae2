#!/usr/bin/env bash
# The promise of `apigen lint`, on thousands of random specs:
#   Benchmarks/fuzz.sh [--count N] [--first SEED] [--explain]
# Each seed gives one spec built from a vocabulary of landmines (keywords,
# runtime and standard names, odd names and texts, every type in every
# position). A spec that lints clean must generate, and its client must
# type-check against APIRuntime without warnings. Prints the counts; exits 1
# and shows the culprits if any broke the promise.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
swift build --product apigen-fuzz >/dev/null
swift build --target APIRuntime >/dev/null
"$(swift build --show-bin-path)/apigen-fuzz" "$@"
