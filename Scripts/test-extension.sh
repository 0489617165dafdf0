#!/usr/bin/env bash
# The browser extension in real headless Chromium: Selenium (pinned in
# Extensions/chromium/test/requirements.txt, installed into .build/browser-venv on first use)
# drives Debian's chromium and chromium-driver (Scripts/setup.sh --browser installs them).
#
#   Scripts/test-extension.sh [NOTEAUDIT-BINARY] [--screenshot Docs/images/extension.png]
#
# Exits 0 when the panel shows the weak note's missing minutes and then drops them once minutes
# are typed; prints "1 passed, 0 failed" (or the failure and "0 passed, 1 failed").
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/debug/noteaudit
if [[ $# -gt 0 && "$1" != --* ]]; then bin=$1; shift; fi
[[ -x "$bin" ]] || swift build --product noteaudit
source Scripts/lib/venv.sh
venv=.build/browser-venv
pinned_venv "$venv" Extensions/chromium/test/requirements.txt || exit 2
exec "$venv/bin/python" Extensions/chromium/test/extension_test.py --noteaudit "$bin" "$@"
