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
# PySpark) and installs Java 17 when missing (Scripts/setup.sh --spark), and the JVM's class archive
# .build/spark-classes.jsa on the first run (about a minute).
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
java_options="-Dlog4j2.configurationFile=file:$root/Spark/log4j2.properties $jit"
submit=("$venv/bin/spark-submit" --master "${NOTEAUDIT_SPARK_MASTER:-local[*]}"
  --driver-memory "${NOTEAUDIT_SPARK_DRIVER_MEMORY:-4g}"
  --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false)
# Class data sharing: the JVM maps the classes Spark loads (some thousands) from an archive instead
# of reading, verifying and linking them from the jars on every run: about 3 s and 3 CPU-s of a
# run's start (BENCHMARKS.md, "Spark", branch spark-speed2). The archive is made once, by a run
# over the sample visits, for this JVM and these pinned packages (the stamp beside it); with a JVM
# that cannot make one (it fails at once on the option), runs go without.
archive=$root/.build/spark-classes.jsa
stamp="$(java -version 2>&1 | head -1) $(cksum <"$root/Spark/requirements.txt")"
if [[ ! -f $archive.stamp || $(cat "$archive.stamp") != "$stamp" ]]; then
  echo "spark-audit: making $archive (the JVM's classes for Spark, once)" >&2
  scratch=$(mktemp -d)
  "${submit[@]}" \
    --driver-java-options "$java_options -XX:ArchiveClassesAtExit=$scratch/classes.jsa" \
    "$root/Spark/noteaudit_spark.py" --clone-search local "$root/SampleNotes/batch/visits.jsonl" \
    "$scratch/out" >/dev/null 2>&1 || true
  rm -f "$archive"
  if [[ -f $scratch/classes.jsa ]]; then
    mv "$scratch/classes.jsa" "$archive"
    echo "$stamp" >"$archive.stamp"
  fi
  rm -rf "$scratch"
fi
if [[ -f $archive ]]; then java_options+=" -XX:SharedArchiveFile=$archive"; fi
exec "${submit[@]}" --driver-java-options "$java_options" "$root/Spark/noteaudit_spark.py" "$@"
