#!/usr/bin/env bash
# `noteaudit audit` on Apache Spark in local mode (Docs/Spark.md): the same reports, batch findings
# and clone groups as one machine, written under OUTDIR.
#
#   Scripts/spark-audit.sh [--output-format parquet|jsonl] [--partitions N] [--clone-search auto|local|distributed]
#                          [--history DIR [--history-ids plain|keyed]] [audit options] INPUT... OUTDIR
#
# audit options: --config FILE, --lexicons DIR, --fail-under X, --units-method M, --max-note-bytes N,
# --evidence-limit N, --evidence-context, --suggestions, --clone-threshold T, --no-clones.
# Uses $NOTEAUDIT_BIN (default: .build/release/noteaudit) and the master $NOTEAUDIT_SPARK_MASTER
# (default local[*]; local[2,4] lets a failed task be retried), $NOTEAUDIT_SPARK_DRIVER_MEMORY (4g),
# NOTEAUDIT_SPARK_TIMINGS=1 for phase times. Makes .build/spark-venv (pinned
# PySpark) and installs Java 17 when missing (Scripts/setup.sh --spark).
# Exit status as audit's: 0, 1 (a note under the pass mark), 2 (usage), 3 (unreadable input); 4 when
# the job failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/Scripts/setup.sh" --spark
venv=$root/.build/spark-venv
export PYSPARK_PYTHON=$venv/bin/python PYSPARK_DRIVER_PYTHON=$venv/bin/python
# Spark's own sockets (driver, block manager) stay on this machine, and there is no web UI.
export SPARK_LOCAL_IP=127.0.0.1
# Local mode runs every task in the driver's JVM: Spark's default 1 GB is too little for the clone
# search's joins past about 100,000 notes. With the clone search on the driver
# (`--clone-search local`) the JVM mostly moves bytes for a short run, and compiles with C1 only:
# C2 compiling Spark's generated code took a fifth of the CPU of a 200,000-note run on two cores,
# more than it saved. The distributed search's joins run long enough to need C2 (BENCHMARKS.md,
# "Spark").
jit=""
for ((i = 1; i < $#; i++)); do
  if [[ ${!i} == --clone-search=local || (${!i} == --clone-search && ${*:i+1:1} == local) ]]; then
    jit=-XX:TieredStopAtLevel=1
  fi
done
exec "$venv/bin/spark-submit" --master "${NOTEAUDIT_SPARK_MASTER:-local[*]}" \
  --driver-memory "${NOTEAUDIT_SPARK_DRIVER_MEMORY:-4g}" \
  --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
  --driver-java-options "-Dlog4j2.configurationFile=file:$root/Spark/log4j2.properties $jit" \
  "$root/Spark/noteaudit_spark.py" "$@"
