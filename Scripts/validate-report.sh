#!/usr/bin/env bash
# Validates NoteAudit's JSON and JSON Lines reports against Docs/noteaudit-3.schema.json with the
# jsonschema package (pinned in Tests/Schema/requirements.txt, installed into .build/schema-venv on
# first use): the bundled sample notes and 500 generated notes (clones, visit sequences, a bad
# record), with the default options and with every option that adds fields.
#
#   Scripts/validate-report.sh [NOTEAUDIT-BINARY]
#
# The noteaudit-bench beside the binary writes the generated notes. Prints "N passed, M failed";
# exits 1 when a report does not follow the schema, 2 when the virtual environment cannot be made.
set -euo pipefail
cd "$(dirname "$0")/.."
noteaudit=${1:-.build/debug/noteaudit}
bench=$(dirname "$noteaudit")/noteaudit-bench
source Scripts/lib/venv.sh
venv=.build/schema-venv
pinned_venv "$venv" Tests/Schema/requirements.txt || exit 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bench" generate --count 500 --seed 3 --out "$work/generated.jsonl" >/dev/null
echo '{"id": "bad", "txt": "no text field"}' >>"$work/generated.jsonl"
reports=()
variant=0
for options in "" "--evidence-context --evidence-limit 0 --suggestions --include-text" "--redact --evidence-context"; do
  variant=$((variant + 1))
  for input in SampleNotes "$work/generated.jsonl"; do
    for format in json jsonl; do
      out="$work/report-$variant-$(basename "$input" .jsonl).$format"
      # Exit status 1 (a note below the pass mark) and 3 (the bad record) are expected here.
      "$noteaudit" audit "$input" --format "$format" -q -o "$out" $options 2>/dev/null || [[ $? -le 3 ]]
      reports+=("$out")
    done
  done
done
exec "$venv/bin/python" Tests/Schema/validate.py Docs/noteaudit-3.schema.json "${reports[@]}"
