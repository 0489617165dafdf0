"""NoteAudit on Apache Spark: `noteaudit audit` for more notes than one machine holds.

The Swift tool keeps every decision; Spark only moves data (Docs/Spark.md, Docs/ShardProtocol.md):

1. Read the inputs (JSON Lines, CSV, Parquet) into envelopes: one JSON line per record naming its
   position in `audit`'s input order (`row`), its file and line, and the record itself.
2. The map step: each partition's envelopes go through ONE `noteaudit shard analyze` process,
   which answers each with the note's `audit --format jsonl` line and its opaque `facts`, or with
   an error line.
3. The batch step: every note's facts go through ONE `noteaudit shard batch` process (clones, visit
   sequences), which answers with `audit`'s batch lines and clone groups.

Run it with `Scripts/spark-audit.sh` (local) or `spark-submit` (cluster):

    spark-submit noteaudit_spark.py [--output-format parquet|jsonl] [--partitions N]
                 [audit options] INPUT... OUTDIR

Exit status as `noteaudit audit`: 0 every note passes, 1 some note is under the pass mark, 2 usage,
3 some input could not be read (3 wins over 1); and 4 when the job itself failed (a task out of
retries, the batch step's process failing), when nothing under OUTDIR can be trusted.
"""

import argparse
import collections
import csv
import heapq
import io
import itertools
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter

import pyarrow as pa
from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.pandas.types import to_arrow_schema
from pyspark.sql.types import StructType

import clone_search
import history_table

EXIT_PASSING, EXIT_FAILING, EXIT_USAGE, EXIT_INPUT_ERRORS, EXIT_JOB_FAILED = 0, 1, 2, 3, 4

#: A row number is the file's ordinal among all inputs, shifted, with its line (or record) number:
#: increasing in `audit`'s input order, as `shard batch` needs; 2^40 lines in each of 2^23 files.
FILE_SHIFT = 40

#: Where `--archives noteaudit-executor.tar.gz#noteaudit` unpacks the executor binary.
SHIPPED_BINARY = os.path.join("noteaudit", "bin", "noteaudit")

#: The fault injection of Scripts/test-spark.sh: kill one task's child process mid-partition, once.
FAULT_VARIABLE, FAULT_KILL_ONCE = "NOTEAUDIT_SPARK_FAULT", "kill-once"

ENVELOPE_SCHEMA = "row long, envelope string"
ANALYZED_SCHEMA = (
    "row long, id string, passes boolean, report string, facts string, error string,"
    " patient string, clinic string, provider string"
)
#: Up to this many notes `--clone-search auto` searches clones in one process on the driver: the
#: facts of 100,000 notes are about 110 MB there, and the distributed search's fixed cost (some forty
#: Spark stages) is worth paying only when one process would be the bottleneck.
LOCAL_CLONE_SEARCH_NOTES = 100_000

#: Rows per Arrow batch a map task hands back: small enough that a batch of reports stays a few MB.
ANSWER_BATCH_ROWS = 1024

#: The `audit` options that change what the Swift tool decides (Docs/ShardProtocol.md): (flag,
#: short flag, its value's name or None for a switch, repeatable). Both steps get them all, as the
#: protocol asks, so each sees the options of the one-machine run it stands for.
PASSED_THROUGH = [
    ("--config", "-c", "FILE", False),
    ("--lexicons", "-l", "DIR", True),
    ("--fail-under", None, "MARK", False),
    ("--units-method", None, "METHOD", False),
    ("--max-note-bytes", None, "N", False),
    ("--evidence-limit", None, "N", False),
    ("--evidence-context", None, None, False),
    ("--suggestions", None, None, False),
    ("--include-text", None, None, False),
    ("--redact", None, None, False),
    ("--workers", "-j", "N", False),
    ("--clone-threshold", None, "T", False),
    ("--no-clones", None, None, False),
]

TEXT_INPUT_FORMAT = "org.apache.hadoop.mapreduce.lib.input.TextInputFormat"
BOM = "\ufeff"
KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


class JobFailed(Exception):
    """The job cannot finish with answers `audit` would give: exit status 4."""


class UsageError(Exception):
    """An input or option the job cannot take: exit status 2, before any task runs."""


# --- Arguments -----------------------------------------------------------------------------------


def parse_arguments(argv):
    """Reads the command line; argparse exits 2 on a usage error, as `noteaudit` does."""
    parser = argparse.ArgumentParser(
        prog="noteaudit_spark",
        usage="%(prog)s [--output-format parquet|jsonl] [--partitions N] [--clone-search MODE] "
        "[audit options] "
        "INPUT... OUTDIR",
        description="noteaudit audit on Apache Spark: the same per-note reports, batch findings "
        "and clone groups, written under OUTDIR (Docs/Spark.md). The audit options are those of "
        "`noteaudit audit --help`.",
    )
    parser.add_argument("--output-format", choices=["parquet", "jsonl"], default="parquet")
    parser.add_argument(
        "--partitions",
        type=positive_int,
        metavar="N",
        help="map tasks (default: the input's splits)",
    )
    parser.add_argument(
        "--clone-search",
        choices=["auto", "local", "distributed"],
        default="auto",
        help="where the clone search runs: in one process on the driver ('local', as `audit`), "
        f"distributed over the cluster, or 'auto': local up to {LOCAL_CLONE_SEARCH_NOTES:,} notes "
        "(the same answers either way)",
    )
    parser.add_argument(
        "--history",
        metavar="DIR",
        help="check tonight's notes against earlier nights' in this history table (Parquet, keyed "
        "fingerprints, no text; its key beside it as DIR.key) and append tonight's once the run "
        "succeeded, as `noteaudit audit --history FILE` does with its SQLite store",
    )
    parser.add_argument(
        "--history-ids",
        choices=["plain", "keyed"],
        help="how the history table keeps note ids from now on (as `audit --history-ids`)",
    )
    for flag, short, value, repeatable in PASSED_THROUGH:
        names = [flag, short] if short else [flag]
        if value is None:
            parser.add_argument(*names, action="store_true")
        else:
            parser.add_argument(*names, metavar=value, action="append" if repeatable else "store")
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="the inputs, then the output folder"
    )
    args = parser.parse_args(argv)
    if len(args.paths) < 2:
        parser.error("give the inputs and then the output folder")
    args.inputs, args.outdir = args.paths[:-1], args.paths[-1]
    if args.history_ids and not args.history:
        parser.error("--history-ids needs --history DIR")
    if args.history and args.no_clones:
        parser.error("--history needs clone detection (drop --no-clones)")
    return args


def positive_int(text):
    """argparse's reader of `--partitions`."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def kind_of(path):
    """The input kind a file name implies (any case), or None."""
    lower = path.lower()
    return next((kind for suffix, kind in KINDS.items() if lower.endswith(suffix)), None)


def explicit_configuration(args):
    """`audit` reads `.noteaudit.json` from its working directory; executors have another one, so
    the driver's file is named explicitly (by absolute path) to both steps."""
    if args.config is None and os.path.isfile(".noteaudit.json"):
        args.config = os.path.abspath(".noteaudit.json")


def audit_options(args):
    """The passed-through options given, as arguments of `noteaudit shard`."""
    options = []
    for flag, _, value_name, repeatable in PASSED_THROUGH:
        value = getattr(args, flag[2:].replace("-", "_"))
        if value in (None, False):
            continue
        if value_name is None:
            options.append(flag)
        else:
            for item in value if repeatable else [value]:
                options += [flag, item]
    return options


# --- The noteaudit binary ------------------------------------------------------------------------


def driver_binary():
    """The binary the driver runs (the batch step): `$NOTEAUDIT_BIN`, the shipped archive when the
    driver runs in the cluster, else this checkout's release build."""
    if os.environ.get("NOTEAUDIT_BIN"):
        return os.path.abspath(os.environ["NOTEAUDIT_BIN"])
    checkout = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return shipped_binary() or os.path.join(checkout, ".build", "release", "noteaudit")


def executor_binary(driver_choice):
    """The binary an executor runs: the shipped archive's when there is one (a cluster), else the
    driver's (local mode, where driver and executors share a machine)."""
    return shipped_binary() or driver_choice


def shipped_binary():
    """`--archives noteaudit-executor.tar.gz#noteaudit` unpacks into the executor's working
    directory on a cluster and into SparkFiles' directory in local mode; either, when present."""
    for root in (os.getcwd(), SparkFiles.getRootDirectory()):
        candidate = os.path.join(root, SHIPPED_BINARY)
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def options_rejected(command):
    """Lets the Swift tool judge the options once on the driver (a bad `--fail-under`, a missing
    `--config`; its message on stderr), so a usage error is exit status 2 before any task runs, not
    every task failing on every retry."""
    return subprocess.run(command, input=b"", stdout=subprocess.DEVNULL, env=os.environ).returncode


# --- Child processes -----------------------------------------------------------------------------


class Shard:
    """One `noteaudit shard` process: a thread writes its stdin while the caller reads its stdout,
    so neither side can fill a pipe and wait for the other. Its stderr is inherited: on an executor
    it lands in the executor's log."""

    def __init__(self, command, lines):
        keys, self.command = [], []
        for arg in command:
            if isinstance(arg, history_table.KeyPipe):
                # The history key through a pipe the child reads as a file: the pipe buffer holds
                # the 32 bytes, so the write cannot block.
                read, write = os.pipe()
                os.write(write, arg.secret)
                os.close(write)
                keys.append(read)
                arg = f"/dev/fd/{read}"
            self.command.append(arg)
        try:
            self.child = subprocess.Popen(
                self.command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=os.environ,
                pass_fds=keys,
            )
        finally:
            for read in keys:
                os.close(read)
        self.feed_error = None
        self.feeder = threading.Thread(target=self._feed, args=(lines,), daemon=True)
        self.feeder.start()

    def _feed(self, lines):
        """Writes every line, then closes stdin (also when the lines fail, so the child ends and the
        reader is not left waiting); remembers what went wrong for `finish`."""
        try:
            for line in lines:
                self.child.stdin.write(line.encode("utf-8") + b"\n")
        except BaseException as error:  # noqa: BLE001 - handed to the reading thread
            self.feed_error = error
        try:
            self.child.stdin.close()
        except BrokenPipeError:
            pass  # the child is gone: `finish` reports its status

    def answers(self):
        """The child's stdout, one decoded line at a time."""
        for line in self.child.stdout:
            yield line.decode("utf-8").rstrip("\n")

    def finish(self):
        """Raises unless the child read everything and exited 0."""
        self.feeder.join()
        status = self.child.wait()
        if status != 0:
            how = f"was killed by signal {-status}" if status < 0 else f"exited {status}"
            raise JobFailed(f"{' '.join(self.command[:3])} {how}")
        if self.feed_error is not None:
            raise self.feed_error

    def stop(self):
        """Ends the child if it still runs (a failed or abandoned task) and waits for both."""
        if self.child.poll() is None:
            self.child.kill()
        self.child.wait()
        self.feeder.join()
        self.child.stdout.close()

    def kill(self):
        """Kills the child as a crashing process would die (the fault test)."""
        self.child.kill()


# --- The map step --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PipeStep:
    """A map task's child process: its command line, how a row (a dict) becomes an input line and
    an answer line a dict of the Arrow schema's fields, and what is checked."""

    command: list
    line_of: Callable
    schema: pa.Schema
    parse: Callable
    answers_each_row: bool
    fault_marker: str | None


def pipe(frame, command, line_of, schema, parse, answers_each_row=False, fault_marker=None):
    """`frame` through one `command` process per partition (mapInArrow), as `schema` (DDL) rows.

    A child that dies or exits nonzero raises, so Spark fails the task and retries it. With
    `answers_each_row`, every row must also get exactly one answer carrying its `row`, in order:
    a partition is never kept with rows missing. The map step is such a pipe; the distributed
    clone search's steps are others (Spark/clone_search.py).
    """
    struct = StructType.fromDDL(schema)
    step = PipeStep(
        command, line_of, to_arrow_schema(struct), parse, answers_each_row, fault_marker
    )
    return frame.mapInArrow(lambda batches: pipe_partition(batches, step), struct)


def pipe_partition(batches, step):
    """One partition through one child process (see `pipe`)."""
    sent = collections.deque()
    command = executor_command(step.command)
    shard = Shard(command, input_lines(batches, step, sent))
    try:
        yield from answer_batches(shard, step, sent)
        shard.finish()
        if sent:
            raise JobFailed(f"{' '.join(command[1:3])} answered {len(sent)} rows short")
    finally:
        shard.stop()


def executor_command(command):
    """A command line as an executor runs it: its binary, and each argument naming a file shipped
    to the executors (one with `resolve`, such as clone_search's batch context) as its path there.
    """
    arguments = (arg.resolve() if hasattr(arg, "resolve") else arg for arg in command[1:])
    return [executor_binary(command[0]), *arguments]


def input_lines(batches, step, sent):
    """The input lines of Arrow batches' rows; each row noted in `sent` before the child can answer
    it, when each row must be answered."""
    for batch in batches:
        for row in batch.to_pylist():
            if step.answers_each_row:
                sent.append(row["row"])
            yield step.line_of(row)


def answer_batches(shard, step, sent):
    """The child's answers as Arrow batches; each checked to answer the next row sent, when each
    row must be answered."""
    columns = {name: [] for name in step.schema.names}
    for count, line in enumerate(shard.answers(), 1):
        answer = step.parse(line)
        if step.answers_each_row:
            expected = sent.popleft() if sent else None
            if answer.get("row") != expected:
                raise JobFailed(
                    f"{shard.command[2]} answered row {answer.get('row')} for {expected}"
                )
        for name, values in columns.items():
            values.append(answer.get(name))
        if step.fault_marker and count == 1:
            kill_once(shard, step.fault_marker)
        if count % ANSWER_BATCH_ROWS == 0:
            yield pa.RecordBatch.from_pydict(columns, schema=step.schema)
            columns = {name: [] for name in step.schema.names}
    if any(columns.values()):  # the columns are as long as one another: rows are left
        yield pa.RecordBatch.from_pydict(columns, schema=step.schema)


def kill_once(shard, marker):
    """Kills this task's child unless another attempt already did: the marker file is created
    exclusively, so only the first task to get here dies and its retry runs clean."""
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return
    shard.kill()


def analyzed_notes(envelopes, command, fault_marker):
    """Every record's answer (note or error) with its row: the map step, kept (memory, then disk) so
    the outputs and the batch step read it without running the children again."""
    analyzed = pipe(
        envelopes,
        command,
        itemgetter("envelope"),
        ANALYZED_SCHEMA,
        json.loads,
        answers_each_row=True,
        fault_marker=fault_marker,
    )
    return analyzed.persist(StorageLevel.MEMORY_AND_DISK)


# --- Inputs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InputFile:
    """One file to read: `uri` for Spark, `name` as the user gave it (what messages name)."""

    ordinal: int
    uri: str
    name: str
    kind: str


def input_files(spark, paths):
    """The files of the inputs in `audit`'s order, and the inputs that cannot be opened as (row,
    `audit`'s error line), in that order too."""
    files, unreadable = [], []
    for ordinal, (name, uri) in enumerate(input_paths(spark, paths)):
        if uri is None:
            message = f"{name}: error: cannot open: No such file or directory"
            unreadable.append((row_number(ordinal, 0), message))
        else:
            files.append(InputFile(ordinal, uri, name, kind_of(name)))
    return files, unreadable


def input_paths(spark, paths):
    """(name, uri) of every input file: arguments in order, a folder's files sorted by path, each
    named as the user gave it (a folder's files under the folder's name); uri None when missing."""
    hadoop = spark.sparkContext._jvm.org.apache.hadoop.fs
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    for given in paths:
        path = hadoop.Path(given)
        fs = path.getFileSystem(conf)
        if not fs.exists(path):
            yield given, None
        elif fs.getFileStatus(path).isDirectory():
            for uri, relative in folder_files(fs, fs.makeQualified(path)):
                yield given.rstrip("/") + "/" + relative, uri
        elif kind_of(given) is None:
            raise UsageError(f"{given}: not a .jsonl, .ndjson, .csv or .parquet file, nor a folder")
        else:
            yield given, fs.makeQualified(path).toString()


def folder_files(fs, folder):
    """A folder's input files (recursively; hidden ones and Spark's `_SUCCESS` skipped) as (uri,
    path relative to the folder), sorted by that path."""
    prefix = folder.toString().rstrip("/") + "/"
    found, listing = [], fs.listFiles(folder, True)
    while listing.hasNext():
        uri = listing.next().getPath().toString()
        relative = uri[len(prefix) :]
        hidden = any(part.startswith((".", "_")) for part in relative.split("/"))
        if not hidden and kind_of(relative):
            found.append((uri, relative))
    return sorted(found, key=lambda item: item[1].encode("utf-8"))


def row_number(ordinal, line):
    """A record's row: see FILE_SHIFT."""
    return (ordinal << FILE_SHIFT) | line


def envelope(ordinal, source, line, **record):
    """One envelope line: `record` (the JSON text of a record) or `fields` (a CSV row)."""
    return json.dumps(
        {"row": row_number(ordinal, line), "source": source, "line": line, **record},
        ensure_ascii=False,
    )


def jsonl_envelopes(spark, file):
    """A JSON Lines file's envelopes with their line numbers. Lines end at LF only, as `audit` reads
    them (Hadoop's default also splits at a lone CR); blank lines (spaces, tabs, CRs) are skipped as
    `audit` skips them, without an answer."""
    ordinal, name = file.ordinal, file.name
    mark = BOM if starts_with_bom(spark, file.uri) else ""
    lines = spark.sparkContext.newAPIHadoopFile(
        file.uri,
        TEXT_INPUT_FORMAT,
        "org.apache.hadoop.io.LongWritable",
        "org.apache.hadoop.io.Text",
        conf={"textinputformat.record.delimiter": "\n"},
    ).values()
    return (
        lines.zipWithIndex()
        .map(
            lambda numbered: (mark + numbered[0] if numbered[1] == 0 else numbered[0], numbered[1])
        )
        .filter(lambda numbered: numbered[0].strip(" \t\r"))
        .map(lambda numbered: line_envelope(ordinal, name, numbered[1] + 1, numbered[0]))
    )


def starts_with_bom(spark, uri):
    """Whether a file starts with a UTF-8 byte order mark. Hadoop's line reader drops it; `audit`
    reads it as part of the first line (and rejects that record), so the job puts it back."""
    path = spark.sparkContext._jvm.org.apache.hadoop.fs.Path(uri)
    stream = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).open(path)
    try:
        return [stream.read() for _ in BOM.encode("utf-8")] == list(BOM.encode("utf-8"))
    finally:
        stream.close()


def line_envelope(ordinal, name, line, text):
    """(row, envelope) of one record's JSON text."""
    return row_number(ordinal, line), envelope(ordinal, name, line, record=text)


def csv_envelopes(spark, file):
    """A CSV file's envelopes, parsed whole by one task so each record keeps the physical line it
    starts on (quoted cells span lines), which `audit` writes in every note's `source`."""
    ordinal, name = file.ordinal, file.name
    return spark.sparkContext.binaryFiles(file.uri).flatMap(
        lambda item: csv_records(item[1], ordinal, name)
    )


def csv_records(data, ordinal, name):
    """(row, envelope) of each CSV record: RFC 4180 quoting, a header row, LF or CRLF line ends, a
    leading BOM skipped, blank lines skipped; the first of two columns with one header wins."""
    csv.field_size_limit(sys.maxsize)
    text = data.decode("utf-8", errors="replace").removeprefix(BOM)
    reader = csv.reader(io.StringIO(text, newline="\n"))
    header = None
    while True:
        start = reader.line_num + 1
        cells = next(reader, None)
        if cells is None:
            return
        if not cells:
            continue
        if header is None:
            header = cells
            continue
        fields = {}
        for column, cell in zip(header, cells):
            fields.setdefault(column, cell)
        yield row_number(ordinal, start), envelope(ordinal, name, start, fields=fields)


def parquet_envelopes(spark, file):
    """A Parquet file's envelopes: each row's columns as a JSON record, numbered 1, 2, … in file
    order."""
    ordinal, name = file.ordinal, file.name
    records = spark.read.parquet(file.uri).select(F.to_json(F.struct("*")).alias("record"))
    return (
        records.rdd.map(lambda row: row.record)
        .zipWithIndex()
        .map(lambda numbered: line_envelope(ordinal, name, numbered[1] + 1, numbered[0]))
    )


READERS = {"jsonl": jsonl_envelopes, "csv": csv_envelopes, "parquet": parquet_envelopes}


def envelope_frame(spark, files, partitions):
    """Every record's envelope as (row, envelope), in `partitions` partitions (hashed on row) when
    asked, else as the files split."""
    rdds = [READERS[file.kind](spark, file) for file in files]
    frame = spark.createDataFrame(
        spark.sparkContext.union(rdds) if rdds else spark.sparkContext.emptyRDD(), ENVELOPE_SCHEMA
    )
    return frame.repartition(partitions, "row") if partitions else frame


# --- The batch step ------------------------------------------------------------------------------


def run_batch_step(spark, notes, step, clone_search_mode, history=None):
    """The checks that need every note at once. The clone search runs distributed
    (Spark/clone_search.py) with the visit sequences in one `shard batch --no-clones` process on the
    driver (about 40 bytes a dated note); or, local, both in one `shard batch` process on the driver,
    as `audit` runs them. Returns the batch lines, sorted by id as `audit` writes them, and the clone
    group lines, in group order, and with a history table (`history_table.Table`), tonight's
    rows for it: (notes, templates) DataFrames.

    A distributed search's batch line joins a note's clone matches and findings to its visit
    findings, visit findings first, as `audit` lists them; every piece is the Swift tool's own JSON
    text."""
    plan = json.loads(driver_step(step("plan"), [])[0])
    distributed = plan["clones"] and (
        clone_search_mode == "distributed"
        or (clone_search_mode == "auto" and notes.count() > LOCAL_CLONE_SEARCH_NOTES)
    )
    facts = notes.select("row", "facts").toLocalIterator()
    keyed = history.options() if history and not distributed else []
    earlier = history.lines(spark) if keyed else []
    lines = driver_step(
        step("batch", *(["--no-clones"] if distributed else keyed)),
        itertools.chain((json.dumps({"row": r.row, "facts": r.facts}) for r in facts), earlier),
    )
    if not distributed:
        kinds = collections.defaultdict(list)
        for line in lines:
            kinds[line[: line.index(":")]].append(line)
        rows = history and history_rows(spark, kinds['{"history"'], kinds['{"history_template"'])
        return kinds['{"id"'], kinds['{"clone_group"'], rows
    links, groups, rows = clone_search.clone_search(
        spark, notes, plan, step, pipe, driver_step, history
    )
    visits = {json.loads(line)["id"]: findings_of(line) for line in lines}
    matched = {r.id: (r.clones, r.findings) for r in links.toLocalIterator()}
    merged_lines = []
    for note in sorted(visits.keys() | matched.keys()):
        clones, findings = matched.get(note, ("[]", "[]"))
        parts = (part[1:-1] for part in (visits.get(note, "[]"), findings) if part != "[]")
        merged_lines.append(
            f'{{"id":{json.dumps(note, ensure_ascii=False)},'
            f'"batch":{{"clones":{clones},"findings":[{",".join(parts)}]}}}}'
        )
    numbered = sorted(groups.toLocalIterator(), key=lambda g: int(g.id[1:]))
    return merged_lines, [f'{{"clone_group":{g.group}}}' for g in numbered], rows


def history_rows(spark, notes, templates):
    """Tonight's rows for the history table from a step's `{"history": ROW}` and
    `{"history_template": ROW}` lines, as DataFrames."""
    return (
        spark.createDataFrame(
            [history_table.from_protocol(json.loads(line)["history"]) for line in notes],
            history_table.ROW_FIELDS,
        ),
        clone_search.template_rows(spark, templates),
    )


def findings_of(batch_line):
    """The exact JSON text of a batch line's findings array."""
    return inner_object(inner_object(batch_line, "batch"), "findings")


def driver_step(command, lines):
    """One `noteaudit shard` process on the driver: `lines` in, its answer lines out; raises unless
    it exits 0."""
    shard = Shard(command, lines)
    try:
        answers = list(shard.answers())
        shard.finish()
    finally:
        shard.stop()
    return answers


def inner_object(line, key):
    """The exact JSON text of `key`'s value in a one-key object line, without re-serialising it."""
    start = line.index(":", line.index(json.dumps(key)) + len(json.dumps(key))) + 1
    while line[start] in " \t":
        start += 1
    _, end = json.JSONDecoder().raw_decode(line, start)
    return line[start:end]


# --- Outputs -------------------------------------------------------------------------------------


def write_table(frame, path, output_format, line_column):
    """Parquet with every column, or JSON Lines part files whose lines are `line_column`."""
    if output_format == "parquet":
        frame.write.mode("overwrite").parquet(path)
    else:
        frame.select(line_column).write.mode("overwrite").text(path)


def write_notes(analyzed, outdir, output_format, partitions):
    """`notes/`: one record per note in row order (part files in order, each sorted)."""
    notes = (
        analyzed.where(F.col("error").isNull())
        .select("row", "id", "passes", "report")
        .repartitionByRange(partitions, "row")
        .sortWithinPartitions("row")
    )
    write_table(notes, f"{outdir}/notes", output_format, "report")


def write_batch(spark, outdir, output_format, batch_lines, group_lines):
    """`batch_findings/` (id, the batch line) and `clone_groups/` (id, the group object), each one
    file in the batch's order."""
    findings = [(json.loads(line)["id"], line) for line in batch_lines]
    groups = [inner_object(line, "clone_group") for line in group_lines]
    groups = [(json.loads(group)["id"], group) for group in groups]
    for rows, name, column in (
        (findings, "batch_findings", "batch"),
        (groups, "clone_groups", "group"),
    ):
        frame = spark.createDataFrame(rows, f"id string, {column} string").coalesce(1)
        write_table(frame, f"{outdir}/{name}", output_format, column)


def report_errors(analyzed, unreadable, err):
    """Prints the error lines of the inputs that cannot be opened and of the records that cannot be
    read, in input order, as `audit` prints them; returns their count."""
    records = analyzed.where(F.col("error").isNotNull()).select("row", "error").orderBy("row")
    count = 0
    for _, line in heapq.merge(
        unreadable, ((row.row, row.error) for row in records.toLocalIterator())
    ):
        print(line, file=err)
        count += 1
    return count


def exit_status(input_errors, failing_notes):
    """`audit`'s: 3 wins over 1."""
    if input_errors:
        return EXIT_INPUT_ERRORS
    return EXIT_FAILING if failing_notes else EXIT_PASSING


# --- The job -------------------------------------------------------------------------------------


def run(spark, args, err=sys.stderr):
    """The whole job on `spark`; returns the exit status."""
    explicit_configuration(args)
    binary = driver_binary()
    if not os.access(binary, os.X_OK):
        raise UsageError(
            f"no noteaudit binary at {binary}: set NOTEAUDIT_BIN or build it "
            "(swift build -c release --product noteaudit)"
        )
    options = audit_options(args)
    # A map task's child uses the cores Spark gave the task, not every core of the executor.
    task_cores = [] if args.workers else ["--workers", spark.conf.get("spark.task.cpus", "1")]
    analyze = [binary, "shard", "analyze", *options, *task_cores]
    batch = [binary, "shard", "batch", *options]
    if options_rejected(analyze) or options_rejected(batch):
        return EXIT_USAGE
    history = None
    if args.history:
        history, status = open_history(binary, options, args)
        if history is None:
            return status
        analyze += history.options()
    for module in (clone_search, history_table):
        ship_module(spark, module)

    def step(name, *extra):
        """A later step's command line, with the options of the run (--no-clones once)."""
        flags = [o for o in options if o != "--no-clones" or "--no-clones" not in extra]
        cores = task_cores if name in ("weigh", "verify", "links") else []
        return [binary, "shard", name, *flags, *cores, *extra]

    started = time.monotonic()
    files, unreadable = input_files(spark, args.inputs)
    envelopes = envelope_frame(spark, files, args.partitions)
    analyzed = analyzed_notes(envelopes, analyze, fault_marker(args.outdir))
    try:
        write_notes(
            analyzed, args.outdir, args.output_format, max(1, analyzed.rdd.getNumPartitions())
        )
        started = clone_search.phase("map step (analyze) and notes/", started)
        errors = report_errors(analyzed, unreadable, err)
        failing = analyzed.where(~F.col("passes")).count()
        notes = analyzed.where(F.col("facts").isNotNull()).select(
            "row", "facts", "patient", "clinic", "provider"
        )
        batch_lines, group_lines, rows = run_batch_step(
            spark, notes, step, args.clone_search, history
        )
        write_batch(spark, args.outdir, args.output_format, batch_lines, group_lines)
        if history:
            history.commit(spark, *rows)
        clone_search.phase("batch step and outputs", started)
    finally:
        analyzed.unpersist()
    return exit_status(errors, failing)


def open_history(binary, options, args):
    """The history table, opened (made, the first time) by `noteaudit shard history`: (table,
    None), or (None, the exit status) when the Swift tool refused it — its message on stderr (an
    exposed or missing key, another key's table: 3, as `audit --history`)."""
    command = [binary, "shard", "history", *options, "--history", args.history]
    if args.history_ids:
        command += ["--history-ids", args.history_ids]
    opened = subprocess.run(command, input=b"", stdout=subprocess.PIPE, env=os.environ)
    if opened.returncode != 0:
        return None, EXIT_USAGE if opened.returncode == EXIT_USAGE else EXIT_INPUT_ERRORS
    return history_table.Table(args.history, json.loads(opened.stdout)), None


def ship_module(spark, module):
    """Ships a module the executors' Python needs, once per Spark application (adding a file again
    under its name is refused)."""
    key = (spark.sparkContext.applicationId, module.__name__)
    if key not in SHIPPED_MODULES:
        spark.sparkContext.addPyFile(module.__file__)
        SHIPPED_MODULES.add(key)


SHIPPED_MODULES = set()


def fault_marker(outdir):
    """The marker file of the fault test when `NOTEAUDIT_SPARK_FAULT=kill-once`, else None."""
    fault = os.environ.get(FAULT_VARIABLE)
    if fault is None:
        return None
    if fault != FAULT_KILL_ONCE:
        raise UsageError(f"{FAULT_VARIABLE} can only be {FAULT_KILL_ONCE}")
    os.makedirs(outdir, exist_ok=True)
    return os.path.join(os.path.abspath(outdir), ".fault-kill-once")


def main(argv):
    """spark-submit's entry: usage errors before Spark starts; any failure of the job is
    status 4."""
    args = parse_arguments(argv)
    spark = SparkSession.builder.appName("noteaudit").getOrCreate()
    try:
        return run(spark, args)
    except UsageError as error:
        print(f"noteaudit_spark: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:  # noqa: BLE001 - the job failed, whatever the cause
        print(f"noteaudit_spark: error: the job failed: {failure_summary(error)}", file=sys.stderr)
        return EXIT_JOB_FAILED
    finally:
        spark.stop()


def failure_summary(error):
    """The line that says why: a task's `JobFailed` message inside Spark's long report when there
    is one (the full report is in Spark's log), else the error's first line."""
    lines = str(error).splitlines() or [type(error).__name__]
    return next((line for line in lines if "JobFailed: " in line), lines[0])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
