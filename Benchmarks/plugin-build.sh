#!/usr/bin/env bash
# What a consumer of the build-tool plugin pays: the clean build of
# Examples/BuildPluginDemo (apigen's own targets, the runtime, the generated
# client, the demo), and a rebuild with nothing changed. Median of N runs.
#
#   Benchmarks/plugin-build.sh [runs]     (default 5)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$root/Examples/BuildPluginDemo" "$work/demo"
rm -rf "$work/demo/.build"
sed "s|path: \"../..\"|path: \"$root\"|" "$root/Examples/BuildPluginDemo/Package.swift" > "$work/demo/Package.swift"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

clean=() noop=()
for _ in $(seq "$runs"); do
    rm -rf "$work/demo/.build"
    clean+=("$(seconds swift build --package-path "$work/demo")")
    noop+=("$(seconds swift build --package-path "$work/demo")")
done
echo "| Build of Examples/BuildPluginDemo | median (s) | min (s) | max (s) | runs |"
echo "| --- | --- | --- | --- | --- |"
for name in clean noop; do
    declare -n values=$name
    label=$([ "$name" = clean ] && echo "clean (everything a consumer pays first)" || echo "no-change rebuild")
    printf '| %s | %.1f | %.1f | %.1f | %d |\n' "$label" "$(printf '%s\n' "${values[@]}" | median)" \
        "$(printf '%s\n' "${values[@]}" | sort -n | head -1)" "$(printf '%s\n' "${values[@]}" | sort -n | tail -1)" "$runs"
done
