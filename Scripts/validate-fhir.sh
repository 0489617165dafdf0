#!/usr/bin/env bash
# Validates FHIR R4 input with a maintained FHIR model library: the test fixtures
# (Tests/FHIR/export, Tests/FHIR/bundle.json) and an export of generated notes written by
# `noteaudit-bench generate --format fhir`, with fhir.resources (pinned in
# Tests/FHIR/requirements.txt, installed into .build/fhir-venv on first use).
#
#   Scripts/validate-fhir.sh [NOTEAUDIT-BENCH-BINARY] [PATH...]
#
# With no PATH: the fixtures and 500 generated notes. Prints "N passed, M failed"; exits 1 when a
# resource is invalid, 2 when the virtual environment cannot be made.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=.build/debug/noteaudit-bench
if [[ $# -gt 0 && -x "$1" && ! -d "$1" ]]; then bench=$1; shift; fi
venv=.build/fhir-venv
requirements=Tests/FHIR/requirements.txt
if [[ ! -x "$venv/bin/python" ]] || ! cmp -s "$requirements" "$venv/requirements.txt"; then
  rm -rf "$venv"
  python3 -m venv "$venv" || { echo "validate-fhir: python3 -m venv failed (Scripts/setup.sh --browser installs python3-venv)" >&2; exit 2; }
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements" || { rm -rf "$venv"; exit 2; }
  cp "$requirements" "$venv/requirements.txt"
fi
paths=("$@")
if [[ ${#paths[@]} -eq 0 ]]; then
  [[ -x "$bench" ]] || swift build --product noteaudit-bench
  export_dir=$(mktemp -d)
  trap 'rm -rf "$export_dir"' EXIT
  "$bench" generate --count 500 --seed 7 --format fhir --out "$export_dir"
  paths=(Tests/FHIR/export Tests/FHIR/bundle.json "$export_dir")
fi
exec "$venv/bin/python" Tests/FHIR/validate.py "${paths[@]}"
