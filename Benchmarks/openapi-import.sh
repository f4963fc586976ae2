#!/usr/bin/env bash
# `apigen import openapi` on the big JSON documents of the corpus:
#   Benchmarks/openapi-import.sh [CORPUS_DIR]      (default: ../shared/openapi)
# Prints a Markdown table: document size, import time and peak memory (release
# build, whole process), operations in the document, imported, and named by a
# warning, the warnings, whether the draft lints clean, and how long
# `apigen generate` takes on the draft. BENCHMARKS.md records it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
corpus="${1:-../shared/openapi}"
swift build -c release --product apigen >/dev/null
apigen="$(swift build -c release --show-bin-path)/apigen"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "| Document | MB | Import (s) | Peak MB | Operations | Imported | Named in a warning | Warnings | Lint | Generate (s) | Files |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |"
for document in github/api.github.com.json github/api.github.com.v1.1.4.json stripe/spec3.json jira/platform-swagger.v3.json \
                twilio/twilio_api_v2010.json box/openapi.json; do
    path="$corpus/$document"
    [ -f "$path" ] || { echo "| $document | missing | | | | | | | | | |"; continue; }
    name="$(basename "$document" .json | tr -c 'A-Za-z0-9\n' '_')"
    draft="$work/$name.json"
    /usr/bin/time -f "%e %M" -o "$work/time" "$apigen" import openapi "$path" --output "$draft" 2>"$work/err" || true
    read -r seconds kilobytes < "$work/time"
    operations=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); m={'get','put','post','delete','patch','head','options','trace'}; print(sum(1 for p in d.get('paths',{}).values() for k in p if k in m))" "$path")
    imported=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['operations']))" "$draft" 2>/dev/null || echo 0)
    warned=$(grep -o '\[#/paths/[^]]*\]' "$work/err" | sed -E 's#\[(\#/paths/[^/]*/(get|put|post|delete|patch|head|options|trace)).*#\1#' | sort -u | grep -c '' || true)
    warnings=$(grep -c 'warning: .*\[#[A-Za-z]*\] \[#' "$work/err" || true)
    if [ -f "$draft" ] && "$apigen" lint "$draft" >/dev/null 2>&1; then lint=clean; else lint=errors; fi
    generate=""; files=""
    if [ "$lint" = clean ]; then
        start=$(date +%s.%N)
        "$apigen" generate --spec "$draft" --output "$work/out-$name" >/dev/null 2>&1 || true
        generate=$(printf '%.2f' "$(echo "$(date +%s.%N) - $start" | bc)")
        files=$(find "$work/out-$name" -name '*.swift' | wc -l)
    fi
    size=$(printf '%.1f' "$(echo "$(stat -c %s "$path") / 1048576" | bc -l)")
    echo "| $document | $size | $seconds | $((kilobytes / 1024)) | $operations | $imported | $warned | $warnings | $lint | $generate | $files |"
done
