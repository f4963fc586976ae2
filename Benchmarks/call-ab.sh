#!/usr/bin/env bash
# Time per call of the generated Kaizala client (validate, encode, build the
# request, decode the answer; in-memory transport), here and at another
# revision, alternating in one go so that both meet the same machine:
#   Benchmarks/call-ab.sh REV [RUNS] [CALL]   (defaults: 5 runs, every call)
# Each run of a tree is one `apigen-bench --child-runtime [CALL]` (3 batches
# of 20,000 calls, the median batch); the table gives each call's median over
# the runs. (valgrind 3.19 stops with an internal error on this benchmark, so
# instruction counts are not available here.)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
rev=${1:?usage: Benchmarks/call-ab.sh REV [RUNS] [CALL]}
runs=${2:-5}
call=${3:-}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/then" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q "$work/then" "$rev"
for tree in then now; do
    source=$PWD
    [ "$tree" = then ] && source="$work/then"
    if ! (cd "$source" && swift build -c release --product apigen-bench --scratch-path "$work/build-$tree" >"$work/build-$tree.log" 2>&1); then
        echo "call-ab.sh: the release build at $tree failed:" >&2
        tail -20 "$work/build-$tree.log" >&2
        exit 1
    fi
done
for run in $(seq 1 "$runs"); do
    for tree in then now; do
        # Lines "NAME FIGURE µs [allocations]"; the figure is the second field from the µs mark.
        "$work/build-$tree/release/apigen-bench" --child-runtime $call \
            | awk -v tree="$tree" '{ for (i = 1; i <= NF; i++) if ($i == "µs") { name = $1; for (j = 2; j < i - 1; j++) name = name " " $j; print tree "\t" name "\t" $(i - 1) } }' \
            >>"$work/figures.tsv"
    done
done
echo "| call | $rev (µs, median of $runs) | working tree (µs) | ratio |"
echo "| --- | --- | --- | --- |"
cut -f2 "$work/figures.tsv" | awk '!seen[$0]++' | while IFS= read -r name; do
    median() { awk -F'\t' -v t="$1" -v n="$name" '$1 == t && $2 == n { print $3 }' "$work/figures.tsv" | sort -g \
        | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] }'; }
    before=$(median then)
    after=$(median now)
    echo "| $name | $before | $after | $(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.2f", a / b }') |"
done
