#!/usr/bin/env bash
# What each APIRuntime source file costs a consumer's first (debug) build:
# the runtime compiled with swiftc as SwiftPM compiles it in debug, but one
# frontend job per file (no batching), so that the frontend's own counters
# (`-stats-output-dir`) give each file's CPU seconds, declarations
# type-checked and SIL functions. Totals by folder, then the files:
#   Benchmarks/runtime-file-costs.sh [RUNS]   (default 3; each file's median)
# A file's job also type-checks what it uses from the other files, so the
# per-file figures add up to more than a batched build's; the folder shares
# are what to compare. The last line gives the same module built in
# SwiftPM's batch mode, once, for scale.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flags=(-swift-version 6 -parse-as-library -Onone -g -enable-testing -DSWIFT_PACKAGE -DDEBUG)
mkdir -p "$work/limits"
# The one module the runtime imports, built once; its cost is not counted.
swiftc "${flags[@]}" -module-name APILimits -emit-module -emit-module-path "$work/limits/APILimits.swiftmodule" \
    Sources/APILimits/*.swift
mapfile -t files < <(find Sources/APIRuntime -name '*.swift' | sort)
paths=("${files[@]/#/$PWD/}")
for run in $(seq 1 "$runs"); do
    mkdir -p "$work/stats-$run" "$work/objects-$run"
    (cd "$work/objects-$run" && swiftc "${flags[@]}" -module-name APIRuntime -I "$work/limits" -c -j 1 \
        -disable-batch-mode -stats-output-dir "$work/stats-$run" "${paths[@]}")
done
mkdir -p "$work/stats-batch" "$work/objects-batch"
(cd "$work/objects-batch" && swiftc "${flags[@]}" -module-name APIRuntime -I "$work/limits" -c -j 2 \
    -enable-batch-mode -stats-output-dir "$work/stats-batch" "${paths[@]}")
python3 - "$work" "$runs" "${files[@]}" <<'PY'
import json, os, statistics, sys
work, runs, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]

def counters(folder):
    """Each frontend job's counters, keyed by the file it compiled (None for a job of several)."""
    jobs = {}
    for name in os.listdir(folder):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name)) as handle:
            values = json.load(handle)
        cpu = sum(v for k, v in values.items()
                  if k.startswith("time.swift-frontend.") and (k.endswith(".user") or k.endswith(".sys")))
        if cpu == 0:
            continue
        stem = [f for f in files if "-" + os.path.basename(f) + "-" in name]
        key = max(stem, key=len) if stem else None
        jobs.setdefault(key, []).append((cpu, values.get("Sema.NumDeclsTypechecked", 0),
                                         values.get("SILModule.NumSILGenFunctions", 0)))
    return jobs

per_file = {f: [] for f in files}
unattributed = []
for run in range(1, runs + 1):
    for key, jobs in counters(os.path.join(work, f"stats-{run}")).items():
        (per_file[key] if key else unattributed).extend(jobs)

def folder(path):
    parts = path.split("/")
    return parts[2] if len(parts) > 3 else "top-level"

rows = []
for path in files:
    jobs = per_file[path]
    if not jobs:
        continue
    cpu = statistics.median(j[0] for j in jobs)
    rows.append((folder(path), path, sum(1 for _ in open(path)), cpu, jobs[0][1], jobs[0][2]))
total = sum(r[3] for r in rows)
groups = {}
for group, _, lines, cpu, decls, sil in rows:
    entry = groups.setdefault(group, [0, 0, 0.0, 0, 0])
    entry[0] += 1; entry[1] += lines; entry[2] += cpu; entry[3] += decls; entry[4] += sil
print(f"| folder | files | lines | frontend CPU (s, median of {runs}) | share "
      "| declarations type-checked | SILGen functions |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for group, (count, lines, cpu, decls, sil) in sorted(groups.items(), key=lambda item: -item[1][2]):
    print(f"| {group} | {count} | {lines} | {cpu:.2f} | {cpu / total:.0%} | {decls} | {sil} |")
print(f"| all | {len(rows)} | {sum(r[2] for r in rows)} | {total:.2f} | 100% "
      f"| {sum(r[4] for r in rows)} | {sum(r[5] for r in rows)} |")
if unattributed:
    median = statistics.median(j[0] for j in unattributed)
    print(f"\nJobs without one file (module emission): {median:.2f} s each, median")
print("\n| file | lines | frontend CPU (s) |")
print("| --- | --- | --- |")
for group, path, lines, cpu, _, _ in sorted(rows, key=lambda r: -r[3]):
    print(f"| {path.removeprefix('Sources/APIRuntime/')} | {lines} | {cpu:.2f} |")
batch = sum(j[0] for jobs in counters(os.path.join(work, "stats-batch")).values() for j in jobs)
print(f"\nThe same module in batch mode (as SwiftPM builds it), every job: {batch:.2f} s frontend CPU")
PY
