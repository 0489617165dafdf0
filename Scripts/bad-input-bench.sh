#!/usr/bin/env bash
# Peak memory and wall time of the release `noteaudit` on the adversarial inputs of the bad-input
# suite (issue 6), for BENCHMARKS.md. Inputs are generated in a temporary folder and deleted.
#
#   Scripts/bad-input-bench.sh [BINARY]     (default: builds and uses .build/release/noteaudit)
#
# Prints one line per case: wall seconds, peak RSS (MB, from /usr/bin/time -v), exit status.
set -euo pipefail

cd "$(dirname "$0")/.."
if [[ $# -gt 0 ]]; then
  binary="$1"
else
  swift build -c release --product noteaudit >&2
  binary="$(swift build -c release --show-bin-path)/noteaudit"
fi
[[ -x /usr/bin/time ]] || { echo "bad-input-bench.sh: needs GNU time at /usr/bin/time" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/noteaudit-badbench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# repeat TEXT COUNT > FILE: TEXT written COUNT times, without a trailing newline.
repeat() { python3 -c 'import sys; sys.stdout.write(sys.argv[1] * int(sys.argv[2]))' "$1" "$2"; }

repeat 'Pt performed sit to stand with CGA and verbal cues for 25 min. ' 800000 >"$work/note-50mb.txt"
repeat 'pt ambulated with CGA ' 480000 >"$work/line-10mb.txt"
repeat 'cue ' 200000 >"$work/identical-200k.txt"
python3 -c '
import itertools, string, sys
words = ("".join(w) for w in itertools.product(string.ascii_lowercase, repeat=4))
sys.stdout.write(" ".join(itertools.islice(words, 200000)))' >"$work/distinct-200k.txt"
head -c 4194304 /dev/urandom >"$work/binary-4mb.txt"
{
  echo '{"id":"a","text":"Pt did sit to stand with CGA."}'
  printf '{"id":"big","text":"'; repeat x 104857600; echo '"}'
  printf '{"id":"deep","text":"x","extra":'; repeat '[' 1000000; echo '}'
  echo '{"id":"b","text":"Pt did sit to stand with CGA."}'
} >"$work/line-100mb.jsonl"

run() {  # run NAME ARGS...
  local name="$1"
  shift
  local status=0
  /usr/bin/time -v -o "$work/time" "$binary" "$@" >/dev/null 2>"$work/err" || status=$?
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time.*: \(.*\)/\1/p' "$work/time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
  printf '%-44s wall %8s  peak RSS %6d MB  exit %d\n' "$name" "$wall" $((rss / 1024)) "$status"
}

run "check: 50 MB note (1 MiB limit)" check --format json "$work/note-50mb.txt"
run "check: 50 MB note, --max-note-bytes 64M" check --format json --max-note-bytes 67108864 "$work/note-50mb.txt"
run "check: 10 MB line, --max-note-bytes 16M" check --format json --max-note-bytes 16777216 "$work/line-10mb.txt"
run "check: 200,000 identical tokens" check --format json "$work/identical-200k.txt"
run "check: 200,000 distinct tokens" check --format json "$work/distinct-200k.txt"
run "check: 4 MB of random bytes" check --format json "$work/binary-4mb.txt"
run "audit: JSONL with a 100 MB line + 1M-deep JSON" audit --format json "$work/line-100mb.jsonl"
