#!/usr/bin/env bash
# The test command: installs missing system packages, then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh --browser
exec swift test "$@"
