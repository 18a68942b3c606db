#!/usr/bin/env bash
# Make sure Debian's Chromium is there for the end-to-end tests; install it when we can.
set -euo pipefail
CHROMIUM="${GLOSS_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: installing Debian's chromium package (one time)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "ensure-chromium: Chromium is missing at $CHROMIUM. Fix: sudo apt-get install -y chromium (or set GLOSS_CHROMIUM=/path/to/chromium)" >&2
exit 1
