#!/usr/bin/env bash
# Builds the noteaudit that Spark executors run (Docs/Spark.md) and packs it for
# `spark-submit --archives .build/noteaudit-executor.tar.gz#noteaudit`:
#
#   bin/noteaudit                    release build with the Swift runtime and Foundation linked in
#   share/noteaudit/Lexicons/        where that binary looks for its lexicons (<bin>/../share/…)
#
# so an executor needs no Swift toolchain. Prints what it still needs from the executor's system:
# the newest glibc symbol version the binary uses and the shared libraries it loads. Builds in
# .build/executor: linking the runtime in compiles differently, and sharing .build/release would
# rebuild everything there each time.
#
#   Scripts/build-executor-binary.sh
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
scratch=.build/executor
swift build -c release --product noteaudit --static-swift-stdlib --scratch-path "$scratch" >&2
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
install -D -m 0755 "$scratch/release/noteaudit" "$stage/bin/noteaudit"
mkdir -p "$stage/share/noteaudit"
cp -R Lexicons "$stage/share/noteaudit/Lexicons"
# The packed binary must find the packed lexicons, not this checkout's.
found=$(NOTEAUDIT_LEXICONS= "$stage/bin/noteaudit" --version | sed -n 's/^lexicons: //p')
if [[ "$found" != "$stage/share/noteaudit/Lexicons" ]]; then
  echo "build-executor-binary: the packed binary found its lexicons at '$found'" >&2
  exit 1
fi
archive=.build/noteaudit-executor.tar.gz
tar -C "$stage" -czf "$archive" bin share
echo "$archive ($(du -h "$archive" | cut -f1)): bin/noteaudit, share/noteaudit/Lexicons"
echo "The executors need: glibc $(objdump -T "$stage/bin/noteaudit" | grep -o 'GLIBC_[0-9.]*' \
  | sed 's/GLIBC_//' | sort -uV | tail -1) or later and these shared libraries:"
ldd "$stage/bin/noteaudit" | awk '$1 !~ /^(linux-vdso|\/lib64\/ld-linux)/ { print "  " $1 }'
