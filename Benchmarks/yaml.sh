#!/usr/bin/env bash
# How long the YAML reader takes to read the corpus's large OpenAPI documents (release build, the text already in
# memory, median and minimum of RUNS reads each):
#   Benchmarks/yaml.sh [RUNS] [SHARED_DIR]      (defaults: 10, ../shared)
# BENCHMARKS.md records it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="$PATH:/opt/swift/usr/bin"
runs="${1:-10}"
shared="${2:-../shared}"
swift build -c release --product yaml-to-json >/dev/null
"$(swift build -c release --show-bin-path)/yaml-to-json" --time "$runs" \
    "$shared/openapi/stripe/spec3.yaml" "$shared/openapi/github/api.github.com.yaml" \
    "$shared/openapi/twilio/twilio_api_v2010.yaml"
