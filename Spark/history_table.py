"""The history table of `noteaudit_spark.py --history DIR` (Docs/Spark.md, "History"): the keyed
fingerprints `noteaudit audit --history FILE` keeps in SQLite, as Parquet files the job reads and
appends to, so tonight's notes are checked against earlier nights'.

The Swift tool decides everything about the rows (`noteaudit shard history` opens the table and
makes its key; the steps key tonight's notes, read earlier rows and write tonight's, Docs/
ShardProtocol.md "History"); this module only finds, reads and commits the files:

    DIR/_noteaudit_history.json        format, key check, id mode (the Swift tool's)
    DIR/run-000001/notes/part-*.parquet     one row per note (keyed values, no text)
    DIR/run-000001/templates/part-*.parquet learnt template shingles by keyed clinic or provider
    DIR/run-000002/...                      one folder per committed run
    DIR.key                                 the secret (0600), beside the table, never in it

A run is written under `DIR/_staging-…` and renamed to the next `run-N` once the job succeeded:
one rename commits it, and a failed run leaves the table as it was. A run holding `_base` holds
every row of the runs before it (written when the table stops keeping ids), which readers then
skip.
"""

import glob
import json
import os
import shutil
import uuid

from pyspark.sql import Window
from pyspark.sql import functions as F

METADATA = "_noteaudit_history.json"
BASE_MARKER = "_base"
#: A note's row, as the Swift tool writes it (`HistoricalFingerprint.appendRow`).
ROW_FIELDS = (
    "note_key long, patient_key long, day int, exact_hash long, masked_hash long, sim_hash long,"
    " min_hash array<long>, band_keys array<long>, note_id string"
)
ROW_STRUCT = "struct<" + ",".join(f.strip().replace(" ", ":") for f in ROW_FIELDS.split(",")) + ">"
TEMPLATE_FIELDS = "template_key long, shingles array<long>"
#: 64-bit values: signed decimal strings in the protocol's JSON, longs in Parquet.
WIDE = ("note_key", "patient_key", "exact_hash", "masked_hash", "sim_hash", "template_key")


def from_protocol(row):
    """A row the Swift tool wrote (a parsed JSON object) as Spark values."""
    return {k: int(v) if k in WIDE and v is not None else v for k, v in row.items()}


def to_protocol(row):
    """A row as the Swift tool reads it (a dict for `json.dumps`)."""
    return {k: str(v) if k in WIDE and v is not None else v for k, v in row.items()}


def protocol_struct(column, fields=ROW_FIELDS):
    """A struct column of rows with its 64-bit fields as strings, for `to_json`."""
    names = [f.split()[0] for f in fields.split(",")]
    return F.struct(
        *(
            (F.col(f"{column}.{n}").cast("string") if n in WIDE else F.col(f"{column}.{n}")).alias(n)
            for n in names
        )
    )


class KeyPipe:
    """The table's key as a child process's `--history-key`: handed over a pipe (`/dev/fd/N`, see
    `noteaudit_spark.Shard`), never on a command line, in the environment or on an executor's disk.
    It travels to executors inside the task, as Spark ships any task's data (encrypt Spark's RPC
    on a cluster: Docs/Spark.md)."""

    def __init__(self, secret):
        self.secret = secret

    def __repr__(self):
        return "KeyPipe(<secret>)"


class Table:
    """An opened table: `noteaudit shard history`'s answer and the folder."""

    def __init__(self, path, opened):
        self.path = os.path.abspath(path)
        self.scheme = opened["scheme"]
        self.ids = opened["ids"]
        self.erases_ids = opened["erases_ids"]
        self.metadata = opened["metadata"]
        with open(self.path + ".key", "rb") as key:
            self.key = KeyPipe(key.read())

    def options(self):
        """What the keyed steps take (ShardCLI.keyedSteps)."""
        return ["--history-key", self.key, "--history-ids", self.ids]

    def runs(self):
        """The committed runs a reader reads: from the last base run on, oldest first."""
        runs = sorted(glob.glob(os.path.join(self.path, "run-*")))
        bases = [i for i, run in enumerate(runs) if os.path.exists(os.path.join(run, BASE_MARKER))]
        return runs[bases[-1] :] if bases else runs

    def _read(self, spark, part, fields):
        """Every run's rows of one part (notes, templates) with their run's number."""
        runs = self.runs()
        if not runs:
            return spark.createDataFrame([], f"{fields}, scheme string, run long")
        return (
            spark.read.schema(f"{fields}, scheme string")
            .parquet(*(os.path.join(run, part) for run in runs))
            .withColumn(
                "run", F.regexp_extract(F.input_file_name(), r"/run-(\d+)/", 1).cast("long")
            )
        )

    def earlier(self, spark):
        """Each earlier note of this scheme once, its latest run's row (`HistoryStore` replaces a
        note audited again): the columns of ROW_FIELDS."""
        rows = self._read(spark, "notes", ROW_FIELDS).where(F.col("scheme") == self.scheme)
        latest = Window.partitionBy("note_key").orderBy(F.desc("run"))
        names = [f.split()[0] for f in ROW_FIELDS.split(",")]
        return rows.withColumn("nth", F.row_number().over(latest)).where("nth = 1").select(*names)

    def templates(self, spark):
        """The templates every run of this scheme learnt (the Swift tool unites each key's)."""
        rows = self._read(spark, "templates", TEMPLATE_FIELDS)
        return rows.where(F.col("scheme") == self.scheme).select("template_key", "shingles")

    def lines(self, spark, notes=True):
        """Earlier rows as the Swift steps read them: `{"earlier": ROW}` (with `notes`) and
        `{"template": ROW}` lines."""
        if notes:
            for row in self.earlier(spark).toLocalIterator():
                yield json.dumps({"earlier": to_protocol(row.asDict(recursive=True))})
        for row in self.templates(spark).toLocalIterator():
            yield json.dumps({"template": to_protocol(row.asDict(recursive=True))})

    def commit(self, spark, notes, templates):
        """Appends tonight's rows (DataFrames of ROW_FIELDS and TEMPLATE_FIELDS) as the next run:
        written under a staging folder, then renamed. When the table stops keeping ids, the run
        also holds every earlier row without its id, and the runs before it are deleted."""
        for stale in glob.glob(os.path.join(self.path, "_staging-*")):
            shutil.rmtree(stale, ignore_errors=True)  # a killed run's; one job at a time
        staging = os.path.join(self.path, f"_staging-{uuid.uuid4().hex}")
        earlier = self.runs()
        try:
            scheme = F.lit(self.scheme).alias("scheme")
            notes = notes.select("*", scheme)
            templates = templates.select("*", scheme)
            if self.erases_ids:
                names = [f.split()[0] for f in ROW_FIELDS.split(",")] + ["scheme"]
                kept = self._read(spark, "notes", ROW_FIELDS).withColumn(
                    "note_id", F.lit(None).cast("string")
                )
                notes = kept.select(*names).unionByName(notes)
                templates = self._read(spark, "templates", TEMPLATE_FIELDS).drop("run").unionByName(
                    templates
                )
            notes.write.parquet(os.path.join(staging, "notes"))
            templates.coalesce(1).write.parquet(os.path.join(staging, "templates"))
            if self.erases_ids:
                open(os.path.join(staging, BASE_MARKER), "w").close()
            numbers = [int(os.path.basename(r)[4:]) for r in glob.glob(os.path.join(self.path, "run-*"))]
            os.rename(staging, os.path.join(self.path, f"run-{max(numbers, default=0) + 1:06d}"))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        write_atomically(os.path.join(self.path, METADATA), self.metadata)
        if self.erases_ids:
            for run in earlier:  # their ids are in the base run no more
                shutil.rmtree(run, ignore_errors=True)


def write_atomically(path, text):
    """Replaces a small file in one rename."""
    temporary = f"{path}.{uuid.uuid4().hex}.tmp"
    with open(temporary, "w", encoding="utf-8") as file:
        file.write(text)
    os.replace(temporary, path)
