#!/usr/bin/env bash
# Make sure a Chromium for the browser test (tests/test_browser.py) is on PATH.
# Idempotent and quiet: does nothing when `chromium` is already there; otherwise
# installs Debian's package with apt-get (as root, or through sudo when available).
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium: no chromium and no apt-get; install Chromium by hand" \
        "(the browser test needs a 'chromium' executable on PATH)" >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo -n)
else
    echo "ensure_chromium: chromium is missing and installing it needs root;" \
        "run: apt-get install -y chromium" >&2
    exit 1
fi

echo "ensure_chromium: installing chromium with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq chromium; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    rm -f "$log"
    echo "ensure_chromium: apt-get failed (see above)" >&2
    exit 1
fi
rm -f "$log"
command -v chromium >/dev/null 2>&1
