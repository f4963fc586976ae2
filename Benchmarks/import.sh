#!/usr/bin/env bash
# How close `apigen import` gets to the specs a person wrote, on the docs of
# the two shipped APIs and on the machine-translated seed pages:
#   Benchmarks/import.sh [REFERENCE_DIR]      (default: ../shared/reference)
# Prints Markdown: precision and recall per element kind (draft vs shipped
# spec; French and German seeds vs the English page they translate), what
# is missing and why, and how long an import takes. IMPORT.md records it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
reference="${1:-../shared/reference}"
swift build -c release --product apigen >/dev/null
apigen="$(swift build -c release --show-bin-path)/apigen"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

section() { printf '\n### %s\n\n' "$1"; }
compare() { "$apigen" import "$@" 2>/dev/null; }

section "Kaizala: draft of reference/kaizala/*.md vs schema/kaizala.json"
compare "$reference"/kaizala/*.md --name Kaizala --compare schema/kaizala.json
section "Callbell: draft of reference/callbell/*.md vs schema/callbell.json"
compare "$reference"/callbell/*.md --name Callbell --compare schema/callbell.json

# Seeds: the same page in English (today) and machine-translated (2018).
cp "$reference/seeds/000_fdef214249686db7.txt" "$work/messages.fr.md"
cp "$reference/seeds/001_6d5fe89ff7e90f72.txt" "$work/messages.de.md"
"$apigen" import "$reference/kaizala/messages.md" --output "$work/messages.en.json" 2>/dev/null || true
mkdir -p "$work/callbell-fr"
cp "$reference/seeds/003_c6bd773270f58ce3.txt" "$work/callbell-fr/post_send_messages.md"
cp -r "$reference/callbell/examples" "$work/callbell-fr/examples"
"$apigen" import "$reference/callbell/post_send_messages.md" --output "$work/send.en.json" 2>/dev/null || true
section "Seed 000 (French /messages, 2018) vs the English page today"
compare "$work/messages.fr.md" --compare "$work/messages.en.json" --misses
section "Seed 001 (German /messages, 2018) vs the English page today"
compare "$work/messages.de.md" --compare "$work/messages.en.json" --misses
section "Seed 003 (French POST /messages/send, older) vs the English page today"
compare "$work/callbell-fr/post_send_messages.md" --compare "$work/send.en.json" --misses

section "Time (release build, whole process, best of 5)"
for api in kaizala callbell; do
  best=""
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$apigen" import "$reference/$api"/*.md > "$work/$api.json" 2>/dev/null || true
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
  done
  echo "- $api: $(ls "$reference/$api"/*.md | wc -l) pages, $(cat "$reference/$api"/*.md | wc -c) bytes: ${best} ms"
done
