"""The clone search of a batch too large for one machine, on Spark (Docs/Spark.md, "Clone search").

Spark does what needs the whole batch and moves the data; every decision is made by `noteaudit
shard` steps, with the code `noteaudit audit` runs (Docs/ShardProtocol.md), so the clone pairs and
groups equal the single-machine audit's however the batch is partitioned:

1. **Samples** (Spark): which patients each group's template sample takes — the batch's, each
   clinic's, each provider's — exactly as the detector samples (patients in order of their first
   note, every k-th, each with its first notes). Bounded by the sample sizes, not the batch.
2. **Templates** (`shard templates`, one process): the sampled notes' counts → the batch context.
3. **Content** (`shard weigh`, map): each note weighed with the context; judged or not, its LSH
   band keys and its content for verification.
4. **Candidates** (Spark): a patient's notes pairwise; across patients the notes sharing a band key
   (a bucket of at most `max_bucket_pairs` notes pairwise, a larger one — a template nobody
   learnt — as a chain of neighbours in input order, linear in its size), counted by bands shared
   and capped per note as the detector caps them; every cross-patient pair when the batch is small.
5. **Verification** (`shard verify`, map over pairs with both notes' content).
6. **Connected components** (Spark): large-star / small-star (Kiveris et al., "Connected
   Components in MapReduce and Beyond", SoCC 2014), each node labelled with its component's first
   row; components numbered by that row, as the detector numbers its groups.
7. **Links** (`shard links`, map over components): each note's matches and findings, each group.

With a history table (`--history DIR`, Spark/history_table.py) earlier nights' notes take part as
`audit --history` has them take part: their learnt templates seed step 2, their rows join the band
buckets of step 4 numbered after tonight's notes (in note-key order, as the SQLite store gives
them), a pair with one is verified on signatures (`shard verify`, mode `history`), and they are
named in the groups of step 7; step 3 hands each judged note's row for the table back.
"""

import itertools
import json
import os
import sys
import tempfile
import time

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import Window
from pyspark.sql import functions as F

import history_table

#: `NOTEAUDIT_SPARK_TIMINGS=1`: each phase's wall time on the driver's stderr (BENCHMARKS.md).
TIMINGS = os.environ.get("NOTEAUDIT_SPARK_TIMINGS") == "1"


def phase(name, started):
    """Notes a finished phase's wall time when timings are asked for; returns the time now."""
    now = time.monotonic()
    if TIMINGS:
        print(f"noteaudit_spark: {name}: {now - started:.1f} s", file=sys.stderr, flush=True)
    return now


#: What `shard weigh` answers, per note.
WEIGHED_SCHEMA = (
    "row long, judged boolean, patient long, bands array<long>, content string, meta string"
)
#: What `shard verify` answers, per verified pair.
VERIFIED_SCHEMA = "a long, b long, pair string"
#: What `shard weigh` answers beside, with a history table.
WEIGHED_HISTORY = f", note_key long, day int, history {history_table.ROW_STRUCT}"
#: What `shard links` answers: a note's matches and findings, or a group (`clone_group` set).
LINKED_SCHEMA = "id string, clones string, findings string, clone_group string"


def clone_search(spark, notes, plan, step, pipe, driver_step, history=None):
    """The batch's clone matches and groups.

    - notes: DataFrame (row long, facts string, patient string, clinic string, provider string),
      one row per analysed note.
    - plan: `shard plan`'s answer (dict).
    - step(name, *extra): the command line of a `noteaudit shard` step on an executor.
    - pipe(frame, command, column, schema, parse=None): mapInArrow of `frame` through one process
      per partition (`column`: each row's input line; `parse(line) -> dict` where pyarrow's JSON
      reader cannot read the answers as the schema's rows), checked as the map step is.
    - driver_step(command, lines) -> list of answer lines: one process on the driver.
    - history: the history table (`history_table.Table`), or None.

    Returns (links, groups, rows): DataFrames (id, clones, findings) of each note with matches —
    JSON arrays as text — and (id, group) of each clone group, its JSON object as text; with a
    history table, tonight's rows for it, (notes, templates) DataFrames, else None.
    """
    started = time.monotonic()
    keyed = history.options() if history else []
    context, template_lines = templates_context(spark, notes, plan, step, driver_step, history)
    context_file = ship(spark, context)
    started = phase("samples and templates", started)
    weighed = pipe(
        notes.select(F.to_json(F.struct("row", "facts")).alias("line")),
        step("weigh", "--context", context_file, *keyed),
        "line",
        WEIGHED_SCHEMA + (WEIGHED_HISTORY if history else ""),
        weighed_answer if history else None,
    ).persist(StorageLevel.MEMORY_AND_DISK)
    judged = weighed.where("judged").drop("judged")
    earlier = earlier_notes(spark, history, weighed, notes) if history else None
    try:
        candidates = candidate_pairs(judged, plan, earlier)
        started = phase("content (weigh)", started)
        verified = pipe(
            with_contents(candidates, judged, earlier),
            step("verify", "--patients", str(patients(notes))),
            "line",
            VERIFIED_SCHEMA,
        ).persist(StorageLevel.MEMORY_AND_DISK)
        try:
            verified.count()
            started = phase("candidates and verification", started)
            labels = connected_components(verified.select("a", "b"))
            started = phase("connected components", started)
            linked = pipe(
                components(verified, labels, judged, earlier),
                step("links"),
                "line",
                LINKED_SCHEMA,
                linked_answer,
            ).persist(StorageLevel.MEMORY_AND_DISK)
            linked.count()
            phase("links", started)
        finally:
            verified.unpersist()
        rows = None
        if history:
            tonight = judged.select("history.*").localCheckpoint(eager=True)
            rows = (tonight, template_rows(spark, template_lines))
    finally:
        weighed.unpersist()
        if earlier is not None:
            earlier.unpersist()
    links = linked.where(F.col("clone_group").isNull()).select("id", "clones", "findings")
    groups = linked.where(F.col("clone_group").isNotNull()).select(
        F.get_json_object("clone_group", "$.id").alias("id"), F.col("clone_group").alias("group")
    )
    return links, groups, rows


def weighed_answer(line):
    """A `shard weigh` line with a history table: its 64-bit values (strings) as numbers."""
    answer = json.loads(line)
    if "note_key" in answer:
        answer["note_key"] = int(answer["note_key"])
    if answer.get("history"):
        answer["history"] = history_table.from_protocol(answer["history"])
    return answer


def template_rows(spark, lines):
    """The `{"history_template": ROW}` lines of a step as a DataFrame."""
    return spark.createDataFrame(
        [history_table.from_protocol(json.loads(line)["history_template"]) for line in lines],
        history_table.TEMPLATE_FIELDS,
    )


def earlier_notes(spark, history, weighed, notes):
    """(row, patient, bands, earlier) of each earlier note the search takes: of the table's latest
    rows, those that are not one of tonight's notes audited again (same note key and date,
    `CloneDetector.addHistory`), numbered after every tonight's row in note-key order (the order
    the detector numbers them in) — ranks of a total order, so a recomputed partition gets the
    same numbers."""
    tonight = weighed.select(F.col("note_key").alias("k"), F.col("day").alias("d"))
    rows = history.earlier(spark)
    kept = rows.join(
        tonight, (rows.note_key == tonight.k) & rows.day.eqNullSafe(tonight.d), "left_anti"
    )
    first = (notes.agg(F.max("row")).first()[0] or 0) + 1
    names = [f.split()[0] for f in history_table.ROW_FIELDS.split(",")]
    ranked = (
        kept.orderBy("note_key")
        .select(F.struct(*names).alias("earlier"))
        .rdd.zipWithIndex()
        .map(lambda numbered: (first + numbered[1], numbered[0].earlier))
        .toDF(f"row long, earlier {history_table.ROW_STRUCT}")
    )
    return ranked.select(
        "row",
        F.coalesce("earlier.patient_key", F.lit(0)).alias("patient"),
        F.col("earlier.band_keys").alias("bands"),
        "earlier",
    ).persist(StorageLevel.MEMORY_AND_DISK)


# --- 1, 2: samples and templates -----------------------------------------------------------------


def templates_context(spark, notes, plan, step, driver_step, history=None):
    """The batch context line (`shard templates`) from the sampled notes' facts, and with a
    history table, the template rows tonight's run stores (`{"history_template": ROW}` lines)."""
    sampled = sample_ranks(notes, plan)
    # In any order: the step orders the samples by row.
    rows = sampled.join(notes.select("row", "facts"), "row").toLocalIterator()
    lines = (
        json.dumps(
            {
                "row": r.row,
                "facts": r.facts,
                "global": r["global"],
                "clinic": r.clinic,
                "provider": r.provider,
            }
        )
        for r in rows
    )
    if history:
        lines = itertools.chain(lines, history.lines(spark, notes=False))
    answers = driver_step(step("templates", *(history.options() if history else [])), lines)
    if not answers or not answers[0].startswith('{"context":'):
        raise RuntimeError("shard templates answered no context line")
    return answers[0], answers[1:]


def sample_ranks(notes, plan):
    """(row, global, clinic, provider): each sampled note's patient's rank in the batch's, its
    clinic's and its provider's sample (null where that sample does not take it).

    A group's sample takes every k-th of its patients in order of their first note in the group, k
    the stride that takes at most `sample` of them, and each with its first `notes_per_patient`
    notes in the group (`CloneDetector.sampled`). A note without a patient id is its own patient;
    a note without a clinic is in the clinic "" (which learns templates too); notes without a
    provider are in no provider sample.
    """
    if not plan.get("clones") or not plan.get("learns_templates"):
        return notes.sparkSession.createDataFrame([], "row long, global long, clinic long, provider long")
    size = plan["template_sample_patients"]
    per_patient = plan["notes_per_patient"]
    keyed = notes.select(
        "row",
        patient_identity().alias("pid"),
        F.lit("").alias("batch"),
        F.coalesce("clinic", F.lit("")).alias("clinic"),
        "provider",
    )
    memberships = [
        sampled_in(keyed, "batch", size * plan["global_sample_factor"], per_patient).alias("global"),
        sampled_in(keyed, "clinic", size, per_patient).alias("clinic"),
        sampled_in(keyed.where(F.col("provider").isNotNull()), "provider", size, per_patient).alias(
            "provider"
        ),
    ]
    rows = None
    for name, frame in zip(("global", "clinic", "provider"), memberships):
        frame = frame.withColumnRenamed("rank", name)
        rows = frame if rows is None else rows.join(frame, "row", "full_outer")
    return rows


def sampled_in(keyed, group, size, per_patient):
    """(row, rank) of the notes the samples of `group` (a column: one sample per value) take.

    Two shuffles: one orders each patient's notes in the group (its first row, each note's place),
    one ranks the group's patients by their first row and counts them."""
    patient = Window.partitionBy(group, "pid")
    placed = keyed.select(
        "row",
        group,
        "pid",
        F.row_number().over(patient.orderBy("row")).alias("nth"),
        F.min("row").over(patient).alias("first"),
    ).where(F.col("nth") <= per_patient)
    in_group = Window.partitionBy(group)
    ranked = placed.select(
        "row", group, (F.dense_rank().over(in_group.orderBy("first")) - 1).alias("rank")
    ).select("row", "rank", (F.max("rank").over(in_group) + 1).alias("patients"))
    stride = F.greatest(F.lit(1), F.ceil(F.col("patients") / F.lit(max(1, size))))
    return ranked.where(F.col("rank") % stride == 0).select("row", "rank")


def patient_identity():
    """A note's patient as the detector counts patients: its patient id, or the note itself."""
    return F.when(F.col("patient").isNotNull(), F.concat(F.lit("p:"), "patient")).otherwise(
        F.concat(F.lit("r:"), F.col("row").cast("string"))
    )


def patients(notes):
    """The batch's patients (`shard verify --patients`): how much a cross-patient match must share
    grows with it."""
    return notes.select(patient_identity().alias("pid")).distinct().count()


def ship(spark, context_line):
    """The batch context as a file every executor can open (SparkFiles); its name for `--context`."""
    folder = tempfile.mkdtemp(prefix="noteaudit-context-")
    # A name of its own: a Spark session keeps every file added under its name.
    path = os.path.join(folder, f"batch-context-{os.path.basename(folder)}.json")
    with open(path, "w", encoding="utf-8") as file:
        file.write(context_line + "\n")
    spark.sparkContext.addFile(path)
    return ContextFile(os.path.basename(path))


class ContextFile(str):
    """A file name that an executor resolves with SparkFiles when the step's command is built."""

    def resolve(self):
        return SparkFiles.get(str(self))


# --- 4: candidates -------------------------------------------------------------------------------


def candidate_pairs(judged, plan, earlier=None):
    """(a, b, mode) of every pair to verify, a < b: as `CloneDetector.seriesPairs` and
    `bandPairs` choose them (`earlier`: earlier nights' notes, in the buckets only)."""
    total = judged.count()
    exhaustive = total <= plan["exhaustive_pairs_limit"]
    notes = judged.select("row", "patient")
    series = (
        notes.alias("x")
        .join(notes.alias("y"), (F.col("x.patient") == F.col("y.patient")) & (F.col("x.patient") != 0))
        .where(F.col("x.row") < F.col("y.row"))
        .select(F.col("x.row").alias("a"), F.col("y.row").alias("b"), F.lit("series").alias("mode"))
    )
    entries = judged.select("row", "patient", "bands", F.lit(False).alias("earlier"))
    if earlier is not None:
        entries = entries.unionByName(
            earlier.select("row", "patient", "bands", F.lit(True).alias("earlier"))
        )
    shared = band_pairs(entries, plan["max_bucket_pairs"])
    if exhaustive:
        everyone = (
            notes.alias("x")
            .crossJoin(notes.alias("y"))
            .where((F.col("x.row") < F.col("y.row")) & ~same_patient("x", "y"))
            .select(F.col("x.row").alias("a"), F.col("y.row").alias("b"), F.lit(False).alias("earlier"))
        )
        shared = shared.unionByName(everyone)
    counted = shared.groupBy("a", "b", "earlier").agg(F.count("*").alias("shared"))
    if not exhaustive:
        best = Window.partitionBy("a").orderBy(F.desc("shared"), F.asc("b"))
        counted = counted.withColumn("nth", F.row_number().over(best)).where(
            F.col("nth") <= plan["max_candidates_per_note"]
        )
    mode = F.when(F.col("earlier"), "history").otherwise("band" if exhaustive else "band-large")
    band = counted.select("a", "b", mode.alias("mode"))
    return series.unionByName(band)


def same_patient(x, y):
    """Two notes of one patient: the same patient key, and a patient id at all (key 0: none)."""
    return (F.col(f"{x}.patient") == F.col(f"{y}.patient")) & (F.col(f"{x}.patient") != 0)


def band_pairs(entries, max_bucket_pairs):
    """(a, b, earlier) once for each band two notes share a bucket in — every pair of a bucket of
    at most `max_bucket_pairs` notes, each note and the next in a larger one — where `a` is
    tonight's and, when `b` is tonight's too (not `earlier`), of another patient."""
    entries = entries.select("row", "patient", "earlier", F.posexplode("bands").alias("band", "key"))
    bucket = Window.partitionBy("band", "key")
    sized = entries.withColumn("size", F.count("*").over(bucket))
    small = sized.where(F.col("size") <= max_bucket_pairs)
    pairwise = (
        small.alias("x")
        .join(small.alias("y"), ["band", "key"])
        .where((F.col("x.row") < F.col("y.row")) & ~F.col("x.earlier"))
        .where(F.col("y.earlier") | ~same_patient("x", "y"))
        .select(F.col("x.row").alias("a"), F.col("y.row").alias("b"), F.col("y.earlier"))
    )
    in_order = bucket.orderBy("row")
    chained = (
        sized.where(F.col("size") > max_bucket_pairs)
        .select(
            "row",
            "patient",
            "earlier",
            F.lead("row").over(in_order).alias("next"),
            F.lead("patient").over(in_order).alias("next_patient"),
            F.lead("earlier").over(in_order).alias("next_earlier"),
        )
        .where(F.col("next").isNotNull() & ~F.col("earlier"))
        .where(
            F.col("next_earlier")
            | ~((F.col("patient") == F.col("next_patient")) & (F.col("patient") != 0))
        )
        .select(F.col("row").alias("a"), F.col("next").alias("b"), F.col("next_earlier").alias("earlier"))
    )
    return pairwise.unionByName(chained)


def with_contents(candidates, judged, earlier=None):
    """Each candidate as the line `shard verify` reads: both notes' content, or for a pair with an
    earlier night's note, tonight's note's row and the earlier one's."""
    content = judged.select("row", "content")
    pairs = (
        candidates.where(F.col("mode") != "history")
        .join(content.withColumnRenamed("row", "a").withColumnRenamed("content", "first"), "a")
        .join(content.withColumnRenamed("row", "b").withColumnRenamed("content", "second"), "b")
        .select(F.to_json(F.struct("a", "b", "mode", "first", "second")).alias("line"))
    )
    if earlier is None:
        return pairs
    tonight = judged.select(F.col("row").alias("a"), F.col("history").alias("first"))
    stored = earlier.select(F.col("row").alias("b"), F.col("earlier").alias("second"))
    against = (
        candidates.where(F.col("mode") == "history")
        .join(tonight, "a")
        .join(stored, "b")
        .select(
            F.to_json(
                F.struct(
                    "a",
                    "b",
                    "mode",
                    history_table.protocol_struct("first").alias("first"),
                    history_table.protocol_struct("second").alias("second"),
                )
            ).alias("line")
        )
    )
    return pairs.unionByName(against)


# --- 6: connected components ---------------------------------------------------------------------


def connected_components(edges):
    """(node, label) of every node of `edges` (a, b), labelled with the smallest node of its
    component: large-star and small-star alternated until the edges no longer change, when every
    component is a star around its smallest node (O(log n) rounds in practice).

    Each round's edges are checkpointed (the plan does not grow with the rounds) and summarised in
    the one job that computes them (their number and the sum of their hashes); only when a round's
    summary equals the last one are the two edge sets compared in full."""
    current = edges.select(F.col("a").alias("u"), F.col("b").alias("v")).distinct()
    current, summary = summarised(current)
    while True:
        following, following_summary = summarised(small_star(large_star(current)))
        if following_summary == summary and following.exceptAll(current).isEmpty():
            break
        current, summary = following, following_summary
    both = current.unionByName(current.select(F.col("v").alias("u"), F.col("u").alias("v")))
    return both.groupBy(F.col("u").alias("node")).agg(
        F.least(F.min("v"), F.col("node")).alias("label")
    )


def summarised(edges):
    """The edges checkpointed, and (count, hash sum) computed as they are."""
    edges = edges.localCheckpoint(eager=False)
    row = edges.agg(F.count("*").alias("n"), F.sum(F.xxhash64("u", "v").cast("decimal(38,0)")).alias("h")).first()
    return edges, (row.n, row.h)


def large_star(edges):
    """Every node links its larger neighbours to the smallest node of its neighbourhood (itself
    included)."""
    both = edges.unionByName(edges.select(F.col("v").alias("u"), F.col("u").alias("v")))
    smallest = F.least(F.min("v").over(Window.partitionBy("u")), F.col("u"))
    return (
        both.select("u", "v", smallest.alias("m"))
        .where(F.col("v") > F.col("u"))
        .select(F.col("v").alias("u"), F.col("m").alias("v"))
        .distinct()
    )


def small_star(edges):
    """Every node links itself and its smaller neighbours to the smallest of them."""
    down = edges.select(F.greatest("u", "v").alias("u"), F.least("u", "v").alias("v"))
    smallest = F.min("v").over(Window.partitionBy("u"))
    linked = down.select("u", "v", smallest.alias("m")).select(
        F.explode(F.array(F.struct(F.col("v").alias("u"), F.col("m").alias("v")), F.struct("u", F.col("m").alias("v")))).alias("e")
    )
    return linked.select("e.u", "e.v").where(F.col("u") != F.col("v")).distinct()


# --- 7: links ------------------------------------------------------------------------------------


def components(verified, labels, judged, earlier=None):
    """One `shard links` line per component: its number (by its first row), its notes' rows and
    `meta` (an earlier night's note's row as `earlier`), its pairs."""
    numbered = number_components(labels)
    metas = judged.select(F.col("row").alias("node"), "meta")
    if earlier is None:
        members = F.struct(F.col("node").alias("row"), "meta")
    else:
        rows = earlier.select(
            F.col("row").alias("node"),
            F.lit(None).cast("string").alias("meta"),
            history_table.protocol_struct("earlier").alias("earlier"),
        )
        metas = metas.select(
            "node", "meta", F.lit(None).cast(rows.schema["earlier"].dataType).alias("earlier")
        ).unionByName(rows)
        members = F.struct(F.col("node").alias("row"), "meta", "earlier")
    notes = (
        numbered.join(metas, "node")
        .groupBy("label")
        .agg(F.collect_list(members).alias("notes"))
    )
    pairs = (
        verified.join(numbered.select(F.col("node").alias("a"), "label"), "a")
        .groupBy("label")
        .agg(F.collect_list(F.struct("a", "b", "pair")).alias("pairs"))
    )
    return (
        notes.join(pairs, "label")
        .join(numbered.select("label", "group").distinct(), "label")
        .select(F.to_json(F.struct("group", "notes", "pairs")).alias("line"))
    )


def number_components(labels):
    """(node, label, group): groups numbered 1, 2, … by their first row, as `G1`, `G2`, …"""
    numbers = (
        labels.select("label").distinct().orderBy("label").rdd.zipWithIndex()
        .map(lambda numbered: (numbered[0].label, numbered[1] + 1))
        .toDF("label long, group long")
    )
    return labels.join(numbers, "label")


def linked_answer(line):
    """A `shard links` line as (id, clones, findings, clone_group): the arrays and the group as the
    exact JSON text the step wrote."""
    if line.startswith('{"clone_group":'):
        return {"clone_group": line[len('{"clone_group":') : -1]}
    answer = json.loads(line)
    return {
        "id": answer["id"],
        "clones": raw_value(line, "clones"),
        "findings": raw_value(line, "findings"),
    }


def raw_value(line, key):
    """The exact JSON text of `key`'s value in a line where the key first occurs as a key."""
    start = line.index(f'"{key}":') + len(key) + 3
    _, end = json.JSONDecoder().raw_decode(line, start)
    return line[start:end]
