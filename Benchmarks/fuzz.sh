#!/usr/bin/env bash
# The promise of `apigen lint`, on thousands of random specs:
#   Benchmarks/fuzz.sh [--count N] [--first SEED] [--explain] [--run [--batch N]]
#   Benchmarks/fuzz.sh --docs [--count N] [--first SEED] [--explain]
#   Benchmarks/fuzz.sh --show SEED
#   Benchmarks/fuzz.sh [--run] --spec FILE...    (given specs instead of random ones)
# Each seed gives one spec built from a vocabulary of landmines (keywords,
# runtime and standard names, odd names and texts, every type in every
# position), with samples and defaults, some of which lint must refuse. A
# spec that lints clean must generate, and its client must type-check
# against APIRuntime without warnings. With --run, each lint-clean spec's
# client is compiled with a harness and run (N specs to an executable, 8 by
# default): every request sample must decode and pass validation, every
# response and webhook sample decode, each encode back to itself, and every
# client default pass validation. Prints the counts; exits 1 and shows the
# culprits if any broke the promise.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
swift build --product apigen-fuzz >/dev/null
# The harnesses of --run link against these targets' object files.
swift build --target APIRuntime >/dev/null
"$(swift build --show-bin-path)/apigen-fuzz" "$@"
