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
import concurrent.futures
import csv
import functools
import heapq
import io
import itertools
import json
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.json as pa_json
from pyspark import SparkFiles, StorageLevel
from pyspark.sql import DataFrame, SparkSession
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

#: A map task's input at most (unless the job's configuration sets SPLIT_CONF): Spark's file
#: sources would cut a file into one split a core (100 MB a task for 200 MB on two cores), and a
#: task caches about four times its input in answers; 32 MB splits (Hadoop's for a local file)
#: keep each partition's cached block small enough to stay in memory. The job cuts them a little
#: smaller so that they fill whole waves of tasks (`split_bytes`).
SPLIT_CONF, SPLIT_BYTES = "spark.sql.files.maxPartitionBytes", 32 << 20

#: How much of a child's output a map task parses at once (whole lines): large enough that
#: pyarrow's JSON reader works in bulk, small enough that a task holds a few MB of answers.
ANSWER_CHUNK_BYTES = 4 << 20

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
    it lands in the executor's log.

    Input and output move as chunks of whole lines (bytes), not line by line: a map task hands the
    child an Arrow column's buffer and parses its answers a chunk at a time, so Python does no
    per-record work on either side (BENCHMARKS.md, "Spark")."""

    def __init__(self, command, chunks):
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
        self.unterminated = False
        self.feeder = threading.Thread(target=self._feed, args=(chunks,), daemon=True)
        self.feeder.start()

    def _feed(self, chunks):
        """Writes every chunk, then closes stdin (also when the chunks fail, so the child ends and
        the reader is not left waiting); remembers what went wrong for `finish`."""
        try:
            for chunk in chunks:
                self.child.stdin.write(chunk)
        except BaseException as error:  # noqa: BLE001 - handed to the reading thread
            self.feed_error = error
        try:
            self.child.stdin.close()
        except BrokenPipeError:
            pass  # the child is gone: `finish` reports its status

    def chunks(self):
        """The child's stdout as chunks of whole lines, each at least ANSWER_CHUNK_BYTES but the
        last: read from the pipe as it fills and joined once, each byte copied once. An
        unterminated last line (a child that died mid-line) is left for `finish`."""
        pieces, size, stdout = [], 0, self.child.stdout.fileno()
        while piece := os.read(stdout, ANSWER_CHUNK_BYTES):
            pieces.append(piece)
            size += len(piece)
            end = piece.rfind(b"\n") + 1 if size >= ANSWER_CHUNK_BYTES else 0
            if end:
                pieces[-1] = piece[:end]
                yield b"".join(pieces)
                pieces, size = [piece[end:]], len(piece) - end
        rest = b"".join(pieces)
        end = rest.rfind(b"\n") + 1
        if end:
            yield rest[:end]
        self.unterminated = end < len(rest)

    def answers(self):
        """The child's stdout, one decoded line at a time."""
        for chunk in self.chunks():
            yield from chunk.decode("utf-8").split("\n")[:-1]

    def finish(self):
        """Raises unless the child read everything, exited 0 and ended its last line."""
        self.feeder.join()
        status = self.child.wait()
        if status != 0:
            how = f"was killed by signal {-status}" if status < 0 else f"exited {status}"
            raise JobFailed(f"{' '.join(self.command[:3])} {how}")
        if self.feed_error is not None:
            raise self.feed_error
        if self.unterminated:
            raise JobFailed(f"{' '.join(self.command[:3])} ended without finishing its last line")

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


def encoded(lines):
    """Text lines as the chunks a `Shard` writes."""
    return ((line + "\n").encode("utf-8") for line in lines)


# --- The map step --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PipeStep:
    """A map task's child process: its command line, the column holding each row's input line,
    how its answers become rows of the Arrow schema, and what is checked."""

    command: list
    column: str
    schema: pa.Schema
    parse: Callable | None
    read: Callable | None
    answers_each_row: bool
    fault_marker: str | None


def pipe(
    frame,
    command,
    column,
    schema,
    parse=None,
    answers_each_row=False,
    fault_marker=None,
    read=None,
):
    """`frame` through one `command` process per partition (mapInArrow), as `schema` (DDL) rows.

    `column` holds each row's input line, made in the JVM. The answers are read a chunk at a time
    by pyarrow's JSON reader against the schema (fields absent from a line are null), or, with
    `parse`, a line at a time into a dict of the schema's fields, for a step whose answers need
    converting (64-bit keys as strings) or keep raw JSON text; or, with `read`, a chunk at a time
    by `read(chunk, schema)` (the map step's tab-separated answers).

    A child that dies or exits nonzero raises, so Spark fails the task and retries it. With
    `answers_each_row`, every row must also get exactly one answer carrying its `row`, in order:
    a partition is never kept with rows missing. The map step is such a pipe; the distributed
    clone search's steps are others (Spark/clone_search.py).
    """
    struct = StructType.fromDDL(schema)
    step = PipeStep(
        command, column, to_arrow_schema(struct), parse, read, answers_each_row, fault_marker
    )
    return frame.mapInArrow(lambda batches: pipe_partition(batches, step), struct)


def pipe_partition(batches, step):
    """One partition through one child process (see `pipe`)."""
    sent = collections.deque()
    command = executor_command(step.command)
    shard = Shard(command, input_chunks(batches, step, sent))
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


def input_chunks(batches, step, sent):
    """Each Arrow batch's input lines as one chunk; its rows noted in `sent` before the child can
    answer them, when each row must be answered."""
    for batch in batches:
        if step.answers_each_row:
            sent.extend(batch.column("row").to_pylist())
        yield line_bytes(batch.column(step.column))


def line_bytes(values):
    """A string column's values, each ended by a newline, as one bytes-like object. The JVM made
    each line (`to_json`), so Python only hands the Arrow buffer on."""
    if values.null_count:
        raise JobFailed("a step's input line is null")
    if len(values) == 0:
        return b""
    lines = pc.binary_join_element_wise(values, "", "\n")
    width = "q" if pa.types.is_large_string(lines.type) else "i"
    offsets = memoryview(lines.buffers()[1]).cast(width)
    first, last = offsets[lines.offset], offsets[lines.offset + len(lines)]
    return memoryview(lines.buffers()[2])[first:last]


def answer_batches(shard, step, sent):
    """The child's answers as Arrow batches, a chunk of lines at a time; each row checked to answer
    the next row sent, when each row must be answered."""
    if step.fault_marker:
        # Once the child has answered (its output fills the pipe before it can end), so the kill
        # lands mid-partition.
        select.select([shard.child.stdout], [], [])
        kill_once(shard, step.fault_marker)
    for chunk in shard.chunks():
        if step.read is not None:
            table = step.read(chunk, step.schema)
        elif step.parse is None:
            table = json_lines(chunk, step.schema)
        else:
            lines = chunk.decode("utf-8").split("\n")[:-1]
            table = pa.Table.from_pylist([step.parse(line) for line in lines], schema=step.schema)
        if step.answers_each_row:
            check_rows(shard, table.column("row").to_pylist(), sent)
        yield from table.cast(step.schema).to_batches(max_chunksize=ANSWER_BATCH_ROWS)


def json_lines(data, schema):
    """JSON Lines (bytes-like, whole lines) as a table of `schema`, by pyarrow's JSON reader in one
    block: fields absent from a line are null, others ignored."""
    return pa_json.read_json(
        pa.BufferReader(data),
        read_options=pa_json.ReadOptions(block_size=len(data) + 1, use_threads=False),
        parse_options=pa_json.ParseOptions(
            explicit_schema=schema, unexpected_field_behavior="ignore"
        ),
    ).select(schema.names)


#: The columns of a tab-separated answer: the row, the small fields as a JSON object, the facts'
#: base64 and the report line, raw; the last two empty on an error line.
TAB_COLUMNS = {"row": pa.int64(), "fields": pa.string(), "facts": pa.string(), "report": pa.string()}


def tab_separated_answers(chunk, schema):
    """The map step's answers (`ROW \t {FIELDS} \t FACTS \t REPORT`, Docs/ShardProtocol.md) as a
    table of `schema`: the lines cut at their tabs by pyarrow's CSV reader (no quoting, no escapes:
    none of the four holds a raw tab or newline), and only the ~100-byte object of small fields
    parsed as JSON. The report and the facts are never escaped, unescaped or parsed."""
    table = pa_csv.read_csv(
        pa.BufferReader(chunk),
        read_options=pa_csv.ReadOptions(
            column_names=list(TAB_COLUMNS), block_size=len(chunk) + 1, use_threads=False
        ),
        parse_options=pa_csv.ParseOptions(
            delimiter="\t", quote_char=False, double_quote=False, escape_char=False
        ),
        convert_options=pa_csv.ConvertOptions(
            column_types=TAB_COLUMNS, strings_can_be_null=True, null_values=[""]
        ),
    )
    fields = json_lines(line_bytes(table.column("fields").combine_chunks()), schema)
    columns = [
        table.column(name) if name in TAB_COLUMNS else fields.column(name) for name in schema.names
    ]
    return pa.table(columns, schema=schema)


def check_rows(shard, answered, sent):
    """Raises unless the answers carry the rows sent next, in order (consumed from `sent`)."""
    for row in answered:
        expected = sent.popleft() if sent else None
        if row != expected:
            raise JobFailed(f"{shard.command[2]} answered row {row} for {expected}")


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
        [*command, "--answers", "tabs"],
        "envelope",
        ANALYZED_SCHEMA,
        read=tab_separated_answers,
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
    size: int


def input_files(spark, paths):
    """The files of the inputs in `audit`'s order, and the inputs that cannot be opened as (row,
    `audit`'s error line), in that order too."""
    files, unreadable = [], []
    for ordinal, (name, uri, size) in enumerate(input_paths(spark, paths)):
        if uri is None:
            message = f"{name}: error: cannot open: No such file or directory"
            unreadable.append((row_number(ordinal, 0), message))
        else:
            files.append(InputFile(ordinal, uri, name, kind_of(name), size))
    return files, unreadable


def split_bytes(files, slots):
    """The map step's split size: at most SPLIT_BYTES, and the JSON Lines and Parquet input cut
    into a multiple of `slots` (the tasks that run at once) splits of about one size, so that the
    last wave of tasks keeps every core busy — 219 MB on two cores is eight 27 MB tasks, not six
    of 32 MB and one more alone at the end. Exact for one file, about right for a few (each file
    is cut on its own; CSV files are read whole)."""
    total = sum(file.size for file in files if file.kind != "csv")
    if total == 0:
        return SPLIT_BYTES
    waves = -(-total // (SPLIT_BYTES * slots))
    return -(-total // (waves * slots))


def input_paths(spark, paths):
    """(name, uri, bytes) of every input file: arguments in order, a folder's files sorted by path,
    each named as the user gave it (a folder's files under the folder's name); uri None when
    missing."""
    hadoop = spark.sparkContext._jvm.org.apache.hadoop.fs
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    for given in paths:
        path = hadoop.Path(given)
        fs = path.getFileSystem(conf)
        if not fs.exists(path):
            yield given, None, 0
            continue
        status = fs.getFileStatus(path)
        if status.isDirectory():
            for uri, relative, size in folder_files(fs, fs.makeQualified(path)):
                yield given.rstrip("/") + "/" + relative, uri, size
        elif kind_of(given) is None:
            raise UsageError(f"{given}: not a .jsonl, .ndjson, .csv or .parquet file, nor a folder")
        else:
            yield given, fs.makeQualified(path).toString(), status.getLen()


def folder_files(fs, folder):
    """A folder's input files (recursively; hidden ones and Spark's `_SUCCESS` skipped) as (uri,
    path relative to the folder, bytes), sorted by that path."""
    prefix = folder.toString().rstrip("/") + "/"
    found, listing = [], fs.listFiles(folder, True)
    while listing.hasNext():
        status = listing.next()
        uri = status.getPath().toString()
        relative = uri[len(prefix) :]
        hidden = any(part.startswith((".", "_")) for part in relative.split("/"))
        if not hidden and kind_of(relative):
            found.append((uri, relative, status.getLen()))
    return sorted(found, key=lambda item: item[1].encode("utf-8"))


def row_number(ordinal, line):
    """A record's row: see FILE_SHIFT."""
    return (ordinal << FILE_SHIFT) | line


def jsonl_envelopes(spark, file):
    """A JSON Lines file's envelopes with their line numbers, made in the JVM. Lines end at LF only,
    as `audit` reads them (Hadoop's default also splits at a lone CR); blank lines (spaces, tabs,
    CRs) are skipped as `audit` skips them, without an answer."""
    lines = spark.read.option("lineSep", "\n").text(file.uri).select(F.col("value").alias("record"))
    numbered = numbered_records(spark, lines)
    if starts_with_bom(spark, file.uri):
        first = F.col("line") == 1
        numbered = numbered.withColumn(
            "record", F.when(first, F.concat(F.lit(BOM), "record")).otherwise(F.col("record"))
        )
    return envelopes_of(numbered.where(~F.col("record").rlike(r"^[ \t\r]*\z")), file)


def numbered_records(spark, records):
    """(line, record) of a file's records (`records`: one file read by a Spark file source, its one
    column `record`), numbered 1, 2, … in file order as `audit` numbers lines and rows.

    A record's number is the count of the records in the file's earlier splits plus its place in
    its own: one small job counts each split's records (a split is known by its start,
    `input_file_block_start`), and `monotonically_increasing_id` gives each record its place, as it
    counts a partition's records in the order they are read. Both read the file in the same splits,
    so a recomputed partition gets the same numbers; and the records never leave the JVM (Python's
    `zipWithIndex` would carry each through a Python worker twice)."""
    placed = records.select(
        F.input_file_block_start().alias("split"),
        F.monotonically_increasing_id().alias("place"),
        "record",
    )
    splits = (
        placed.groupBy("split")
        .agg(F.count("*").alias("records"), F.min("place").alias("first"))
        .orderBy("split")
        .collect()
    )
    if not splits:
        return spark.createDataFrame([], "line long, record string")
    offsets, before = [], 0
    for split in splits:
        offsets += [F.lit(split.split), F.lit(before + 1 - split.first)]
        before += split.records
    line = F.create_map(*offsets)[F.col("split")] + F.col("place")
    return placed.select(line.alias("line"), "record")


def envelopes_of(numbered, file):
    """(row, envelope) of a file's numbered records: the tab-separated envelope `ROW \t LINE \t
    SOURCE \t RECORD` (Docs/ShardProtocol.md), made by concatenation in the JVM. The record goes
    as it was read, not escaped into a JSON string that the child would unescape again; the source
    is a JSON string (no raw tab), made here once a file."""
    row = F.lit(file.ordinal << FILE_SHIFT).cast("long") + F.col("line")
    source = F.lit("\t" + json.dumps(file.name, ensure_ascii=False) + "\t")
    envelope = F.concat(
        row.cast("string"), F.lit("\t"), F.col("line").cast("string"), source, "record"
    )
    return numbered.select(row.alias("row"), envelope.alias("envelope"))


def starts_with_bom(spark, uri):
    """Whether a file starts with a UTF-8 byte order mark. Hadoop's line reader drops it; `audit`
    reads it as part of the first line (and rejects that record), so the job puts it back."""
    path = spark.sparkContext._jvm.org.apache.hadoop.fs.Path(uri)
    stream = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).open(path)
    try:
        return [stream.read() for _ in BOM.encode("utf-8")] == list(BOM.encode("utf-8"))
    finally:
        stream.close()


def csv_envelopes(spark, file):
    """A CSV file's envelopes, parsed whole by one task so each record keeps the physical line it
    starts on (quoted cells span lines), which `audit` writes in every note's `source`."""
    ordinal, name = file.ordinal, file.name
    records = spark.sparkContext.binaryFiles(file.uri).flatMap(
        lambda item: csv_records(item[1], ordinal, name)
    )
    return spark.createDataFrame(records, ENVELOPE_SCHEMA)


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
        row = row_number(ordinal, start)
        envelope = {"row": row, "source": name, "line": start, "fields": fields}
        yield row, json.dumps(envelope, ensure_ascii=False)


def parquet_envelopes(spark, file):
    """A Parquet file's envelopes: each row's columns as a JSON record, numbered 1, 2, … in file
    order."""
    records = spark.read.parquet(file.uri).select(F.to_json(F.struct("*")).alias("record"))
    return envelopes_of(numbered_records(spark, records), file)


READERS = {"jsonl": jsonl_envelopes, "csv": csv_envelopes, "parquet": parquet_envelopes}


def envelope_frame(spark, files, partitions):
    """Every record's envelope as (row, envelope), in `partitions` partitions (hashed on row) when
    asked, else as the files split: then each partition holds consecutive rows in order, and the
    partitions are in row order (a file source keeps a file's splits in order)."""
    frames = [READERS[file.kind](spark, file) for file in files]
    frame = (
        functools.reduce(DataFrame.union, frames)
        if frames
        else spark.createDataFrame([], ENVELOPE_SCHEMA)
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
    plan = json.loads(driver_step(step("plan"))[0])
    distributed = plan["clones"] and (
        clone_search_mode == "distributed"
        or (clone_search_mode == "auto" and notes.count() > LOCAL_CLONE_SEARCH_NOTES)
    )
    facts = notes.select(facts_line().alias("line"))
    keyed = history.options() if history and not distributed else []
    earlier = history.lines(spark) if keyed else []
    lines = driver_step(
        step("batch", *(["--no-clones"] if distributed else keyed)),
        earlier,
        chunks=driver_chunks(facts, streamed=distributed),
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


def facts_line():
    """A note's `{"row": N, "facts": "<base64>"}` line for `shard batch`, made by concatenation:
    the text `to_json` makes (base64 holds nothing JSON escapes), without scanning the 1.4 KB of
    facts for characters to escape."""
    return F.concat(
        F.lit('{"row":'), F.col("row").cast("string"), F.lit(',"facts":"'), "facts", F.lit('"}')
    )


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


def driver_chunks(frame, streamed):
    """A frame's one column of lines as chunks for a process on the driver. Collected as Arrow —
    a third of the time of Python rows — when the process holds them all anyway (the clone search
    on the driver); `streamed` a partition at a time when it keeps only a little of each line (the
    visit sequences of a distributed search), so the driver never holds the batch."""
    if streamed:
        return encoded(row[0] for row in frame.toLocalIterator(prefetchPartitions=True))
    return (line_bytes(values) for values in frame.toArrow().column(0).chunks)


def driver_step(command, lines=(), chunks=()):
    """One `noteaudit shard` process on the driver: `chunks` of lines (bytes), then text `lines`
    in, its answer lines out; raises unless it exits 0."""
    shard = Shard(command, itertools.chain(chunks, encoded(lines)))
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


def write_notes(analyzed, outdir, output_format, partitions, hashed):
    """`notes/`: one record per note in row order (part files in order, each sorted).

    Read as the files split (not `hashed` by `--partitions`), the map step's partitions already are
    in row order: each answers its consecutive rows in order, a file source keeps a file's splits in
    order (its splits but the last are all as large, and one split fills a partition), and the files
    follow one another. They are written as they are then, without moving every report through a
    shuffle; a range shuffle sorts hashed partitions."""
    notes = analyzed.where(F.col("error").isNull()).select("row", "id", "passes", "report")
    if hashed:
        notes = notes.repartitionByRange(partitions, "row").sortWithinPartitions("row")
    write_table(notes, f"{outdir}/notes", output_format, "report")


def write_batch(spark, outdir, output_format, batch_lines, group_lines):
    """`batch_findings/` (id, the batch line) and `clone_groups/` (id, the group object), each one
    file in the batch's order; handed to the JVM as Arrow, ids read there."""
    groups = [inner_object(line, "clone_group") for line in group_lines]
    for lines, name, column in (
        (batch_lines, "batch_findings", "batch"),
        (groups, "clone_groups", "group"),
    ):
        table = pa.table({column: pa.array(lines, pa.string())})
        frame = spark.createDataFrame(table).select(
            F.get_json_object(column, "$.id").alias("id"), column
        )
        write_table(frame.coalesce(1), f"{outdir}/{name}", output_format, column)


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
    if not spark.sparkContext.getConf().contains(SPLIT_CONF):
        slots = spark.sparkContext.defaultParallelism // int(spark.conf.get("spark.task.cpus", "1"))
        spark.conf.set(SPLIT_CONF, str(split_bytes(files, max(1, slots))))
    envelopes = envelope_frame(spark, files, args.partitions)
    started = clone_search.phase("inputs listed, records numbered", started)
    analyzed = analyzed_notes(envelopes, analyze, fault_marker(args.outdir))
    try:
        # The first action runs the map step into the cache; then `notes/` is written while the
        # batch step runs (its process mostly on one core), as two Spark jobs at once.
        failing = analyzed.where(~F.col("passes")).count()
        started = clone_search.phase("map step (analyze)", started)
        with concurrent.futures.ThreadPoolExecutor(1) as writer:
            notes_written = writer.submit(
                write_notes,
                analyzed,
                args.outdir,
                args.output_format,
                max(1, analyzed.rdd.getNumPartitions()),
                hashed=args.partitions is not None,
            )
            errors = report_errors(analyzed, unreadable, err)
            notes = analyzed.where(F.col("facts").isNotNull()).select(
                "row", "facts", "patient", "clinic", "provider"
            )
            batch_lines, group_lines, rows = run_batch_step(
                spark, notes, step, args.clone_search, history
            )
            started = clone_search.phase("batch step (notes/ written beside it)", started)
            notes_written.result()
        write_batch(spark, args.outdir, args.output_format, batch_lines, group_lines)
        if history:
            history.commit(spark, *rows)
        clone_search.phase("batch_findings/ and clone_groups/", started)
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
    started = time.monotonic()
    spark = SparkSession.builder.appName("noteaudit").getOrCreate()
    clone_search.phase("Spark session", started)
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
