#!/usr/bin/env bash
# Runs NoteAudit's libFuzzer targets, each for a fixed time, from a fresh copy of its seed corpus.
#
#   Scripts/fuzz.sh [-t SECONDS] [-o CRASH_DIR] [TARGET...]
#
# SECONDS per target (default 30, or $FUZZ_SECONDS); TARGETs default to every folder in Fuzz/.
# Crash, timeout and out-of-memory reproducers go to CRASH_DIR (default .build/fuzz-crashes), named
# <target>-crash-<sha1> etc.; replay one with
#   SWIFT_BACKTRACE=enable=no NOTEAUDIT_FUZZ_TARGET=<target> <binary> <reproducer>
# Prints one summary line per target and exits 1 if any target failed (2 on a usage/build error).
#
# The fuzz binary is built once, in its own scratch folder (.build/fuzz) so the normal debug and
# release builds are not invalidated by the sanitizer flags. The seed corpora are never modified:
# new inputs the fuzzer finds go to a temporary folder that is deleted afterwards.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-30}"
crash_dir=".build/fuzz-crashes"
while getopts "t:o:h" opt; do
  case "$opt" in
    t) seconds="$OPTARG" ;;
    o) crash_dir="$OPTARG" ;;
    h) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: -t wants whole seconds, got '$seconds'" >&2; exit 2; }

if [[ $# -gt 0 ]]; then
  targets=("$@")
else
  targets=()
  for dir in Fuzz/*/; do targets+=("$(basename "$dir")"); done
fi
for target in "${targets[@]}"; do
  [[ -d "Fuzz/$target" ]] || { echo "fuzz.sh: no seed corpus Fuzz/$target" >&2; exit 2; }
done

build=(swift build -c release --sanitize=fuzzer --product noteaudit-fuzz --scratch-path .build/fuzz)
echo "fuzz.sh: ${build[*]}"
start=$SECONDS
"${build[@]}" >&2 || { echo "fuzz.sh: build failed" >&2; exit 2; }
binary="$("${build[@]}" --show-bin-path)/noteaudit-fuzz"
echo "fuzz.sh: built in $((SECONDS - start)) s; reproducers go to $crash_dir"
mkdir -p "$crash_dir"

work="$(mktemp -d "${TMPDIR:-/tmp}/noteaudit-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

failed=0
for target in "${targets[@]}"; do
  corpus="$work/$target"
  mkdir -p "$corpus"
  cp Fuzz/"$target"/* "$corpus"/
  seeds=$(ls "$corpus" | wc -l)
  log="$work/$target.log"
  status=0
  # The Swift backtracer would catch the fatal signal first and libFuzzer would write no
  # reproducer (style.md §4(e)); -timeout turns a hang (a quadratic path) into a finding.
  SWIFT_BACKTRACE=enable=no NOTEAUDIT_FUZZ_TARGET="$target" "$binary" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
    -artifact_prefix="$crash_dir/$target-" "$corpus" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  runs=${runs:-0}
  took=${took:-$seconds}
  rate=$((runs / (took > 0 ? took : 1)))
  found=$(ls "$corpus" | wc -l)
  if [[ $status -eq 0 ]]; then
    printf '%-12s ok     %9d runs in %3d s (%7d runs/s), corpus %d -> %d\n' \
      "$target" "$runs" "$took" "$rate" "$seeds" "$found"
  else
    failed=1
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    printf '%-12s FAILED (exit %d) after %d runs: %s\n' "$target" "$status" "$runs" "${artifact:-no reproducer written}"
    grep -E '^(==[0-9]+==|ERROR|SUMMARY|Fatal error|.*error:)' "$log" | head -5 | sed 's/^/    /'
    cp "$log" "$crash_dir/$target.log"
    echo "    full log: $crash_dir/$target.log"
  fi
done
exit $failed
