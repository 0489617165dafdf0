#!/usr/bin/env bash
# Builds noteaudit (release) and audits the bundled sample notes.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
# On Linux the Swift runtime and Foundation are linked in (as for the installed binary, README
# "Install"): the therapist's `check` starts ~5 ms sooner without loading them, and the binary runs
# where no Swift toolchain is installed.
static=()
[[ "$(uname -s)" == Linux ]] && static=(--static-swift-stdlib)
swift build -c release --product noteaudit "${static[@]}" >&2
exec .build/release/noteaudit audit SampleNotes/ "$@"
