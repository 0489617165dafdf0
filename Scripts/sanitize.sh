#!/usr/bin/env bash
# Runs the test suite under sanitizers.
#
#   Scripts/sanitize.sh [address] [thread] [-- SWIFT-TEST-ARGS...]
#
# With no sanitizer named, runs address then thread. Each builds in its own scratch folder
# (.build/sanitize-<name>) so the normal debug build is not invalidated. Arguments after `--` go to
# `swift test` (e.g. `-- --filter BadInput`). Prints one line per sanitizer with its duration and
# exits 1 if any run failed (the sanitizer's report is in the output above it).
set -uo pipefail

cd "$(dirname "$0")/.."
sanitizers=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    address | thread) sanitizers+=("$1"); shift ;;
    --) shift; break ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "sanitize.sh: unknown argument '$1' (address, thread, or -- SWIFT-TEST-ARGS)" >&2; exit 2 ;;
  esac
done
[[ ${#sanitizers[@]} -gt 0 ]] || sanitizers=(address thread)

# The Swift backtracer would pre-empt the sanitizers' own reports.
export SWIFT_BACKTRACE=enable=no
# halt_on_error: the first report fails the run, with its stack. detect_leaks=0: LeakSanitizer
# reports XCTest's own never-freed objects (XCTMainMisc, TestSuiteRun) at exit, failing every run.
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=0}"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1}"

summary=()
failed=0
for sanitizer in "${sanitizers[@]}"; do
  start=$SECONDS
  echo "sanitize.sh: swift test --sanitize=$sanitizer --scratch-path .build/sanitize-$sanitizer $*"
  if swift test --sanitize="$sanitizer" --scratch-path ".build/sanitize-$sanitizer" "$@"; then
    result=passed
  else
    result=FAILED
    failed=1
  fi
  summary+=("$(printf '%-8s %-6s in %d s (build + tests)' "$sanitizer" "$result" $((SECONDS - start)))")
done
printf '%s\n' "${summary[@]}"
exit $failed
