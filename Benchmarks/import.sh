#!/usr/bin/env bash
# How close `apigen import` gets to the specs a person wrote, on the docs of
# the two shipped APIs and on the machine-translated seed pages:
#   Benchmarks/import.sh [REFERENCE_DIR]      (default: ../shared/reference)
# Prints Markdown: precision and recall per element kind (draft vs shipped
# spec; French and German seeds vs the English page they translate), what
# is missing and why, the figures per API and family (operations, malformed
# paths, parameters, fields, samples kept or warned; also on the Microsoft
# Graph and Mautic pages), how long an import takes, and whether the Graph and Mautic drafts' compiled
# clients decode their pages' samples. IMPORT.md records it.
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

# Per API and family: what the import made of the pages (`apigen import PAGES --figures`), on the shipped APIs'
# pages and on two APIs of families the importer was not first built on (Microsoft Graph, Slate).
section "Figures per API and family (apigen import PAGES --figures)"
figures() {
  local api="$1"; shift
  "$apigen" import "$@" --figures 2>/dev/null | sed -n "${rows:-3}p" | sed "s/^/| $api /"
}
"$apigen" import "$reference"/kaizala/groups.md --figures 2>/dev/null | sed -n 1p | sed 's/^/| API /'
"$apigen" import "$reference"/kaizala/groups.md --figures 2>/dev/null | sed -n 2p | sed 's/^/|---/'
figures Kaizala "$reference"/kaizala/*.md
figures Callbell "$reference"/callbell/*.md
if [ -d "$reference/msgraph-calendar" ]; then
  figures "Microsoft Graph calendar" "$reference"/msgraph-calendar/api/*.md "$reference"/msgraph-calendar/resources/*.md
fi
if [ -d "$reference/mautic-rest-slate" ]; then
  figures "Mautic" "$reference"/mautic-rest-slate/index.md "$reference"/mautic-rest-slate/includes/*.md
fi

section "Time (release build, whole process, best of 5)"
for api in kaizala callbell msgraph-calendar mautic-rest-slate; do
  [ -d "$reference/$api" ] || continue
  pages=$(find "$reference/$api" -name '*.md' ! -name SOURCES.md ! -path '*/examples/*' | sort)
  best=""
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    "$apigen" import $pages > "$work/$api.json" 2>/dev/null || true
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
  done
  # shellcheck disable=SC2086
  echo "- $api: $(echo "$pages" | wc -l) pages, $(cat $pages | wc -c) bytes: ${best} ms"
done

# The drafts' own clients on the pages' samples: each draft is compiled with a harness that decodes every
# response sample and encodes it back (`Benchmarks/fuzz.sh --run --spec`); failures are named, sample by sample.
section "Drafts' clients on the pages' samples (Benchmarks/fuzz.sh --run --spec DRAFT)"
for api in msgraph-calendar mautic-rest-slate; do
  [ -d "$reference/$api" ] || continue
  pages=$(find "$reference/$api" -name '*.md' ! -name SOURCES.md | sort)
  # shellcheck disable=SC2086
  "$apigen" import $pages --output "$work/$api-draft.json" 2>/dev/null || true
  Benchmarks/fuzz.sh --run --spec "$work/$api-draft.json" 2>&1 | sed "s|$work/||" | cut -c1-240 | sed 's/^/    /' || true
done
