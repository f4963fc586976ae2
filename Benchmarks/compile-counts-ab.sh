#!/usr/bin/env bash
# The Swift frontend's own counters for a clean debug build of a target, here
# and at another revision: declarations type-checked, SILGen and IR functions,
# frontend CPU. The counts do not move with the machine's noise (the CPU
# seconds do):
#   Benchmarks/compile-counts-ab.sh REV [TARGET]   (default KaizalaAPI)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
rev=${1:?usage: Benchmarks/compile-counts-ab.sh REV [TARGET]}
target=${2:-KaizalaAPI}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/then" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q "$work/then" "$rev"
echo "| tree | $target: declarations type-checked | SILGen functions | IR functions | frontend CPU (s) |"
echo "| --- | --- | --- | --- | --- |"
for tree in then now; do
    source=$PWD
    [ "$tree" = then ] && source="$work/then"
    mkdir -p "$work/stats-$tree"
    # The target's dependencies first, with the same flags, so that only the
    # target's own counters are kept.
    (cd "$source" && swift build --scratch-path "$work/build-$tree" --target APIRuntime \
        -Xswiftc -stats-output-dir -Xswiftc "$work/stats-$tree" >/dev/null 2>&1)
    rm -f "$work/stats-$tree"/*.json
    (cd "$source" && swift build --scratch-path "$work/build-$tree" --target "$target" \
        -Xswiftc -stats-output-dir -Xswiftc "$work/stats-$tree" >/dev/null 2>&1)
    label=$rev
    [ "$tree" = now ] && label="working tree"
    python3 - "$work/stats-$tree" "$label" <<'PY'
import json, os, sys
folder, label = sys.argv[1], sys.argv[2]
totals = {"decls": 0, "silgen": 0, "ir": 0, "cpu": 0.0}
for name in os.listdir(folder):
    if not name.endswith(".json"):
        continue
    with open(os.path.join(folder, name)) as handle:
        counters = json.load(handle)
    totals["decls"] += counters.get("Sema.NumDeclsTypechecked", 0)
    totals["silgen"] += counters.get("SILModule.NumSILGenFunctions", 0)
    totals["ir"] += counters.get("IRModule.NumIRFunctions", 0)
    for key, value in counters.items():
        if key.startswith("time.swift-frontend.") and (key.endswith(".user") or key.endswith(".sys")):
            totals["cpu"] += value
print(f"| {label} | {totals['decls']} | {totals['silgen']} | {totals['ir']} | {totals['cpu']:.1f} |")
PY
done
