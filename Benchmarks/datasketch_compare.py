#!/usr/bin/env python3
"""datasketch on the NoteAudit clone corpus, scored like NoteAudit's CloneEvaluation.

Reads the corpus and truth that `noteaudit-bench clones --write F --truth F` writes, runs datasketch
MinHash (128 permutations, word 3-shingles of the lower-cased text split on non-word characters)
and MinHashLSH(threshold=0.8), and prints time, peak RSS and pair precision / recall per kind. With
--noteaudit FILE (the bench's own output on the same corpus) it prints both side by side.

Evaluation rules (as CloneEvaluation.evaluate(pairs:derivations:areClones:patient:)):
- a predicted pair is correct when both notes are in one clone family (connected by planted
  derivations), and counts as copy_forward when both notes have the same patient, else cross_patient;
- recall is over the planted derivations (a note and the note it was made from), by the same kind rule.

Two rows for datasketch: the LSH candidates as MinHashLSH returns them ("lsh"), and those whose
estimated Jaccard is at least the threshold ("lsh+verify", the post-filter datasketch's maintainer
recommends).
"""
import argparse
import csv
import json
import re
import resource
import sys
import time

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\W+")


def shingles(text, width=3):
    words = [w for w in WORD.split(text.lower()) if w]
    if len(words) < width:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + width]).encode() for i in range(len(words) - width + 1)}


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # Linux: kilobytes


class Families:
    """Union-find over planted derivations: two notes are clones when in one family."""

    def __init__(self):
        self.parent = {}

    def find(self, x):
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb

    def same(self, a, b):
        return a in self.parent and b in self.parent and self.find(a) == self.find(b)


def evaluate(predicted, derivations, families, patient):
    score = {k: {"tp": 0, "fp": 0, "found": 0, "fn": 0} for k in ("copy_forward", "cross_patient")}

    def kind(a, b):
        pa, pb = patient.get(a), patient.get(b)
        return "copy_forward" if pa is not None and pa == pb else "cross_patient"

    for a, b in predicted:
        score[kind(a, b)]["tp" if families.same(a, b) else "fp"] += 1
    for a, b in derivations:
        score[kind(a, b)]["found" if (a, b) in predicted else "fn"] += 1
    out = {}
    for k, s in score.items():
        p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
        r = s["found"] / (s["found"] + s["fn"]) if s["found"] + s["fn"] else 1.0
        out[k] = (p, r, s)
    return out


def pair(a, b):
    return (a, b) if a < b else (b, a)


def parse_noteaudit(path):
    """Figures from `noteaudit-bench clones` output: clone check seconds, peak RSS, P/R per kind."""
    text = open(path).read()
    figures = {}
    m = re.search(r"clone check \(fingerprint \+ detect\): ([0-9.]+) s", text)
    figures["seconds"] = float(m.group(1)) if m else None
    m = re.search(r"peak RSS (\d+) MB", text)
    figures["rss"] = int(m.group(1)) if m else None
    ours = text.split("detect ours", 1)[-1]
    for kind in ("copy_forward", "cross_patient"):
        m = re.search(kind + r"\s+precision ([0-9.]+) recall ([0-9.]+)", ours)
        figures[kind] = (float(m.group(1)), float(m.group(2))) if m else (None, None)
    return figures


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", help="JSON Lines written by noteaudit-bench clones --write")
    ap.add_argument("truth", help="CSV id,clone_of,kind written by noteaudit-bench clones --truth")
    ap.add_argument("--perms", type=int, default=128)
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--noteaudit", help="noteaudit-bench clones output on the same corpus")
    args = ap.parse_args()

    start = time.perf_counter()
    ids, patient, texts = [], {}, []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            ids.append(r["id"])
            if r.get("patient_id") is not None:
                patient[r["id"]] = r["patient_id"]
            texts.append(r["text"])
    read = time.perf_counter() - start

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=args.threshold, num_perm=args.perms)
    sketches = []
    for note_id, text in zip(ids, texts):
        m = MinHash(num_perm=args.perms)
        m.update_batch(list(shingles(text)))
        sketches.append(m)
    texts = None
    hashing = time.perf_counter() - start
    with lsh.insertion_session() as session:
        for note_id, m in zip(ids, sketches):
            session.insert(note_id, m)
    candidates = set()
    for note_id, m in zip(ids, sketches):
        for other in lsh.query(m):
            if other != note_id:
                candidates.add(pair(note_id, other))
    index = {note_id: k for k, note_id in enumerate(ids)}
    verified = {p for p in candidates if sketches[index[p[0]]].jaccard(sketches[index[p[1]]]) >= args.threshold}
    elapsed = time.perf_counter() - start
    rss = peak_rss_mb()

    derivations, families = set(), Families()
    with open(args.truth, newline="") as f:
        for row in csv.DictReader(f):
            derivations.add(pair(row["id"], row["clone_of"]))
            families.union(row["id"], row["clone_of"])

    rows = []
    if args.noteaudit:
        na = parse_noteaudit(args.noteaudit)
        rows.append(("noteaudit", na["seconds"], na["rss"], na["copy_forward"], na["cross_patient"]))
    for name, predicted in (("datasketch lsh", candidates), ("datasketch lsh+verify", verified)):
        scores = evaluate(predicted, derivations, families, patient)
        rows.append((name, elapsed, rss, scores["copy_forward"][:2], scores["cross_patient"][:2]))

    print(f"notes {len(ids)}  datasketch MinHash num_perm={args.perms}, MinHashLSH threshold={args.threshold} "
          f"(b={lsh.b}, r={lsh.r}), word 3-shingles")
    print(f"datasketch: read {read:.1f} s, MinHash {hashing:.1f} s, LSH + query + verify {elapsed - hashing:.1f} s")

    def f(x, spec):
        return "-" if x is None else format(x, spec)

    print(f"{'':24} {'time s':>8} {'RSS MB':>8} {'cf P':>7} {'cf R':>7} {'xp P':>7} {'xp R':>7}")
    for name, seconds, mb, cf, xp in rows:
        print(f"{name:24} {f(seconds, '8.1f')} {f(mb, '8d')} {f(cf[0], '7.4f')} {f(cf[1], '7.4f')} "
              f"{f(xp[0], '7.4f')} {f(xp[1], '7.4f')}")
    print("time: NoteAudit fingerprint + detect (tokenize included); datasketch shingling + MinHash + LSH + query.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
