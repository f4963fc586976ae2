#!/usr/bin/env bash
# Instructions per call of the generated Kaizala client (validate, encode,
# build the request, decode the answer; in-memory transport), here and at
# another revision, counted by callgrind, which gives the same count for the
# same binary whatever else the machine is doing:
#   Benchmarks/call-ab.sh REV [CALL...]   (default calls: sendMessage listGroups createGroup)
# Each tree's release `apigen-bench --child-runtime CALL` makes 3 x 20,000
# calls; the count includes the benchmark's own setup, a small fraction.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
command -v valgrind >/dev/null || { echo "call-ab.sh needs valgrind (apt-get install valgrind)" >&2; exit 2; }
rev=${1:?usage: Benchmarks/call-ab.sh REV [CALL...]}
shift
calls=("$@")
[ ${#calls[@]} -gt 0 ] || calls=(sendMessage listGroups createGroup)
work=$(mktemp -d)
trap 'git worktree remove --force "$work/then" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q "$work/then" "$rev"
for tree in "$work/then" "$PWD"; do
    (cd "$tree" && swift build -c release --product apigen-bench --scratch-path "$work/build-$(basename "$tree")" >/dev/null 2>&1)
done
per_call() {
    local binary=$1 call=$2 out
    out=$(mktemp -d)
    valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$binary" --child-runtime "$call" >/dev/null 2>"$out/log"
    local total
    total=$(grep -E '^(summary|totals):' "$out/cg" | head -1 | awk '{print $2}')
    rm -rf "$out"
    echo $(( total / 60000 ))
}
echo "| call | $rev (instructions per call) | working tree | ratio |"
echo "| --- | --- | --- | --- |"
for call in "${calls[@]}"; do
    before=$(per_call "$work/build-then/release/apigen-bench" "$call")
    after=$(per_call "$work/build-$(basename "$PWD")/release/apigen-bench" "$call")
    echo "| $call | $before | $after | $(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.3f", a / b}') |"
done
