#!/usr/bin/env bash
# Clean build of a target, here and at another revision, alternating:
#   Benchmarks/compile-ab.sh REV [RUNS] [TARGET] [debug|release]   (defaults: 3 runs, KaizalaAPI, debug)
# Each run builds the target's dependencies first in a fresh scratch folder
# (untimed), then times `swift build --target TARGET` there. The machine is
# noisy: alternating the two trees in one go is what makes them comparable.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
rev=${1:?usage: Benchmarks/compile-ab.sh REV [RUNS] [TARGET] [debug|release]}
runs=${2:-3}
target=${3:-KaizalaAPI}
configuration=${4:-debug}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/then" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q "$work/then" "$rev"
trees=("$work/then" "$PWD")
for run in $(seq 1 "$runs"); do
    for tree in "${trees[@]}"; do
        (cd "$tree" && swift build -c "$configuration" --scratch-path "$work/build-$run-$(basename "$tree")" --target APIRuntime >/dev/null 2>&1)
    done
done
declare -A times
for run in $(seq 1 "$runs"); do
    for tree in "${trees[@]}"; do
        start=$(date +%s%N)
        (cd "$tree" && swift build -c "$configuration" --scratch-path "$work/build-$run-$(basename "$tree")" --target "$target" >/dev/null 2>&1)
        end=$(date +%s%N)
        times[$tree]+="$(( (end - start) / 1000000 )) "
    done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'; }
echo "| tree | clean $configuration build of $target (s), each run | median (s) |"
echo "| --- | --- | --- |"
echo "| $rev | ${times[$work/then]}| $(echo "${times[$work/then]}" | median) |"
echo "| working tree | ${times[$PWD]}| $(echo "${times[$PWD]}" | median) |"
