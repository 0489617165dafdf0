"""Scripts/test-spark.sh's checks: the Spark job gives `noteaudit audit`'s answers, whatever the
partitioning, through a killed child process, and through Scripts/spark-audit.sh.

    test_partitioning.py NOTEAUDIT-BINARY GENERATED.jsonl WORKDIR

Each case audits its inputs once with `noteaudit audit --format jsonl` and once (or more) with the
job, and compares, as parsed JSON, field by field: every note's report in input order, the batch
lines, the clone groups, the error lines and the exit status. All job runs share one SparkSession
(local[2,4]: two cores, a failed task tried up to four times), because starting Spark costs more
than auditing these notes. Prints one line per run and "N passed, M failed"; exits 1 on a mismatch.
"""

import glob
import io
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field

import pyarrow.json
import pyarrow.parquet
from pyspark.sql import SparkSession

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import noteaudit_spark as job  # noqa: E402

CHECKOUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(CHECKOUT, "SampleNotes", "batch")
#: Differences printed per run before the rest are only counted.
SHOWN_DIFFERENCES = 12


@dataclass
class Answers:
    """What an audit said: note reports in order, batch lines, clone groups, error lines, status."""

    notes: list
    batch: list
    groups: list
    errors: list
    status: int


@dataclass
class Case:
    """Inputs and audit options, run by the job once per partition count (None: the input's)."""

    name: str
    inputs: list
    options: list = field(default_factory=list)
    partitions: list = field(default_factory=lambda: [None])
    output_format: str = "jsonl"
    fault: bool = False
    #: Options of the job alone (not `audit`'s).
    job_options: list = field(default_factory=list)
    #: For Parquet, which `audit` does not read: (the JSON Lines file it was made from, the Parquet
    #: file); `audit` reads the first and its notes' `source` names the second.
    audited_as: tuple | None = None


def single_machine(binary, case, work):
    """`noteaudit audit INPUT... --format jsonl -q`: the answers the job must give."""
    report = os.path.join(work, f"{case.name}.single.jsonl")
    inputs = case.audited_as[:1] if case.audited_as else case.inputs
    run = subprocess.run(
        [binary, "audit", *inputs, "--format", "jsonl", "-o", report, "-q", *case.options],
        stderr=subprocess.PIPE,
        text=True,
    )
    with open(report, encoding="utf-8") as lines:
        objects = [json.loads(line) for line in lines]
    summary = objects[-1]["summary"]
    notes = [o for o in objects[:-1] if "batch" not in o]
    for note in notes if case.audited_as else []:
        note["source"] = note["source"].replace(*case.audited_as)
    return Answers(
        notes=notes,
        batch=[o for o in objects[:-1] if "batch" in o],
        groups=summary["clone_groups"],
        errors=run.stderr.splitlines(),
        status=run.returncode,
    )


def job_outputs(spark, outdir, output_format, errors, status):
    """The answers the job wrote under `outdir` (and printed on `errors`, and its status)."""
    if output_format == "jsonl":
        notes, batch, groups = (
            jsonl_folder(f"{outdir}/{name}") for name in ("notes", "batch_findings", "clone_groups")
        )
    else:
        notes = spark.read.parquet(f"{outdir}/notes").orderBy("row").collect()
        if any(note.id != json.loads(note.report)["id"] for note in notes):
            raise AssertionError(f"{outdir}/notes: an id column differs from its report's id")
        notes = [json.loads(note.report) for note in notes]
        batch = parquet_objects(spark, f"{outdir}/batch_findings", "batch")
        groups = parquet_objects(spark, f"{outdir}/clone_groups", "group")
    return Answers(notes, batch, groups, errors, status)


def parquet_objects(spark, folder, column):
    """The JSON objects of a one-file Parquet table's column, in file order."""
    return [json.loads(row[column]) for row in spark.read.parquet(folder).collect()]


def jsonl_folder(folder):
    """The objects of a folder's part files, in part order."""
    objects = []
    for part in sorted(glob.glob(f"{folder}/part-*")):
        with open(part, encoding="utf-8") as lines:
            objects += [json.loads(line) for line in lines]
    return objects


def differences(expected, got, path="$"):
    """Every leaf where two parsed JSON values differ, as (path, expected, got)."""
    if isinstance(expected, dict) and isinstance(got, dict):
        for key in list(expected) + [k for k in got if k not in expected]:
            yield from differences(
                expected.get(key, "<absent>"), got.get(key, "<absent>"), f"{path}.{key}"
            )
    elif isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        for index, (a, b) in enumerate(zip(expected, got)):
            yield from differences(a, b, f"{path}[{index}]")
    elif expected != got or type(expected) is not type(got):
        yield path, expected, got


def compare(expected, got):
    """The differences between two audits' answers, summarised for a reader."""
    found = []
    for part in ("notes", "batch", "groups", "errors"):
        a, b = getattr(expected, part), getattr(got, part)
        if len(a) != len(b):
            found.append(f"{part}: {len(a)} from audit, {len(b)} from Spark")
        else:
            found += [f"{part}{p[1:]}: audit {x!r}, Spark {y!r}" for p, x, y in differences(a, b)]
    if expected.status != got.status:
        found.append(f"exit status: audit {expected.status}, Spark {got.status}")
    return found


def run_job(spark, case, partitions, work):
    """One run of the job in this session; its answers and wall time."""
    outdir = os.path.join(work, f"{case.name}.spark-{partitions or 'input'}")
    argv = [
        "--output-format",
        case.output_format,
        *case.job_options,
        *case.options,
        *case.inputs,
        outdir,
    ]
    if partitions:
        argv[:0] = ["--partitions", str(partitions)]
    errors = io.StringIO()
    if case.fault:
        os.environ[job.FAULT_VARIABLE] = job.FAULT_KILL_ONCE
    started = time.monotonic()
    try:
        status = job.run(spark, job.parse_arguments(argv), errors)
    finally:
        os.environ.pop(job.FAULT_VARIABLE, None)
    elapsed = time.monotonic() - started
    if case.fault and not os.path.exists(os.path.join(outdir, ".fault-kill-once")):
        raise AssertionError("the fault was not injected: no child process was killed")
    return (
        job_outputs(spark, outdir, case.output_format, errors.getvalue().splitlines(), status),
        elapsed,
    )


def run_script(case, work):
    """Scripts/spark-audit.sh on the case, in its own Spark (the command line an operator types)."""
    outdir = os.path.join(work, f"{case.name}.script")
    started = time.monotonic()
    run = subprocess.run(
        [
            os.path.join(CHECKOUT, "Scripts", "spark-audit.sh"),
            "--output-format",
            case.output_format,
            *case.options,
            *case.inputs,
            outdir,
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    errors = [line for line in run.stderr.splitlines() if ": error: " in line]
    return outdir, errors, run.returncode, time.monotonic() - started


def bad_records(generated, work):
    """A JSON Lines file with the records `audit` skips or rejects among good ones: a byte order
    mark before the first, blank lines, a record without text, a line that is not JSON."""
    path = os.path.join(work, "bad.jsonl")
    with open(generated, encoding="utf-8") as source:
        good = [next(source) for _ in range(60)]
    with open(path, "w", encoding="utf-8") as out:
        out.write("\ufeff")
        out.writelines(good[:30])
        out.write("\n \t\r\n")
        out.write('{"id": "no-text", "txt": "a note"}\n')
        out.write("this is not JSON\n")
        out.write(good[30].rstrip("\n") + "\r\n")
        out.writelines(good[31:])
    return path


def parquet_copy(jsonl, folder):
    """A JSON Lines file as Parquet in `folder` (row groups of ten rows), written with pyarrow."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, os.path.basename(jsonl).replace(".jsonl", ".parquet"))
    pyarrow.parquet.write_table(pyarrow.json.read_json(jsonl), path, row_group_size=10)
    return path


def cases(generated, work):
    """The runs: partitionings of the generated notes, the bundled visits as JSON Lines and CSV, bad
    records and a missing input, a killed child, the visits as a folder of Parquet."""
    visits_jsonl, visits_csv = (
        os.path.join(SAMPLES, name) for name in ("visits.jsonl", "visits.csv")
    )
    return [
        Case("generated", [generated], partitions=[None]),
        Case(
            "generated-distributed",
            [generated],
            partitions=[1, 2, 7],
            job_options=["--clone-search", "distributed"],
        ),
        Case("visits-jsonl", [visits_jsonl], partitions=[2]),
        Case("visits-csv", [visits_csv], partitions=[3], output_format="parquet"),
        Case(
            "bad-records",
            [bad_records(generated, work), os.path.join(work, "missing.jsonl")],
            partitions=[2],
        ),
        Case("killed-child", [generated], partitions=[2], fault=True),
        Case(
            "visits-parquet",
            [os.path.join(work, "parquet")],
            partitions=[2],
            audited_as=(visits_jsonl, parquet_copy(visits_jsonl, os.path.join(work, "parquet"))),
        ),
    ]


def nights(generated, work, notes=300):
    """The first `notes` generated notes as two nights: the first half, then the second with the
    first night's last ten notes again (notes audited again, which match neither themselves nor
    others through the history)."""
    with open(generated, encoding="utf-8") as source:
        lines = [next(source) for _ in range(notes)]
    half = notes // 2
    paths = []
    for n, night in enumerate((lines[:half], lines[half - 10 : half] + lines[half:]), 1):
        paths.append(os.path.join(work, f"night{n}.jsonl"))
        with open(paths[-1], "w", encoding="utf-8") as out:
            out.writelines(night)
    return paths


def history_runs(spark, binary, generated, work):
    """Two nights through `audit --history FILE` and through the job with `--history DIR`, in each
    clone-search mode (the distributed one with ids keyed): the same answers each night, the second
    night's clones with first-night notes included. Returns each run's result."""
    results = []
    # A few notes a night: a few shuffle partitions keep the distributed search's forty-odd
    # stages short (the answers do not depend on them).
    shuffle = spark.conf.get("spark.sql.shuffle.partitions")
    spark.conf.set("spark.sql.shuffle.partitions", "4")
    for mode, ids in (("local", "plain"), ("distributed", "keyed")):
        store, table = (os.path.join(work, f"history-{mode}{suffix}") for suffix in (".db", ""))
        for n, night in enumerate(nights(generated, work), 1):
            name = f"history-{mode}-night{n}"
            audit = Case(name, [night], options=["--history", store, "--history-ids", ids])
            expected = single_machine(binary, audit, work)
            if n == 1:
                # The store's key for the table too: the same keyed values, and so the same names
                # of earlier notes where ids are keyed (`earlier note DATE #<keyed id>`).
                shutil.copy2(store + ".key", table + ".key")
            earlier = [m for o in expected.batch for m in o["batch"]["clones"] if m.get("earlier_run")]
            if n == 2 and not earlier:
                raise AssertionError(f"{name}: no clone of a first-night note to compare")
            job_case = Case(
                name,
                [night],
                options=["--history-ids", ids],
                job_options=["--clone-search", mode, "--history", table],
            )
            got, elapsed = run_job(spark, job_case, 2, work)
            label = f"{name}, 2 partitions ({len(earlier)} matches with earlier notes)"
            results.append(report(label, elapsed, compare(expected, got)))
    spark.conf.set("spark.sql.shuffle.partitions", shuffle)
    return results


def script_case():
    """The case run through Scripts/spark-audit.sh: options for both subcommands, Parquet out."""
    return Case(
        "script",
        [os.path.join(SAMPLES, "visits.jsonl"), os.path.join(SAMPLES, "visits.csv")],
        options=[
            "--fail-under",
            "strong",
            "--evidence-limit",
            "2",
            "--suggestions",
            "--include-text",
            "--clone-threshold",
            "0.9",
        ],
        output_format="parquet",
    )


def report(label, elapsed, found):
    """Prints one run's result; True when it matched."""
    if not found:
        print(f"PASS {label} ({elapsed:.1f} s)", flush=True)
        return True
    print(f"FAIL {label} ({elapsed:.1f} s): {len(found)} differences", flush=True)
    for line in found[:SHOWN_DIFFERENCES]:
        print(f"  {line[:400]}")
    if len(found) > SHOWN_DIFFERENCES:
        print(f"  … and {len(found) - SHOWN_DIFFERENCES} more")
    return False


def session():
    """One local Spark for every run: two cores, a failed task retried (up to four attempts), and
    input files cut into 256 KB splits, so that line numbers run on across splits (the
    generated file is nine) and the runs without --partitions map each split."""
    os.environ["PYSPARK_PYTHON"] = sys.executable
    log4j = os.path.join(CHECKOUT, "Spark", "log4j2.properties")
    return (
        SparkSession.builder.master("local[2,4]")
        .appName("noteaudit-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.files.maxPartitionBytes", str(256 << 10))
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{log4j}")
        .getOrCreate()
    )


def main(binary, generated, work):
    """Runs every case; the exit status: 0 when every run matched."""
    os.environ["NOTEAUDIT_BIN"] = binary
    started = time.monotonic()
    spark = session()
    spark.sparkContext.addPyFile(job.__file__)
    print(f"Spark session started ({time.monotonic() - started:.1f} s)", flush=True)
    # NOTEAUDIT_SPARK_CASES=history,generated runs only the cases whose names start so.
    chosen = os.environ.get("NOTEAUDIT_SPARK_CASES", "").split(",")

    def wanted(name):
        return any(name.startswith(prefix) for prefix in chosen)

    results = history_runs(spark, binary, generated, work) if wanted("history") else []
    for case in cases(generated, work):
        if not wanted(case.name):
            continue
        expected = single_machine(binary, case, work)
        for partitions in case.partitions:
            got, elapsed = run_job(spark, case, partitions, work)
            label = f"{case.name}, {partitions or 'input split'} partitions, {case.output_format}"
            results.append(report(label, elapsed, compare(expected, got)))
    case = script_case()
    if wanted(case.name):
        outdir, errors, status, elapsed = run_script(case, work)
        got = job_outputs(spark, outdir, case.output_format, errors, status)
        results.append(
            report(
                f"{case.name} (Scripts/spark-audit.sh)",
                elapsed,
                compare(single_machine(binary, case, work), got),
            )
        )
    spark.stop()
    print(
        f"{results.count(True)} passed, {results.count(False)} failed "
        f"({time.monotonic() - started:.0f} s)"
    )
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
