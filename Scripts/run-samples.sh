#!/usr/bin/env bash
# Builds noteaudit (release) and audits the bundled sample notes.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build -c release --product noteaudit >&2
exec .build/release/noteaudit audit SampleNotes/ "$@"
