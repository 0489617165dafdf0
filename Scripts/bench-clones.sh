#!/usr/bin/env bash
# Clone detection: NoteAudit against datasketch (MinHash 128 permutations + MinHashLSH at 0.8) on the
# same generated corpus, with time, peak RSS and pair precision / recall per kind side by side.
#
#   Scripts/bench-clones.sh            # 100,000 notes
#   Scripts/bench-clones.sh 300000     # another size
#
# Writes the corpus and its ground truth to a temporary folder (removed at exit); installs datasketch
# with pip into .build/bench-venv on first use (the only network access, and only for that).
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-100000}
case "$count" in ''|*[!0-9]*) echo "bench-clones: the note count is a number, not '$count'" >&2; exit 2 ;; esac

venv=.build/bench-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet datasketch
fi
swift build -c release --product noteaudit-bench >&2
bin=$(swift build -c release --show-bin-path)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "nproc $(nproc), $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
"$bin/noteaudit-bench" clones --count "$count" --write "$tmp/corpus.jsonl" --truth "$tmp/truth.csv" | tee "$tmp/noteaudit.txt"
echo
"$venv/bin/python" Benchmarks/datasketch_compare.py "$tmp/corpus.jsonl" "$tmp/truth.csv" --noteaudit "$tmp/noteaudit.txt"
