#!/usr/bin/env bash
# apigen against swift-openapi-generator on one OpenAPI document, in one go:
#   Benchmarks/openapi-peer-build.sh DOC [RUNS]     (default: 1 run; GitHub's peer client takes many minutes;
#                                                    0 runs: generate and count files and lines only)
# For each side: generate the client from DOC (apigen: `import openapi` + `generate`; the peer: `generate` with
# types and client, public), count the generated lines, then per run, in a fresh scratch folder, time a clean debug
# build of the runtime the client needs (apigen's APIRuntime; the peer's OpenAPIRuntime and HTTPTypes) and then of
# the client alone. "First build" is the two together: what a consumer's first build of the client costs. The two
# sides alternate run by run, so that both meet the same machine.
#
# The peer is built once, in release, in a scratch package outside this checkout (PEER_DIR, default ../peer beside
# it) from the Swift package mirror (https://github.com/apple/swift-openapi-generator 1.14.3); it is never a
# dependency of apigen.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
document=$(realpath "${1:?usage: Benchmarks/openapi-peer-build.sh DOC [RUNS]}")
runs=${2:-1}
checkout=$PWD
peer_dir=${PEER_DIR:-$(realpath ..)/peer}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product apigen >/dev/null
apigen="$(swift build -c release --show-bin-path)/apigen"
peer="$peer_dir/gen/.build/release/swift-openapi-generator"
if [ ! -x "$peer" ]; then
    mkdir -p "$peer_dir/gen/Sources/Empty"
    echo "" >"$peer_dir/gen/Sources/Empty/Empty.swift"
    cat >"$peer_dir/gen/Package.swift" <<'EOF'
// swift-tools-version:5.9
import PackageDescription
let package = Package(
    name: "gen",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")],
    targets: [.target(name: "Empty")]
)
EOF
    (cd "$peer_dir/gen" && swift build -c release --product swift-openapi-generator >/dev/null)
fi

seconds() { printf '%.2f' "$(echo "($2 - $1) / 1000000000" | bc -l)"; }

# The two consumer packages: a library target `Client` holding the generated sources.
mkdir -p "$work/apigen/Sources/Client" "$work/peer/Sources/Client"
cat >"$work/apigen/Package.swift" <<EOF
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "ApigenConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "apigen", path: "$checkout")],
    targets: [.target(name: "Client", dependencies: [.product(name: "APIRuntime", package: "apigen")])],
    swiftLanguageModes: [.v6]
)
EOF
cat >"$work/peer/Package.swift" <<'EOF'
// swift-tools-version:5.9
import PackageDescription
let package = Package(
    name: "PeerConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4")],
    targets: [.target(name: "Client", dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")])]
)
EOF

start=$(date +%s%N)
"$apigen" import openapi "$document" --output "$work/draft.json" 2>/dev/null
"$apigen" generate --spec "$work/draft.json" --output "$work/apigen/Sources/Client" --module Client >/dev/null 2>&1
apigen_generate=$(seconds "$start" "$(date +%s%N)")
start=$(date +%s%N)
"$peer" generate --mode types --mode client --access-modifier public \
    --output-directory "$work/peer/Sources/Client" "$document" >/dev/null 2>"$work/peer-generate.log"
peer_generate=$(seconds "$start" "$(date +%s%N)")
lines() { find "$1" -name '*.swift' -exec cat {} + | wc -l; }
files() { find "$1" -name '*.swift' | wc -l; }

if [ "$runs" = 0 ]; then
    # Generation and the generated code alone, without building: minutes less for GitHub's and Stripe's clients.
    echo "Document: $(basename "$document"), generation only, $(nproc) cores"
    echo
    echo "| | generate (s) | files | lines |"
    echo "| --- | ---: | ---: | ---: |"
    echo "| apigen | $apigen_generate | $(files "$work/apigen/Sources/Client") | $(lines "$work/apigen/Sources/Client") |"
    echo "| peer | $peer_generate | $(files "$work/peer/Sources/Client") | $(lines "$work/peer/Sources/Client") |"
    echo
    echo "apigen/peer: lines $(awk -v a="$(lines "$work/apigen/Sources/Client")" -v b="$(lines "$work/peer/Sources/Client")" \
        'BEGIN {printf "%.3f", a / b}')x"
    exit 0
fi

declare -A runtime client
for run in $(seq 1 "$runs"); do
    for side in apigen peer; do
        if [ "$side" = apigen ]; then runtime_targets=(--target APIRuntime); else
            runtime_targets=(--target OpenAPIRuntime --target HTTPTypes); fi
        scratch="$work/build-$side-$run"
        (cd "$work/$side" && swift package resolve --scratch-path "$scratch" >/dev/null 2>&1)
        start=$(date +%s%N)
        (cd "$work/$side" && swift build --scratch-path "$scratch" "${runtime_targets[@]}" >"$work/log" 2>&1) \
            || { tail -20 "$work/log" >&2; exit 1; }
        middle=$(date +%s%N)
        (cd "$work/$side" && swift build --scratch-path "$scratch" --target Client >"$work/log" 2>&1) \
            || { tail -20 "$work/log" >&2; exit 1; }
        end=$(date +%s%N)
        runtime[$side]+="$(seconds "$start" "$middle") "
        client[$side]+="$(seconds "$middle" "$end") "
        rm -rf "$scratch"
    done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'; }
sum() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a + b}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "Document: $(basename "$document"), $runs run(s), $(nproc) cores"
echo
echo "| | generate (s) | files | lines | runtime build (s) | client build (s), each run | client median (s) | first build (s) |"
echo "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |"
for side in apigen peer; do
    generate=$apigen_generate; [ "$side" = peer ] && generate=$peer_generate
    runtime_median=$(echo "${runtime[$side]}" | median)
    client_median=$(echo "${client[$side]}" | median)
    echo "| $side | $generate | $(files "$work/$side/Sources/Client") | $(lines "$work/$side/Sources/Client") |" \
        "$runtime_median | ${client[$side]}| $client_median | $(sum "$runtime_median" "$client_median") |"
done
a_client=$(echo "${client[apigen]}" | median); p_client=$(echo "${client[peer]}" | median)
a_first=$(sum "$(echo "${runtime[apigen]}" | median)" "$a_client")
p_first=$(sum "$(echo "${runtime[peer]}" | median)" "$p_client")
echo
echo "apigen/peer: generate $(ratio "$apigen_generate" "$peer_generate")x, client build $(ratio "$a_client" "$p_client")x," \
    "first build $(ratio "$a_first" "$p_first")x, lines $(ratio "$(lines "$work/apigen/Sources/Client")" \
    "$(lines "$work/peer/Sources/Client")")x"
