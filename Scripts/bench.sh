#!/usr/bin/env bash
# Runs every NoteAudit benchmark (release build) and prints a table; BENCHMARKS.md records the results.
#
#   Scripts/bench.sh                  # default sizes: finishes in a few minutes on 2 cores
#   BENCH_SIZE=full Scripts/bench.sh  # the sizes of the targets: 100k end to end, 1M streamed
#   BENCH_RUNS=5 Scripts/bench.sh     # runs per timed command (the median is shown; default 3)
#   Scripts/bench.sh e2e check        # only some parts: analyze, memory, e2e, check
#
# Sizes (small / full): analyze 10,000 / 10,000 notes held in memory; memory 10k→100k / 10k→100k→1M
# notes streamed; end to end (JSON report, clones off) 100,000 / 100,000 notes; streamed JSON Lines
# report (clones off) 200,000 / 1,000,000 notes; clones on 100,000 / 1,000,000 notes.
# Generated notes go to a temporary folder that is removed at exit.
set -euo pipefail
cd "$(dirname "$0")/.."

size=${BENCH_SIZE:-small}
runs=${BENCH_RUNS:-3}
case "$size" in
  small) e2e=100000; stream=200000; clones=100000; memory=10000,100000 ;;
  full) e2e=100000; stream=1000000; clones=1000000; memory=10000,100000,1000000 ;;
  *) echo "bench: BENCH_SIZE is small or full, not '$size'" >&2; exit 2 ;;
esac

parts=${*:-analyze memory e2e check}
want() { [[ " $parts " == *" $1 "* ]]; }

Scripts/setup.sh
if [ ! -x /usr/bin/time ]; then echo "bench: GNU time is needed for peak RSS (apt-get install time)" >&2; exit 1; fi
swift build -c release --product noteaudit >&2
swift build -c release --product noteaudit-bench >&2
bin=$(swift build -c release --show-bin-path)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rows=()

row() { rows+=("$(printf '%-44s %s' "$1" "$2")"); }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# timed LABEL NOTES CMD...: runs CMD $runs times under GNU time; records median wall, notes/s and peak RSS.
timed() {
  local label=$1 notes=$2
  shift 2
  local walls=() rss=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || {
      local status=$?
      # Exit 1 only means some note is below the pass mark.
      if [ $status -ne 1 ]; then cat "$tmp/stderr" >&2; exit $status; fi
    }
    read -r wall kb < <(tail -1 "$tmp/time")  # after a "Command exited with non-zero status" line
    walls+=("$wall")
    rss+=("$kb")
  done
  local wall peak
  wall=$(printf '%s\n' "${walls[@]}" | median)
  peak=$(printf '%s\n' "${rss[@]}" | median)
  row "$label" "$(awk -v n="$notes" -v w="$wall" -v k="$peak" -v r="$runs" \
    'BEGIN { printf "%8.2f s  %8.0f notes/s  peak RSS %5.0f MB  (median of %d)", w, n / w, k * 1024 / 1e6, r }')"
}

echo "bench: machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ { print $2 }') GB" >&2
echo "bench: $($bin/noteaudit --version 2>/dev/null || true); $(swift --version 2>&1 | head -1)" >&2

if want analyze; then
  echo "bench: analyze (one core, notes in memory)" >&2
  "$bin/noteaudit-bench" analyze --count 10000 --runs 5 | tee "$tmp/analyze"
  row "lexicon load+compile (Analyzer.bundled)" "$(awk '/Analyzer.bundled/ { print $(NF-3), $(NF-2) }' "$tmp/analyze")"
  row "analyze, 1 core, 10,000 notes" "$(awk '/^analyze \(all\)/ { printf "%8s notes/s  %6s MB/s", $4, $5 }' "$tmp/analyze")"
fi

if want memory; then
  echo "bench: memory (notes streamed through the analyzer)" >&2
  "$bin/noteaudit-bench" memory --counts "$memory" | tee "$tmp/memory"
  row "analyzer RSS after $memory notes" "$(awk '/^[0-9]/ { printf "%s%s MB", sep, $2; sep = " → " } END { printf " (peak %s MB)", $4 }' "$tmp/memory")"
fi

if want e2e; then
  echo "bench: generating $e2e / $stream notes" >&2
  "$bin/noteaudit-bench" generate --count "$e2e" --seed 1 --out "$tmp/e2e.jsonl"
  [ "$stream" = "$e2e" ] && ln -s "$tmp/e2e.jsonl" "$tmp/stream.jsonl" || "$bin/noteaudit-bench" generate --count "$stream" --seed 1 --out "$tmp/stream.jsonl"
  # Let the kernel write the generated files back before timing: a gigabyte of dirty pages being
  # flushed beside the first runs slowed them by half.
  sync

  echo "bench: end to end" >&2
  for w in 1 2; do
    timed "audit $e2e notes → json, --workers $w" "$e2e" \
      "$bin/noteaudit" audit "$tmp/e2e.jsonl" --format json --output "$tmp/out$w.json" --no-clones -q --workers "$w"
  done
  # The reports may differ only in the run's elapsed time.
  if cmp -s <(sed 's/"elapsed[a-z_]*": *[0-9.e+-]*//' "$tmp/out1.json") <(sed 's/"elapsed[a-z_]*": *[0-9.e+-]*//' "$tmp/out2.json"); then
    same="identical apart from elapsed time"
  else
    same="DIFFERENT"
  fi
  row "json report, 1 worker vs 2 workers" "$same"
  timed "audit $stream notes → jsonl, 2 workers" "$stream" \
    "$bin/noteaudit" audit "$tmp/stream.jsonl" --format jsonl --output "$tmp/stream-out.jsonl" --no-clones -q --workers 2
  [ "$clones" = "$e2e" ] && src="$tmp/e2e.jsonl" || src="$tmp/stream.jsonl"
  timed "audit $clones notes → jsonl, clones on" "$clones" \
    "$bin/noteaudit" audit "$src" --format jsonl --output "$tmp/clones-out.jsonl" -q --workers 2
fi

if want check; then
  echo "bench: check of one note (wall time including process start)" >&2
  "$bin/noteaudit-bench" generate --count 1 --seed 7 --format text --out "$tmp/one.txt"
  # Two copies of the lexicons: one compiled at every start, one with the image
  # 'noteaudit lexicon compile' saves beside it (Docs/LexiconFormat.md).
  for copy in compiled image; do
    mkdir -p "$tmp/$copy"
    cp Lexicons/*.lex Lexicons/*.json "$tmp/$copy/"
  done
  NOTEAUDIT_LEXICONS="$tmp/image" "$bin/noteaudit" lexicon compile 2>/dev/null
  for copy in compiled image; do
    label="check one note, lexicons $copy"
    if command -v hyperfine >/dev/null 2>&1; then
      NOTEAUDIT_LEXICONS="$tmp/$copy" hyperfine -N --warmup 3 --runs 20 -i --export-json "$tmp/hf.json" \
        "$bin/noteaudit check $tmp/one.txt" >&2
      row "$label (hyperfine, 20 runs)" "$(python3 -c "import json; r = json.load(open('$tmp/hf.json'))['results'][0]; print('%8.1f ms median, %.1f ms min' % (r['median'] * 1000, r['min'] * 1000))")"
    else
      for _ in $(seq 20); do
        NOTEAUDIT_LEXICONS="$tmp/$copy" /usr/bin/time -f '%e' -o "$tmp/time" \
          "$bin/noteaudit" check "$tmp/one.txt" >/dev/null 2>&1 || true
        tail -1 "$tmp/time"
      done | median >"$tmp/check"
      row "$label (20 runs)" "$(awk '{ printf "%8.1f ms median", $1 * 1000 }' "$tmp/check")"
    fi
  done
fi

echo
echo "NoteAudit benchmarks ($size sizes, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%s\n' "${rows[@]}"
