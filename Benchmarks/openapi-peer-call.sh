#!/usr/bin/env bash
# A call through apigen's generated client against one through swift-openapi-generator's, on one operation of a
# real OpenAPI document, in one go:
#   Benchmarks/openapi-peer-call.sh DOC METHOD PATH [RUNS]    (default: 3 alternating runs)
#   e.g. Benchmarks/openapi-peer-call.sh ../shared/openapi/github/api.github.com.v1.1.4.json GET '/repos/{owner}/{repo}/issues'
# `openapi-subset.py` cuts the operation and what it refers to out of DOC, and takes its answer from the document's
# own example (a list repeated to 30 elements, a page as GitHub sends it). Each side generates a client from that
# document (apigen: `import openapi` + `generate`; the peer: types and client, idiomatic names), builds it in release
# with a small executable that calls the operation through an in-memory transport answering 200 with that body, and
# prints the median time per call of 5 batches: build the request (apigen also validates it), send, decode and
# validate the answer into the generated types. apigen's client is the default one users get (its per-attempt timer
# on); the peer's has no timer. The two sides alternate run by run, so that both meet the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
document=$(realpath "${1:?usage: Benchmarks/openapi-peer-call.sh DOC METHOD PATH [RUNS]}")
method=${2:?usage: Benchmarks/openapi-peer-call.sh DOC METHOD PATH [RUNS]}
path=${3:?usage: Benchmarks/openapi-peer-call.sh DOC METHOD PATH [RUNS]}
runs=${4:-3}
checkout=$PWD
peer="${PEER_DIR:-$(realpath ..)/peer}/gen/.build/release/swift-openapi-generator"
[ -x "$peer" ] || { echo "no peer generator at $peer: run Benchmarks/openapi-peer-build.sh once first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 Benchmarks/openapi-subset.py "$document" "$method" "$path" "$work/operation.json" "$work/answer.json"
swift build -c release --product apigen >/dev/null
apigen="$(swift build -c release --show-bin-path)/apigen"
mkdir -p "$work/apigen/Sources/Service" "$work/apigen/Sources/Bench" "$work/peer/Sources/API" "$work/peer/Sources/Bench"
"$apigen" import openapi "$work/operation.json" --name Service --output "$work/spec.json" 2>/dev/null
"$apigen" generate --spec "$work/spec.json" --output "$work/apigen/Sources/Service" --module Service >/dev/null
"$peer" generate --mode types --mode client --access-modifier public --naming-strategy idiomatic \
    --output-directory "$work/peer/Sources/API" "$work/operation.json" >/dev/null 2>&1
# The call each side makes: the operation's function with its required arguments (path parameters; a string is "x",
# a number 1), read from apigen's generated signature; the peer's idiomatic names for them are the same.
function=$(grep -o 'public func [a-zA-Z0-9_]*(' "$work/apigen/Sources/Service/Operations/"*.swift | head -1 | sed 's/public func //; s/($//')
arguments=$(python3 - "$work/apigen/Sources/Service/Operations" "$function" <<'EOF'
import pathlib, re, sys
text = "".join(path.read_text() for path in pathlib.Path(sys.argv[1]).glob("*.swift"))
signature = text[text.index(f"public func {sys.argv[2]}(") :].split(")", 1)[0]
required = re.findall(r"(\w+): ([\w.]+),?\n", signature)
print(", ".join(f'{label}: {"1" if "Int" in kind or "Double" in kind else chr(34) + "x" + chr(34)}' for label, kind in required))
EOF
)
cat >"$work/apigen/Package.swift" <<EOF
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "ApigenCall",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "apigen", path: "$checkout")],
    targets: [
        .target(name: "Service", dependencies: [.product(name: "APIRuntime", package: "apigen")]),
        .executableTarget(name: "Bench", dependencies: ["Service", .product(name: "APIRuntime", package: "apigen")]),
    ],
    swiftLanguageModes: [.v6]
)
EOF
cat >"$work/peer/Package.swift" <<'EOF'
// swift-tools-version:5.9
import PackageDescription
let package = Package(
    name: "PeerCall",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        .target(name: "API", dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")]),
        .executableTarget(name: "Bench", dependencies: [
            "API", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
    ]
)
EOF
# The measuring loop, the same on both sides: 5 batches after a warm-up, the median batch's time per call.
measure='
func measure(_ call: () async throws -> Int) async throws {
    for _ in 0..<20 { _ = try await call() }
    var perCall: [Double] = []
    for _ in 0..<5 {
        let calls = 200, start = ContinuousClock.now
        for _ in 0..<calls {
            let count = try await call()
            precondition(count > 0)
        }
        let elapsed = ContinuousClock.now - start
        perCall.append(Double(elapsed.components.seconds) * 1e6 / Double(calls) + Double(elapsed.components.attoseconds) / 1e12 / Double(calls))
    }
    print(String(format: "%.1f", perCall.sorted()[2]))
}
'
cat >"$work/apigen/Sources/Bench/main.swift" <<EOF
import APIRuntime
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Service

struct Answer: Transport {
    let body: Data
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: body)
    }
}
$measure
/// Pages count their elements; one object is one.
func count<T>(_ value: [T]) -> Int { value.count }
func count<T>(_ value: T) -> Int { 1 }
let body = try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))
let client = ServiceClient(serverURL: "https://api.example.com", transport: Answer(body: body))
try await measure { try await count(client.$function($arguments)) }
EOF
cat >"$work/peer/Sources/Bench/main.swift" <<EOF
import API
import Foundation
import HTTPTypes
import OpenAPIRuntime

struct Answer: ClientTransport {
    let body: [UInt8]
    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var response = HTTPResponse(status: .ok)
        response.headerFields[.contentType] = "application/json"
        return (response, HTTPBody(self.body))
    }
}
$measure
/// Pages count their elements; one object is one.
func count<T>(_ value: [T]) -> Int { value.count }
func count<T>(_ value: T) -> Int { 1 }
let answer = Answer(body: Array(try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))))
let client = Client(serverURL: URL(string: "https://api.example.com")!, transport: answer)
try await measure {
    guard case .ok(let ok) = try await client.$function(.init(path: .init($arguments))) else { return 0 }
    return count(try ok.body.json)
}
EOF
for side in apigen peer; do
    (cd "$work/$side" && swift build -c release --product Bench >"$work/build-$side.log" 2>&1) \
        || { echo "the $side build failed:" >&2; tail -30 "$work/build-$side.log" >&2; exit 1; }
done
declare -A figures
for run in $(seq 1 "$runs"); do
    for side in apigen peer; do
        figures[$side]+="$("$work/$side/.build/release/Bench" "$work/answer.json") "
    done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]}'; }
a=$(echo "${figures[apigen]}" | median) p=$(echo "${figures[peer]}" | median)
echo "$(basename "$document"): $method $path, answer $(wc -c <"$work/answer.json") bytes, $runs alternating runs," \
    "load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| | µs per call, each run | median |"
echo "| --- | --- | ---: |"
echo "| apigen (\`$function\`, validation and timer on) | ${figures[apigen]}| $a |"
echo "| swift-openapi-generator | ${figures[peer]}| $p |"
echo
awk -v a="$a" -v p="$p" 'BEGIN {printf "apigen/peer: %.2fx\n", a / p}'
