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
source Scripts/lib/venv.sh
venv=.build/fhir-venv
pinned_venv "$venv" Tests/FHIR/requirements.txt || exit 2
paths=("$@")
if [[ ${#paths[@]} -eq 0 ]]; then
  [[ -x "$bench" ]] || swift build --product noteaudit-bench
  export_dir=$(mktemp -d)
  trap 'rm -rf "$export_dir"' EXIT
  "$bench" generate --count 500 --seed 7 --format fhir --out "$export_dir"
  paths=(Tests/FHIR/export Tests/FHIR/bundle.json "$export_dir")
fi
exec "$venv/bin/python" Tests/FHIR/validate.py "${paths[@]}"
