#!/usr/bin/env bash
# NoteAudit on Apache Spark gives the answers of one machine (Docs/Spark.md): makes the pinned
# PySpark environment (Scripts/setup.sh --spark), generates 2000 notes, and has
# Spark/test_partitioning.py compare `noteaudit audit --format jsonl` with the Spark job, field by
# field: the generated notes as read (nine splits) and in 1, 2 and 7 partitions, the bundled visits
# as JSON Lines, CSV and a folder of Parquet, bad records and a missing input, a child process
# killed mid-partition (the task is retried), and Scripts/spark-audit.sh with options for both
# steps.
#
#   Scripts/test-spark.sh [NOTEAUDIT-BINARY]
#
# Without a binary, builds the release noteaudit and noteaudit-bench; with one, uses the
# noteaudit-bench beside it. Spark's own log goes to a file, printed when a check fails. Prints a
# line per run and "N passed, M failed"; exits 1 when a run differs, 2 when the environment cannot
# be made.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -eq 0 ]]; then
  swift build -c release --product noteaudit >&2
  swift build -c release --product noteaudit-bench >&2
fi
noteaudit=$(cd "$(dirname "${1:-.build/release/noteaudit}")" && pwd)/noteaudit
Scripts/setup.sh --spark || exit 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$(dirname "$noteaudit")/noteaudit-bench" generate --count 2000 --seed 7 --out "$work/generated.jsonl" >/dev/null
export SPARK_LOCAL_IP=127.0.0.1
status=0
.build/spark-venv/bin/python Spark/test_partitioning.py "$noteaudit" "$work/generated.jsonl" "$work" \
  2>"$work/spark.log" || status=$?
if [[ $status -ne 0 ]]; then
  echo "--- Spark's log (the last 60 lines of $work/spark.log) ---"
  tail -60 "$work/spark.log"
fi
exit "$status"
