#!/usr/bin/env bash
# A real LSP client against `noteaudit lsp`: headless Neovim (apt-get install neovim; Scripts/setup.sh
# --browser installs it) opens a weak sample note with the server configured and prints its
# diagnostics (Tests/EditorClients/neovim.lua); the missing-minutes diagnostic must be among them.
#
#   Scripts/test-neovim.sh [NOTEAUDIT-BINARY]
#
# Prints the diagnostics, then "1 passed, 0 failed" (exit 0) or "0 passed, 1 failed" (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/noteaudit}
[[ -x "$bin" ]] || swift build --product noteaudit
command -v nvim >/dev/null || { echo "FAIL: nvim is not installed (Scripts/setup.sh --browser installs it)"; echo "0 passed, 1 failed"; exit 1; }
note=SampleNotes/pt-weak-97530-vague.txt
output=$(NOTEAUDIT_BIN="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" \
  timeout 60 nvim --headless --clean -u Tests/EditorClients/neovim.lua "$note" 2>&1) || true
echo "$output"
if grep -q "error \[element.timed-minutes.missing\] no direct treatment minutes" <<<"$output" \
  && grep -q "\[noteaudit.verdict\] NoteAudit: weak" <<<"$output" \
  && grep -q "hover: .*tolerated treatment well" <<<"$output"; then
  echo "1 passed, 0 failed"
else
  echo "FAIL: the missing-minutes diagnostic, the verdict or the hover is not in Neovim's output"
  echo "0 passed, 1 failed"
  exit 1
fi
