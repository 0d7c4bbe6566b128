#!/usr/bin/env bash
# Builds HTML reports with the built concord and opens them in headless
# Chromium (report_test.mjs): the shared drafts against the seeds (when
# ../shared or $CONCORD_SHARED exists) and fixtures/hostile, whose stories
# carry markup that must show as text.
#
# Usage: tests/html/run.sh BINARY_DIR
# Installs playwright-core into tests/html/node_modules (npm ci) when it is
# missing. Exit 77 (skipped) without /usr/bin/chromium, node or npm, or when
# the install fails. Reports and screenshots are left in
# BINARY_DIR/html-report/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin_dir=$(cd "${1:?usage: tests/html/run.sh BINARY_DIR}" && pwd)
concord=$bin_dir/concord

if [[ ! -x /usr/bin/chromium ]]; then
  echo "skipped: /usr/bin/chromium is not installed (scripts/bootstrap installs it)"
  exit 77
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "skipped: node and npm are not installed (scripts/bootstrap installs them)"
  exit 77
fi
if [[ ! -d $here/node_modules/playwright-core ]] &&
   ! npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >&2; then
  echo "skipped: could not install playwright-core (npm ci --prefix tests/html failed; offline?)"
  exit 77
fi

out=$bin_dir/html-report
rm -rf "$out"
mkdir -p "$out"
export CONCORD_PROJECT=none

# report NAME ARGS...: the same check as --format html and --format json.
report() {
  local name=$1
  shift
  "$concord" check "$@" --fail-on never --quiet --format html -o "$out/$name.html"
  "$concord" check "$@" --fail-on never --quiet --format json -o "$out/$name.json"
}

# Paths relative to the checkout, as a user would type them; the reports'
# citations and links show them.
cd "$root"
status=0
shared=$(realpath -m --relative-to="$root" "${CONCORD_SHARED:-$root/../shared}")
if [[ -d $shared/drafts && -d $shared/seeds ]]; then
  report drafts "$shared"/drafts/*-*.md --against "$shared/seeds"
  node "$here/report_test.mjs" "$out/drafts.html" "$out/drafts.json" "$out/drafts.png" || status=1
else
  echo "warning: no shared drafts in $shared; checking the fixtures only"
fi

report hostile fixtures/hostile
node "$here/report_test.mjs" "$out/hostile.html" "$out/hostile.json" "$out/hostile.png" --hostile || status=1

exit $status
