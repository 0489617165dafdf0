#!/usr/bin/env bash
# Installs what NoteAudit needs beyond the Swift toolchain, only when it is missing:
# the SQLite headers (history store) and, with --browser, headless Chromium (HTML report test).
set -euo pipefail
need=()
if ! pkg-config --exists sqlite3 2>/dev/null && [ ! -f /usr/include/sqlite3.h ]; then need+=(libsqlite3-dev); fi
if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then need+=(chromium); fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(uname)" = "Darwin" ]; then
    echo "setup: please install: ${need[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
