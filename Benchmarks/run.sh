#!/usr/bin/env bash
# apigen's benchmark, in one command from a fresh clone:
#   Benchmarks/run.sh [--quick] [--markdown FILE]
# Builds apigen and the benchmark in release mode, runs the benchmark, then
# times a clean debug build of the generated KaizalaAPI target alone.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
swift build -c release --product apigen >/dev/null
swift build -c release --product apigen-bench >/dev/null
"$(swift build -c release --show-bin-path)/apigen-bench" "$@"

# Compile cost of the generated code: APIRuntime first (untimed), then KaizalaAPI from clean.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
swift build --scratch-path "$scratch" --target APIRuntime >/dev/null
start=$(date +%s.%N)
swift build --scratch-path "$scratch" --target KaizalaAPI >/dev/null
end=$(date +%s.%N)
lines=$(cat Generated/Kaizala/*.swift Generated/Kaizala/*/*.swift | wc -l)
echo "### Compile cost of generated code"
echo
echo "| target | lines | clean debug build (s) |"
echo "| --- | --- | --- |"
awk -v a="$start" -v b="$end" -v l="$lines" 'BEGIN { printf "| KaizalaAPI | %d | %.1f |\n", l, b - a }'
