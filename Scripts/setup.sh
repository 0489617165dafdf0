#!/usr/bin/env bash
# Installs what NoteAudit needs beyond the Swift toolchain, only when it is missing:
# the SQLite headers (history store) and, with --browser, what the browser and editor tests drive:
# headless Chromium (HTML report, extension), chromium-driver (Selenium), Neovim (LSP client) and
# Python's venv (the pinned Selenium goes into .build/browser-venv, the pinned FHIR R4 validator
# fhir.resources into .build/fhir-venv, the pinned JSON Schema validator jsonschema into
# .build/schema-venv); with --spark, Java 17 (PySpark 4 needs it) and .build/spark-venv with the
# pinned PySpark of Spark/requirements.txt (Docs/Spark.md). Exits 2 when the venv cannot be made.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
if ! pkg-config --exists sqlite3 2>/dev/null && [ ! -f /usr/include/sqlite3.h ]; then need+=(libsqlite3-dev); fi
if [ "${1:-}" = "--browser" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
  command -v nvim >/dev/null 2>&1 || need+=(neovim)
  command -v python3 >/dev/null 2>&1 || need+=(python3)
  python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
fi
# The major version `java -version` reports: "17.0.15" → 17, the old style "1.8.0_402" → 8.
java_major() {
  java -version 2>&1 | sed -n 's/.*version "\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -1
}
if [ "${1:-}" = "--spark" ]; then
  command -v java >/dev/null 2>&1 && [ "$(java_major)" -ge 17 ] 2>/dev/null || need+=(openjdk-17-jre-headless)
  python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
fi
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
if [ "${1:-}" = "--spark" ]; then
  source Scripts/lib/venv.sh
  pinned_venv .build/spark-venv Spark/requirements.txt
fi
