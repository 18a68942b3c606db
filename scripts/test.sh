#!/usr/bin/env bash
# All of Gloss's tests: types, unit and golden tests, data checks, both builds, Firefox lint, e2e in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
step() { printf '\n== %s\n' "$1"; }
step "type check";          npx tsc --noEmit -p .
step "unit + golden tests"; npx vitest run
step "build (chrome-mv3, firefox-mv2)"; npm run --silent build >/dev/null
step "web-ext lint (firefox)"; npm run --silent lint:firefox
step "chromium";            bash scripts/ensure-chromium.sh
step "end-to-end (Chromium)"; npx vitest run --config tests/e2e/vitest.config.ts
