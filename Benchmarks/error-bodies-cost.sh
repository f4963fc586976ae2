#!/usr/bin/env bash
# What typed error bodies cost a client's build, on one OpenAPI document, in one go:
#   Benchmarks/error-bodies-cost.sh DOC [RUNS]      (default: 2 runs)
# Imports DOC, then generates its client twice: as imported (error answers' bodies typed, each call passing its
# `ErrorBody` arguments to `send`) and from the same draft with every status's `type` removed (errors arrive as
# `.status`, as before error bodies). Per run, alternating the two, it type-checks each client and then compiles it
# to one object file (`swiftc -wmo -Onone`, against the debug build's APIRuntime), and prints the times, the
# frontend's peak memory and the object's size.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
document=$(realpath "${1:?usage: Benchmarks/error-bodies-cost.sh DOC [RUNS]}")
runs=${2:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build --product apigen >/dev/null
swift build --target APIRuntime >/dev/null
apigen="$(swift build --show-bin-path)/apigen"
modules="$(swift build --show-bin-path)/Modules"
"$apigen" import openapi "$document" --name Client --output "$work/typed.json" 2>/dev/null
python3 - "$work/typed.json" "$work/untyped.json" <<'PY'
import json, sys
spec = json.load(open(sys.argv[1]))
typed = 0
for operation in spec["operations"]:
    for status in operation.get("statuses", []):
        typed += status.pop("type", None) is not None
json.dump(spec, open(sys.argv[2], "w"))
print(f"{typed} typed error statuses over {len(spec['operations'])} operations")
PY
for side in typed untyped; do
    "$apigen" generate --spec "$work/$side.json" --output "$work/$side" >/dev/null 2>&1
    echo "$side: $(find "$work/$side" -name '*.swift' | wc -l) files, $(find "$work/$side" -name '*.swift' -exec cat {} + | wc -l) lines"
done
for run in $(seq 1 "$runs"); do
    for side in typed untyped; do
        files=$(find "$work/$side" -name '*.swift')
        # shellcheck disable=SC2086
        /usr/bin/time -o "$work/time" -f "%e s, %M KB" swiftc -typecheck -wmo -swift-version 6 -module-name Client \
            -I "$modules" $files >/dev/null 2>&1
        check=$(cat "$work/time")
        # shellcheck disable=SC2086
        /usr/bin/time -o "$work/time" -f "%e s, %M KB" swiftc -c -wmo -Onone -swift-version 6 -parse-as-library \
            -module-name Client -I "$modules" -o "$work/$side.o" $files >/dev/null 2>&1
        build=$(cat "$work/time")
        echo "run $run $side: type-check $check; compile $build; object $(stat -c %s "$work/$side.o") bytes"
    done
done
