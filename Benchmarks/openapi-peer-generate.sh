#!/usr/bin/env bash
# Generating a client from one OpenAPI document, apigen against swift-openapi-generator 1.14.3, alternating:
#   Benchmarks/openapi-peer-generate.sh DOC [RUNS]     (default: 3 runs)
# apigen: `import openapi` then `generate` (release build, whole processes); the peer: `generate --mode types
# --mode client` (release build). Each run of each side writes into a fresh folder. The peer is built as
# Benchmarks/openapi-peer-build.sh builds it (PEER_DIR, default ../peer beside the checkout); run that script once
# first, or set PEER_DIR to where it was built.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
document=$(realpath "${1:?usage: Benchmarks/openapi-peer-generate.sh DOC [RUNS]}")
runs=${2:-3}
peer="${PEER_DIR:-$(realpath ..)/peer}/gen/.build/release/swift-openapi-generator"
[ -x "$peer" ] || { echo "no peer generator at $peer: run Benchmarks/openapi-peer-build.sh once first" >&2; exit 1; }
swift build -c release --product apigen >/dev/null
apigen="$(swift build -c release --show-bin-path)/apigen"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

milliseconds() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
apigen_times="" peer_times=""
for run in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    "$apigen" import openapi "$document" --output "$work/draft-$run.json" 2>/dev/null
    "$apigen" generate --spec "$work/draft-$run.json" --output "$work/apigen-$run" --module Client >/dev/null 2>&1
    apigen_times+="$(milliseconds "$start") "
    mkdir -p "$work/peer-$run"
    start=$(date +%s%N)
    "$peer" generate --mode types --mode client --access-modifier public \
        --output-directory "$work/peer-$run" "$document" >/dev/null 2>&1
    peer_times+="$(milliseconds "$start") "
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'; }
a=$(echo "$apigen_times" | median) p=$(echo "$peer_times" | median)
echo "Document: $(basename "$document"), $runs alternating runs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| | each run (ms) | median (s) |"
echo "| --- | --- | ---: |"
echo "| apigen import + generate | $apigen_times| $a |"
echo "| peer generate | $peer_times| $p |"
echo
awk -v a="$a" -v p="$p" 'BEGIN {printf "apigen is %.1fx faster (%.3fx the peer'"'"'s time)\n", p / a, a / p}'
