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

# Heap allocations per call: the runtime calls again, with a malloc counter preloaded.
counter=$(mktemp -d)
cc -shared -fPIC -O2 -o "$counter/malloc-count.so" Benchmarks/malloc-count.c -ldl
echo "### Heap allocations per call (all threads; \`LD_PRELOAD=malloc-count.so apigen-bench --child-runtime\`)"
echo
echo "| call | µs per call (with the counter) | allocations per call |"
echo "| --- | --- | --- |"
LD_PRELOAD="$counter/malloc-count.so" "$(swift build -c release --show-bin-path)/apigen-bench" --child-runtime \
    | awk '{ n = NF; printf "| %s | %.2f | %s |\n", substr($0, 1, index($0, $(n-3)) - 2), $(n-3), $(n-1) }'
rm -rf "$counter"
echo

# Compile cost of what a consumer of the generated client compiles: APIRuntime,
# then KaizalaAPI, each from clean, with the frontend's own counters (which do
# not move with the machine's noise).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
bench="$(swift build -c release --show-bin-path)/apigen-bench"
echo "### Compile cost of the runtime and the generated client (clean debug builds, \`swift build --target\`, including its start-up)"
echo
echo "| target | lines | clean debug build (s) | frontend CPU (s) | declarations type-checked | SILGen functions | IR functions |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
# One counters folder for both builds (other flags would make the second
# build compile APIRuntime again); each build's files are moved aside after it.
mkdir -p "$scratch/stats"
for target in APIRuntime KaizalaAPI; do
    stats="$scratch/stats-$target"
    mkdir -p "$stats"
    start=$(date +%s.%N)
    swift build --scratch-path "$scratch/build" --target "$target" -Xswiftc -stats-output-dir -Xswiftc "$scratch/stats" >/dev/null
    end=$(date +%s.%N)
    mv "$scratch"/stats/*.json "$stats"/
    case $target in
        APIRuntime) lines=$(find Sources/APIRuntime -name '*.swift' -exec cat {} + | wc -l) ;;
        KaizalaAPI) lines=$(find Generated/Kaizala -name '*.swift' -exec cat {} + | wc -l) ;;
    esac
    read -r decls silgen ir cpu < <("$bench" --child-compile-stats "$stats")
    awk -v t="$target" -v a="$start" -v b="$end" -v l="$lines" -v c="$cpu" -v d="$decls" -v s="$silgen" -v i="$ir" \
        'BEGIN { printf "| %s | %d | %.1f | %s | %d | %d | %d |\n", t, l, b - a, c, d, s, i }'
done
