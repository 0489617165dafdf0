#!/bin/sh
# Renders an HTML report to a PNG in headless Chromium so a person can look at it.
#
#   Scripts/render-html.sh [REPORT.html [OUT.png [FRAGMENT]]]
#
# With no report, writes the browser tests' sample report (250 notes, text included) to
# .build/report-sample.html first. FRAGMENT sets the view, e.g. 'grade=weak' or
# 'note=notes%2Fvisit-000.txt'. Needs chromium (apt-get install -y chromium).
set -eu
cd "$(dirname "$0")/.."
report=${1:-}
out=${2:-.build/report.png}
fragment=${3:-}
if [ -z "$report" ]; then
  report=.build/report-sample.html
  NOTEAUDIT_KEEP_HTML="$PWD/$report" swift test --filter HTMLBrowserTests.firstPageShowsAHundredRowsInInputOrder >/dev/null
fi
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "render-html.sh: chromium not found (apt-get install -y chromium)" >&2; exit 1; }
case "$report" in /*) path=$report ;; *) path=$PWD/$report ;; esac
case "$out" in /*) ;; *) out=$PWD/$out ;; esac
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
url="file://$path"
[ -z "$fragment" ] || url="$url#$fragment"
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" --hide-scrollbars \
  --virtual-time-budget=2000 --window-size=1400,${HEIGHT:-1000} --screenshot="$out" "$url" 2>/dev/null
echo "$out"
