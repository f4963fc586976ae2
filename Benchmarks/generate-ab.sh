#!/usr/bin/env bash
# Generation here and at another revision, alternating (release builds, whole processes):
#   Benchmarks/generate-ab.sh REV [RUNS] [COPIES] [DOC...]   (defaults: 3 runs, 1000 copies, no documents)
# Each run times, for each tree in turn: `apigen generate` of COPIES copies of Kaizala (the synthetic spec of
# `apigen-bench --child-synthetic`, written once) with its peak memory, and for each OpenAPI DOC `apigen import
# openapi` then `generate`. Both trees read the same synthetic spec and documents; each run writes into fresh folders.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
rev=${1:?usage: Benchmarks/generate-ab.sh REV [RUNS] [COPIES] [DOC...]}
runs=${2:-3}
copies=${3:-1000}
shift $(( $# < 3 ? $# : 3 ))
documents=()
for document in "$@"; do documents+=("$(realpath "$document")"); done
work=$(mktemp -d)
trap 'git worktree remove --force "$work/then" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q "$work/then" "$rev"
trees=("$work/then" "$PWD")
for tree in "${trees[@]}"; do
    (cd "$tree" && swift build -c release --product apigen >/dev/null 2>&1)
done
swift build -c release --product apigen-bench >/dev/null 2>&1
"$(swift build -c release --show-bin-path)/apigen-bench" --child-synthetic "$copies" "$work/synthetic.json"

declare -A seconds memory
milliseconds() { echo $(( ($2 - $1) / 1000000 )); }
for run in $(seq 1 "$runs"); do
    for tree in "${trees[@]}"; do
        apigen="$(cd "$tree" && swift build -c release --show-bin-path)/apigen"
        out="$work/out-$run-$(basename "$tree")"
        mkdir -p "$out"
        /usr/bin/time -f '%e %M' -o "$out/time" "$apigen" generate --spec "$work/synthetic.json" --output "$out/synthetic" \
            --module Synthetic >/dev/null 2>&1
        read -r elapsed kilobytes <"$out/time"
        seconds[$tree,synthetic]+="$elapsed "
        memory[$tree]+="$(( kilobytes / 1024 )) "
        for document in "${documents[@]}"; do
            name=$(basename "$document")
            start=$(date +%s%N)
            "$apigen" import openapi "$document" --output "$out/$name.spec.json" 2>/dev/null
            "$apigen" generate --spec "$out/$name.spec.json" --output "$out/$name" --module Client >/dev/null 2>&1
            end=$(date +%s%N)
            seconds[$tree,$name]+="$(printf '%.2f' "$(echo "$(milliseconds "$start" "$end") / 1000" | bc -l)") "
        done
    done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'; }
echo "| what | $rev, each run | median | working tree, each run | median | ratio |"
echo "| --- | --- | ---: | --- | ---: | ---: |"
row() {
    local then=${1} now=${2} label=${3}
    local a b
    a=$(echo "$then" | median)
    b=$(echo "$now" | median)
    echo "| $label | $then| $a | $now| $b | $(printf '%.2f' "$(echo "$b / $a" | bc -l)") |"
}
row "${seconds[$work/then,synthetic]}" "${seconds[$PWD,synthetic]}" "generate ${copies}x Kaizala (s)"
row "${memory[$work/then]}" "${memory[$PWD]}" "generate ${copies}x Kaizala, peak (MiB)"
for document in "${documents[@]}"; do
    name=$(basename "$document")
    row "${seconds[$work/then,$name]}" "${seconds[$PWD,$name]}" "import + generate $name (s)"
done
